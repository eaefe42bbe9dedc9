#include "preferencesdialog.h"

#include "console.h"
#include "jobcontroller.h"
#include "proxysettingswidget.h"
#include "settings.h"
#include "synccontroller.h"

#include "core/common/logging.h"
#include "core/store/tokenstore.h"
#include "core/workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(Console &console, Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_console(console)
    , m_settings(settings)
    , m_threshold(new QSpinBox(this))
    , m_pollInterval(new QSpinBox(this))
    , m_automaticSync(new QCheckBox(tr("&Automatic syncs (each token on the interval set in it)"), this))
    , m_databasePath(new QLineEdit(this))
    , m_restartNote(new QLabel(this))
    , m_proxy(new ProxySettingsWidget(this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));

    m_threshold->setObjectName(QStringLiteral("lowThreshold"));
    m_threshold->setRange(0, 100);
    m_threshold->setSuffix(tr(" %"));
    m_threshold->setValue(console.lowLicenseThresholdPct());
    m_threshold->setToolTip(
        tr("An app or book is low on licenses when fewer than this share of its licenses "
           "is available. An asset's own threshold (Apps & Books > Set Threshold) wins."));

    m_pollInterval->setObjectName(QStringLiteral("pollInterval"));
    m_pollInterval->setRange(5, 600);
    m_pollInterval->setSuffix(tr(" s"));
    m_pollInterval->setValue(settings.jobPollIntervalSeconds());
    m_pollInterval->setToolTip(
        tr("How often a running job asks Apple for its status. Apple asks for 30 seconds."));

    m_automaticSync->setObjectName(QStringLiteral("automaticSync"));
    m_automaticSync->setChecked(settings.automaticSync());
    // The switch only runs the intervals the tokens have: say so when none has one.
    auto *syncNote = new QLabel(this);
    syncNote->setObjectName(QStringLiteral("automaticSyncNote"));
    syncNote->setWordWrap(true);
    syncNote->setForegroundRole(QPalette::PlaceholderText);
    int withInterval = 0;
    int tokenCount = 0;
    if (const auto tokens = console.workspace().tokens().list()) {
        tokenCount = int(tokens->size());
        for (const TokenRecord &t : tokens.value())
            withInterval += t.syncIntervalSeconds > 0 ? 1 : 0;
    }
    syncNote->setText(
        tokenCount > 0 && withInterval == 0
            ? tr("No token has a sync interval yet: each says \u201cManual only\u201d. Set one "
                 "in Locations > Edit to sync it automatically.")
            : tr("%n of %1 token(s) sync on an interval; the others only when asked.", nullptr, withInterval)
                  .arg(tokenCount));
    syncNote->setVisible(tokenCount > 0);

    m_databasePath->setObjectName(QStringLiteral("databasePath"));
    m_databasePath->setPlaceholderText(QDir::toNativeSeparators(Workspace::defaultDatabasePath()));
    m_databasePath->setText(QDir::toNativeSeparators(settings.databasePath()));
    // The whole path in sight (up to a width that still fits a small screen), and in the tip.
    const QString shownPath =
        m_databasePath->text().isEmpty() ? m_databasePath->placeholderText() : m_databasePath->text();
    m_databasePath->setMinimumWidth(
        qBound(240, m_databasePath->fontMetrics().horizontalAdvance(shownPath) + 24, 560));
    m_databasePath->setToolTip(shownPath);
    m_databasePath->setCursorPosition(0);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::browseDatabase);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_databasePath, 1);
    pathRow->addWidget(browse);
    m_restartNote->setWordWrap(true);
    m_restartNote->setForegroundRole(QPalette::PlaceholderText);
    m_restartNote->setText(
        console.isDemo() ? tr("The demo keeps its inventory in a temporary file; this setting applies to "
                              "normal starts.")
                         : tr("A new location is used from the next start (an empty file is created if "
                              "none is there)."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Low-license threshold:"), m_threshold);
    form->addRow(tr("Sync:"), m_automaticSync);
    form->addRow(QString(), syncNote);
    form->addRow(tr("&Job status interval:"), m_pollInterval);
    // The path's row is a layout (field and Browse…): its label needs its buddy set by hand.
    auto *databaseLabel = new QLabel(tr("Inventory &database:"), this);
    databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    databaseLabel->setBuddy(m_databasePath);
    form->addRow(databaseLabel, pathRow);
    form->addRow(QString(), m_restartNote);
    for (QWidget *field : {static_cast<QWidget *>(m_threshold), static_cast<QWidget *>(m_pollInterval)})
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
            label->setBuddy(field);

    m_proxy->setConfig(ProxyConfig::fromSetting(settings.proxy()));
    auto *network = new QGroupBox(tr("Network"), this);
    network->setObjectName(QStringLiteral("networkGroup"));
    auto *networkLayout = new QVBoxLayout(network);
    networkLayout->addWidget(m_proxy);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    const auto checkProxy = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(m_proxy->isValid());
    };
    connect(m_proxy->modeBox(), &QComboBox::currentIndexChanged, this, checkProxy);
    connect(m_proxy->addressEdit(), &QLineEdit::textChanged, this, checkProxy);
    connect(m_proxy->userEdit(), &QLineEdit::textChanged, this, checkProxy);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(network);
    layout->addStretch();
    layout->addWidget(buttons);
    setTabOrder(m_threshold, m_automaticSync);
    setTabOrder(m_automaticSync, m_pollInterval);
    setTabOrder(m_pollInterval, m_databasePath);
    setTabOrder(m_databasePath, browse);
    setTabOrder(browse, m_proxy->modeBox());
    setTabOrder(m_proxy->modeBox(), m_proxy->addressEdit());
    setTabOrder(m_proxy->addressEdit(), m_proxy->userEdit());
    setTabOrder(m_proxy->userEdit(), m_proxy->passwordEdit());
}

