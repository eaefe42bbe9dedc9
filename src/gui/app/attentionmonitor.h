// AttentionMonitor: what needs the admin's attention, as the banners above the pages: each token
// that expires within 60/30/14/7/1 days, has expired, was revoked, is invalid, is managed by
// another MDM or duplicates another location; the apps and books under their low-license
// threshold; the console offline; the demo. Each item says what happened and names the action
// that fixes it. Recomputed when tokens, the inventory, thresholds or the online state change,
// and every hour (expiry counts down by itself).
#pragma once

#include "banner.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

class Console;

struct Attention
{
    enum class Action {
        None,
        UpdateToken,            // renew the token (tokenName)
        TakeOver,               // take over management of the location (tokenName)
        RemoveToken,            // remove a duplicate token (tokenName)
        ShowLowAssets,          // show the apps and books low on licenses
        ShowOverAssignedAssets, // show the apps and books with more licenses assigned than owned
        GoOnline,               // leave "work offline"
        SyncAll,                // try Apple again
    };

    QString id; // stable per subject, e.g. "token:<id>", "low-assets", "offline"
    BannerSeverity severity = BannerSeverity::Info;
    QString text;
    QString actionText; // empty: no button
    Action action = Action::None;
    QString tokenId;
    QString tokenName;
};

class AttentionMonitor : public QObject
{
    Q_OBJECT

public:
    explicit AttentionMonitor(Console &console, QObject *parent = nullptr);

    QList<Attention> items() const { return m_items; }
    // Recomputes at once (the console's signals do it too).
    void refresh();

Q_SIGNALS:
    void changed();

private:
    void scheduleRefresh();
    void addTokenItems(QList<Attention> &items) const;
    void addLowAssetItem(QList<Attention> &items) const;
    void addConnectionItems(QList<Attention> &items) const;

    Console &m_console;
    QList<Attention> m_items;
    QTimer m_hourly;
    bool m_refreshQueued = false;
};
