#include "banner.h"

#include "statuscolours.h"

#include <QApplication>
#include <QEvent>

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace {

QString iconFor(BannerSeverity severity)
{
    switch (severity) {
    case BannerSeverity::Info:
        return QStringLiteral(":/icons/info.svg");
    case BannerSeverity::Warning:
        return QStringLiteral(":/icons/warning.svg");
    case BannerSeverity::Error:
        return QStringLiteral(":/icons/error.svg");
    }
    return {};
}

StatusColours::Tone toneFor(BannerSeverity severity)
{
    switch (severity) {
    case BannerSeverity::Info:
        return StatusColours::Tone::Info;
    case BannerSeverity::Warning:
        return StatusColours::Tone::Warning;
    case BannerSeverity::Error:
        return StatusColours::Tone::Error;
    }
    return StatusColours::Tone::Info;
}

} // namespace

Banner::Banner(const QString &id, BannerSeverity severity, const QString &text, const QString &actionText,
               QWidget *parent)
    : QFrame(parent)
    , m_id(id)
    , m_severity(severity)
    , m_iconLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_actionButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("banner"));
    m_textLabel->setObjectName(QStringLiteral("bannerText"));
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_actionButton->setObjectName(QStringLiteral("bannerAction"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 8, 6);
    layout->setSpacing(10);
    layout->addWidget(m_iconLabel);
    layout->addWidget(m_textLabel, 1);
    layout->addWidget(m_actionButton);

    connect(m_actionButton, &QPushButton::clicked, this, [this] { emit actionTriggered(m_id); });
    setContent(severity, text, actionText);
}

void Banner::setActionEnabled(bool enabled, const QString &tip)
{
    m_actionButton->setEnabled(enabled);
    m_actionButton->setToolTip(tip);
}

QString Banner::text() const
{
    return m_textLabel->text();
}

QString Banner::actionText() const
{
    return m_actionButton->text();
}

void Banner::setContent(BannerSeverity severity, const QString &text, const QString &actionText)
{
    m_severity = severity;
    m_textLabel->setText(text);
    m_actionButton->setText(actionText);
    m_actionButton->setVisible(!actionText.isEmpty());
    applySeverity();
}

void Banner::applySeverity()
{
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_iconLabel->setPixmap(QIcon(iconFor(m_severity)).pixmap(iconSize, iconSize));
    // A panel tinted with the severity on the theme's own base colour, its text in the theme's text colour.
    const QPalette palette = QApplication::palette(this);
    const StatusColours::Tone tone = toneFor(m_severity);
    const QString sheet =
        QStringLiteral("QFrame#banner { background: %1; border: 1px solid %2; border-left: 4px solid %2;"
                       " border-radius: 3px; } QLabel#bannerText { color: %3; }")
            .arg(StatusColours::css(StatusColours::panel(tone, palette)),
                 StatusColours::css(StatusColours::border(tone, palette)),
                 StatusColours::css(palette.color(QPalette::Text)));
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
}

void Banner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange)
        applySeverity();
    QFrame::changeEvent(event);
}
