// BannerBar: the strip above the pages that stacks the console's standing messages (token expiring,
// offline...).
#pragma once

#include "banner.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QWidget>

class QVBoxLayout;

class BannerBar : public QWidget
{
    Q_OBJECT

public:
    explicit BannerBar(QWidget *parent = nullptr);

    // Adds a banner, or replaces the content of the one already shown under this id.
    // An empty actionText shows no button.
    void addBanner(const QString &id, BannerSeverity severity, const QString &text,
                   const QString &actionText = QString());
    void removeBanner(const QString &id);
    void clear();

    bool hasBanner(const QString &id) const { return m_banners.contains(id); }
    int count() const { return static_cast<int>(m_banners.size()); }
    QStringList ids() const { return m_banners.keys(); }
    Banner *banner(const QString &id) const { return m_banners.value(id); }

signals:
    void actionTriggered(const QString &id);

private:
    QVBoxLayout *m_layout = nullptr;
    QMap<QString, Banner *> m_banners;
};
