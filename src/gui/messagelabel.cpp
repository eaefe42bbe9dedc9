#include "messagelabel.h"

#include "statuscolours.h"

#include <QApplication>
#include <QEvent>

MessageLabel::MessageLabel(QWidget *parent, const QString &objectName)
    : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void MessageLabel::showMessage(const QString &text, Kind kind)
{
    m_kind = kind;
    applyColour();
    setText(text);
    setVisible(!text.isEmpty());
}

void MessageLabel::applyColour()
{
    // Colours that read on the theme in use; the words carry the meaning for those who do not see them.
    QString sheet;
    if (m_kind != Kind::Note) {
        const auto tone = m_kind == Kind::Error     ? StatusColours::Tone::Error
                          : m_kind == Kind::Warning ? StatusColours::Tone::Warning
                                                    : StatusColours::Tone::Success;
        sheet = QStringLiteral("color: %1;")
                    .arg(StatusColours::css(StatusColours::text(tone, QApplication::palette(this))));
    }
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
}

void MessageLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange)
        applyColour();
    QLabel::changeEvent(event);
}

void MessageLabel::clearMessage()
{
    m_kind = Kind::Note;
    applyColour();
    clear();
    hide();
}
