#include "banner.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace {

struct SeverityLook
{
    QString iconPath;
    QString background;
    QString border;
};

SeverityLook lookFor(BannerSeverity severity)
{
    switch (severity) {
    case BannerSeverity::Info:
        return {QStringLiteral(":/icons/info.svg"), QStringLiteral("#e8f1fb"), QStringLiteral("#2f6fb3")};
    case BannerSeverity::Warning:
        return {QStringLiteral(":/icons/warning.svg"), QStringLiteral("#fdf4e3"), QStringLiteral("#c98a12")};
    case BannerSeverity::Error:
        return {QStringLiteral(":/icons/error.svg"), QStringLiteral("#fbeaea"), QStringLiteral("#c0392b")};
    }
    return {};
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
    const SeverityLook look = lookFor(m_severity);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_iconLabel->setPixmap(QIcon(look.iconPath).pixmap(iconSize, iconSize));
    // Fixed light colours carry the severity; the text keeps a dark colour so it reads on any theme.
    setStyleSheet(
        QStringLiteral("QFrame#banner { background: %1; border: 1px solid %2; border-left: 4px solid %2;"
                       " border-radius: 3px; } QLabel#bannerText { color: #1f2328; }")
            .arg(look.background, look.border));
}