void PreferencesDialog::apply()
{
    m_console.setLowLicenseThresholdPct(m_threshold->value());
    m_settings.setJobPollIntervalSeconds(m_pollInterval->value());
    m_settings.setAutomaticSync(m_automaticSync->isChecked());
    m_settings.setDatabasePath(QDir::fromNativeSeparators(m_databasePath->text().trimmed()));
    m_settings.sync();
    if (!m_console.isDemo())
        m_console.jobs().setPollInterval(std::chrono::seconds(m_pollInterval->value()));
    m_console.sync().setAutomatic(m_automaticSync->isChecked());
    applyProxy();
}

void PreferencesDialog::applyProxy()
{
    const ProxyConfig proxy = m_proxy->config();
    m_settings.setProxy(proxy.toSetting());
    m_settings.sync();
    if (m_console.isDemo())
        return; // the demo's simulator is in this process: no proxy
    const QString password = m_proxy->password();
    if (proxy.mode() != ProxyConfig::Mode::Manual || proxy.user().isEmpty() || password.isEmpty()) {
        m_console.applyProxy(proxy);
        return;
    }
    // The password goes to the keychain only; the console reads it back from there.
    QPointer<Console> console(&m_console);
    m_console.workspace().vault().write(
        proxy.keychainKey(), password, [console, proxy](const Result<void> &written) {
            if (!console)
                return;
            if (!written)
                qCWarning(lcClient).noquote()
                    << "the proxy password was not stored:" << written.error().toLogString();
            console->applyProxy(proxy);
        });
}

void PreferencesDialog::browseDatabase()
{
    const QString current =
        m_databasePath->text().isEmpty() ? Workspace::defaultDatabasePath() : m_databasePath->text();
    const QString path = QFileDialog::getSaveFileName(this, tr("Inventory Database"), current,
                                                      tr("SQLite databases (*.sqlite *.db);;All files (*)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_databasePath->setText(QDir::toNativeSeparators(path));
}
