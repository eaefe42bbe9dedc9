#include "bannerbar.h"

#include <QVBoxLayout>

BannerBar::BannerBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("bannerBar"));
    m_layout->setContentsMargins(16, 10, 16, 0);
    m_layout->setSpacing(6);
    setVisible(false);
}

void BannerBar::addBanner(const QString &id, BannerSeverity severity, const QString &text,
                          const QString &actionText)
{
    if (Banner *existing = m_banners.value(id)) {
        existing->setContent(severity, text, actionText);
        return;
    }
    auto *banner = new Banner(id, severity, text, actionText, this);
    connect(banner, &Banner::actionTriggered, this, &BannerBar::actionTriggered);
    m_layout->addWidget(banner);
    m_banners.insert(id, banner);
    setVisible(true);
}

void BannerBar::removeBanner(const QString &id)
{
    Banner *banner = m_banners.take(id);
    if (!banner)
        return;
    m_layout->removeWidget(banner);
    banner->hide();
    banner->deleteLater();
    setVisible(!m_banners.isEmpty());
}

void BannerBar::clear()
{
    const QStringList ids = m_banners.keys();
    for (const QString &id : ids)
        removeBanner(id);
}
