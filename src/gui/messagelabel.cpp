#include "messagelabel.h"

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
    // Colours that read on light and dark themes; the words carry the meaning for those who do not see them.
    switch (kind) {
    case Kind::Error:
        setStyleSheet(QStringLiteral("color: #c62828;"));
        break;
    case Kind::Success:
        setStyleSheet(QStringLiteral("color: #2e7d32;"));
        break;
    case Kind::Note:
        setStyleSheet(QString());
        break;
    }
    setText(text);
    setVisible(!text.isEmpty());
}

void MessageLabel::clearMessage()
{
    m_kind = Kind::Note;
    clear();
    hide();
}
