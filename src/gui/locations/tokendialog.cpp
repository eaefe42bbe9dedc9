#include "tokendialog.h"

#include "app/console.h"
#include "app/demosession.h"
#include "app/synccontroller.h"
#include "app/writegate.h"
#include "core/apple/appleerror.h"
#include "core/apple/appletypes.h"
#include "core/token/vpptoken.h"
#include "core/workspace/workspace.h"
#include "messagelabel.h"
#include "plainmessagebox.h"
#include "screenfit.h"
#include "tokenassignmenttab.h"
#include "tokendetailtab.h"
#include "tokendistributiontab.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

QString dayText(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime().date(), QLocale::LongFormat) : QString();
}

} // namespace

TokenDialog::TokenDialog(Console &console, Mode mode, const QString &tokenName, QWidget *parent)
    : QDialog(parent)
    , m_console(console)
    , m_mode(mode)
    , m_tokenName(tokenName)
{
    setObjectName(QStringLiteral("tokenDialog"));
    switch (mode) {
    case Mode::Add:
        setWindowTitle(tr("Add Token"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit Token \u201c%1\u201d").arg(tokenName));
        break;
    case Mode::Update:
        setWindowTitle(tr("Update Token \u201c%1\u201d").arg(tokenName));
        break;
    }

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tokenTabs"));
    m_detail = new TokenDetailTab(mode != Mode::Edit, m_tabs); // a renewed file can be pasted too
    m_detail->setObjectName(QStringLiteral("detailTab"));
    m_distribution = new TokenDistributionTab(m_tabs);
    m_distribution->setObjectName(QStringLiteral("distributionTab"));
    m_assignment = new TokenAssignmentTab(m_tabs);
    m_assignment->setObjectName(QStringLiteral("assignmentTab"));
    m_tabs->addTab(m_detail, tr("Token &Detail"));
    m_tabs->addTab(m_distribution, tr("Dist&ribution"));
    m_tabs->addTab(m_assignment, tr("Assignment &type"));

    m_message = new MessageLabel(this, QStringLiteral("messageLabel"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_busy->hide();
    m_busyText = new QLabel(this);
    m_busyText->setObjectName(QStringLiteral("busyText"));
    m_busyText->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_submit = m_buttons->addButton(mode == Mode::Add      ? tr("&Add")
                                    : mode == Mode::Update ? tr("&Update")
                                                           : tr("&Save"),
                                    QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_replaceAnyway = m_buttons->addButton(tr("&Replace Anyway\u2026"), QDialogButtonBox::ActionRole);
    m_replaceAnyway->setObjectName(QStringLiteral("replaceAnywayButton"));
    m_replaceAnyway->hide();
    // The submit button validates first: the box must not accept on its own.
    connect(m_submit, &QPushButton::clicked, this, &TokenDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TokenDialog::reject);
    connect(m_replaceAnyway, &QPushButton::clicked, this, &TokenDialog::replaceAnyway);
    if (m_console.demoSession() && mode != Mode::Edit) {
        // Demo mode: the simulator knows only the tokens it issued itself; offer them.
        m_demoTokens = m_buttons->addButton(tr("Use a De&mo Token File…"), QDialogButtonBox::ActionRole);
        m_demoTokens->setObjectName(QStringLiteral("demoTokenButton"));
        m_demoTokens->setToolTip(tr("Demo mode: use a token file of the demo organization, issued by this "
                                    "session's simulator."));
        connect(m_demoTokens, &QPushButton::clicked, this, &TokenDialog::offerDemoTokens);
    }
    // Hidden until a file of another location is chosen (after the last addButton: the box shows its
    // buttons).
    m_replaceAnyway->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_busyText);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);

    connect(m_detail, &TokenDetailTab::sourceChanged, this, [this] {
        m_force = false;
        readToken();
    });
    loadToken();
    if (mode == Mode::Update)
        m_detail->focusSource();
    else
        m_detail->focusName();
    ScreenFit::resize(this, QSize(560, 520));
}

TokenDialog::~TokenDialog()
{
    if (m_cancelled)
        *m_cancelled = true;
}

void TokenDialog::loadToken()
{
    const Result<void> groups = m_distribution->load(m_console.database(), QString());
    if (m_mode == Mode::Add) {
        if (!groups)
            showMessage(groups.error().toDisplayString());
        return;
    }
    const Result<TokenRecord> found = m_console.tokenManager().find(m_tokenName);
    if (!found) {
        showMessage(found.error().toDisplayString());
        m_submit->setEnabled(false);
        return;
    }
    m_record = found.value();
    if (const Result<void> loaded = m_distribution->load(m_console.database(), m_record.id); !loaded)
        showMessage(loaded.error().toDisplayString());
    m_detail->setName(m_record.name);
    m_detail->setSettings(m_record);
    showStoredDetails();
    m_assignment->setAssignmentType(m_record.assignmentType);
    m_assignment->setAppDefaults(m_record.appDefaults);
}

void TokenDialog::showStoredDetails()
{
    m_detail->showDetails(m_record.orgName, m_record.locationName, m_record.countryCode,
                          dayText(m_record.expiresAt));
}

void TokenDialog::setFilePath(const QString &path)
{
    m_detail->setFilePath(path);
}

void TokenDialog::setPastedContents(const QString &contents)
{
    m_detail->setPastedContents(contents);
}

void TokenDialog::readToken()
{
    const int serial = ++m_readSerial;
    m_detail->setFileError(QString());
    m_replaceAnyway->hide();
    if (!m_detail->hasSource())
        return showStoredDetails(); // back to what is stored (nothing for a new token)
    const Result<VppToken> token = m_detail->readSource();
    if (!token) {
        m_detail->setFileError(token.error().toDisplayString());
        m_detail->showDetails(QString(), QString(), QString(), QString());
        return;
    }
    const int days = token->daysUntilExpiry(QDateTime::currentDateTimeUtc());
    m_detail->showDetails(
        token->orgName(),
        askingText(QT_TR_NOOP("Asking Apple\u2026"), QT_TR_NOOP("Asking the demo simulator\u2026")),
        QString(), tr("%1 (in %n day(s))", nullptr, days).arg(dayText(token->expiresAt())));

    const QUrl url = m_mode == Mode::Add ? m_console.serviceUrl() : Workspace::serviceUrlOf(m_record);
    QPointer<TokenDialog> self(this);
    m_console.tokenManager().inspect(
        token->sToken().toUtf8(), url, [self, serial](Result<ClientConfig> config) {
            if (!self || serial != self->m_readSerial)
                return;
            if (!config) {
                self->m_detail->showLocation(QStringLiteral("\u2014"), QString());
                return self->showError(config.error());
            }
            self->m_detail->showLocation(config->locationName, config->countryISO2ACode);
            if (self->m_mode != Mode::Add && config->uId != self->m_record.uid && !self->m_force)
                self->showOtherLocation(config->locationName, QString());
        });
}

TokenManager::Settings TokenDialog::collectSettings(const QString &name) const
{
    TokenManager::Settings settings;
    settings.name = name;
    m_detail->collectSettings(settings);
    settings.assignmentType = m_assignment->assignmentType();
    settings.appDefaults = m_assignment->appDefaults();
    settings.distributionGroups = m_distribution->checkedGroupIds();
    return settings;
}

void TokenDialog::submit()
{
    if (isBusy())
        return;
    clearErrors();
    bool nameValid = true;
    bool sourceValid = true;
    const QString name = m_detail->name();
    if (name.isEmpty()) {
        m_detail->setNameError(tr("Enter a name for the token, such as the location's city."));
        nameValid = false;
    } else if (name != m_tokenName && m_console.tokenManager().find(name)) {
        m_detail->setNameError(
            tr("A token named \u201c%1\u201d already exists. Choose another name.").arg(name));
        nameValid = false;
    }
    const bool withFile = m_detail->hasSource();
    if (!withFile && m_mode != Mode::Edit) {
        m_detail->setFileError(
            tr("Choose the token's .vpptoken file with Browse\u2026, or paste its contents."));
        sourceValid = false;
    } else if (withFile) {
        if (const Result<VppToken> token = m_detail->readSource(); !token) {
            m_detail->setFileError(token.error().toDisplayString());
            sourceValid = false;
        }
    }
    if (!nameValid || !sourceValid) {
        m_tabs->setCurrentIndex(0);
        if (!nameValid)
            m_detail->focusName();
        else
            m_detail->focusSource();
        return;
    }
    // A file is checked with Apple; settings alone stay local.
    const WriteGate::Reach reach = withFile ? WriteGate::Reach::Apple : WriteGate::Reach::Local;
    if (const QString blocked = m_console.writeGate().blockedReason(reach); !blocked.isEmpty())
        return showMessage(blocked);
    if (m_mode == Mode::Add)
        startAdd(name);
    else if (withFile)
        checkLocationThenUpdate();
    else
        startSaveSettings();
}

void TokenDialog::startAdd(const QString &name)
{
    setBusy(true, askingText(QT_TR_NOOP("Asking Apple to check the token\u2026"),
                             QT_TR_NOOP("Asking the demo simulator to check the token\u2026")));
    const std::shared_ptr<bool> cancelled = m_cancelled;
    QPointer<TokenDialog> self(this);
    Console *console = &m_console;
    const QString path = m_detail->filePath();
    const QByteArray contents = m_detail->pastedContents();
    const TokenManager::Settings settings = collectSettings(name);
    m_console.whenWritable([=](Console::WriteLock lock) {
        if (*cancelled)
            return;
        auto held = std::make_shared<Console::WriteLock>(std::move(lock));
        auto done = [=](Result<TokenStatus> added) {
            if (*cancelled || !self) {
                // Cancelled while Apple was asked: take back a token it accepted meanwhile.
                if (!added)
                    return held->reset();
                console->tokenManager().remove(added->record.name,
                                               [console, held](const Result<TokenRecord> &) {
                                                   held->reset();
                                                   console->notifyTokensChanged();
                                               });
                return;
            }
            if (!added) {
                held->reset();
                self->setBusy(false);
                self->showError(added.error());
                return;
            }
            const Result<TokenStatus> saved =
                console->tokenManager().saveSettings(added->record.name, settings);
            held->reset();
            self->finishAdd(added.value(), saved);
        };
        if (path.isEmpty())
            console->tokenManager().addContents(name, contents, console->serviceUrl(), done);
        else
            console->tokenManager().add(name, path, console->serviceUrl(), done);
    });
}

void TokenDialog::finishAdd(const TokenStatus &added, const Result<TokenStatus> &saved)
{
    setBusy(false);
    m_tokenId = added.record.id;
    m_console.notifyTokensChanged();
    m_console.sync().syncNow(m_tokenId);
    if (!saved) {
        // The token is stored: go on as the Edit dialog of it, so that the settings can be saved again.
        m_mode = Mode::Edit;
        m_tokenName = added.record.name;
        m_record = added.record;
        m_submit->setText(tr("&Save"));
        showMessage(tr("The token was added, but its settings could not be saved: %1")
                        .arg(saved.error().toDisplayString()));
        return;
    }
    const TokenRecord &r = saved->record;
    m_resultMessage = tr("\u201c%1\u201d added for %2 (%3), expires on %4. The first sync has started.")
                          .arg(r.name, r.locationName, r.countryCode, dayText(r.expiresAt));
    Q_EMIT tokenSaved(m_tokenId, m_resultMessage);
    accept();
}

void TokenDialog::checkLocationThenUpdate()
{
    if (m_force)
        return startUpdate(true);
    // Ask Apple first which location the file is for: another location is refused before anything changes.
    const Result<VppToken> token = m_detail->readSource();
    if (!token)
        return m_detail->setFileError(token.error().toDisplayString());
    setBusy(true,
            askingText(QT_TR_NOOP("Asking Apple which location the new file is for\u2026"),
                       QT_TR_NOOP("Asking the demo simulator which location the new file is for\u2026")));
    const std::shared_ptr<bool> cancelled = m_cancelled;
    QPointer<TokenDialog> self(this);
    m_console.tokenManager().inspect(token->sToken().toUtf8(), Workspace::serviceUrlOf(m_record),
                                     [self, cancelled](Result<ClientConfig> config) {
                                         if (*cancelled || !self)
                                             return;
                                         if (!config) {
                                             self->setBusy(false);
                                             return self->showError(config.error());
                                         }
                                         self->m_detail->showLocation(config->locationName,
                                                                      config->countryISO2ACode);
                                         if (config->uId != self->m_record.uid) {
                                             self->setBusy(false);
                                             return self->showOtherLocation(config->locationName, QString());
                                         }
                                         self->startUpdate(false);
                                     });
}

void TokenDialog::startUpdate(bool force)
{
    setBusy(true, askingText(QT_TR_NOOP("Asking Apple to check the new file\u2026"),
                             QT_TR_NOOP("Asking the demo simulator to check the new file\u2026")));
    const std::shared_ptr<bool> cancelled = m_cancelled;
    QPointer<TokenDialog> self(this);
    Console *console = &m_console;
    const QString oldName = m_tokenName;
    const QString path = m_detail->filePath();
    const QByteArray contents = m_detail->pastedContents();
    const TokenManager::Settings settings = collectSettings(m_detail->name());
    m_console.whenWritable([=](Console::WriteLock lock) {
        if (*cancelled)
            return;
        auto held = std::make_shared<Console::WriteLock>(std::move(lock));
        TokenManager &manager = console->tokenManager();
        const auto update = [&](TokenManager::Callback<TokenManager::UpdateOutcome> done) {
            if (path.isEmpty())
                manager.updateContents(oldName, contents, force, std::move(done));
            else
                manager.update(oldName, path, force, std::move(done));
        };
        update([=](Result<TokenManager::UpdateOutcome> outcome) {
            if (!outcome) {
                held->reset();
                if (*cancelled || !self)
                    return;
                self->setBusy(false);
                if (outcome.error().is(VppError::Code::TokenOtherLocation))
                    return self->showOtherLocation(QString(), outcome.error().toDisplayString());
                return self->showError(outcome.error());
            }
            // The file is renewed even when the dialog was cancelled meanwhile; its settings are not.
            std::optional<Result<TokenStatus>> saved;
            if (!*cancelled && self)
                saved = console->tokenManager().saveSettings(oldName, settings);
            held->reset();
            console->notifyTokensChanged();
            console->sync().syncNow(outcome->status.record.id);
            if (*cancelled || !self)
                return;
            self->finishUpdate(outcome.value(), *saved);
        });
    });
}

void TokenDialog::finishUpdate(const TokenManager::UpdateOutcome &outcome, const Result<TokenStatus> &saved)
{
    setBusy(false);
    const TokenRecord &r = outcome.status.record;
    m_tokenId = r.id;
    m_force = false;
    if (!saved) {
        m_tokenName = r.name;
        m_record = r;
        showMessage(tr("The new file is in place, but the settings could not be saved: %1")
                        .arg(saved.error().toDisplayString()));
        return;
    }
    const QString name = saved->record.name;
    if (outcome.locationChanged)
        m_resultMessage = tr("\u201c%1\u201d now manages %2 (it managed %3); it expires on %4.")
                              .arg(name, r.locationName, outcome.previousLocationName, dayText(r.expiresAt));
    else
        m_resultMessage = tr("\u201c%1\u201d renewed: it now expires on %2 (it expired on %3).")
                              .arg(name, dayText(r.expiresAt), dayText(outcome.previousExpiry));
    Q_EMIT tokenSaved(m_tokenId, m_resultMessage);
    accept();
}

void TokenDialog::startSaveSettings()
{
    setBusy(true, tr("Saving\u2026"));
    const std::shared_ptr<bool> cancelled = m_cancelled;
    QPointer<TokenDialog> self(this);
    Console *console = &m_console;
    const QString oldName = m_tokenName;
    const TokenManager::Settings settings = collectSettings(m_detail->name());
    m_console.whenWritable([=](Console::WriteLock lock) {
        if (*cancelled || !self)
            return;
        const Result<TokenStatus> saved = console->tokenManager().saveSettings(oldName, settings);
        lock.reset();
        self->setBusy(false);
        if (!saved)
            return self->showError(saved.error());
        console->notifyTokensChanged();
        self->m_tokenId = saved->record.id;
        self->m_resultMessage = tr("The settings of \u201c%1\u201d were saved.").arg(saved->record.name);
        Q_EMIT self->tokenSaved(self->m_tokenId, self->m_resultMessage);
        self->accept();
    });
}

void TokenDialog::reject()
{
    if (m_cancelled)
        *m_cancelled = true; // the callbacks of the abandoned request see it
    QDialog::reject();
}

bool TokenDialog::isBusy() const
{
    return m_busy->isVisibleTo(this);
}

void TokenDialog::setBusy(bool busy, const QString &what)
{
    if (busy) {
        if (m_cancelled)
            *m_cancelled = true;
        m_cancelled = std::make_shared<bool>(false);
        m_message->clearMessage();
    }
    m_busy->setVisible(busy);
    m_busyText->setText(what);
    m_busyText->setVisible(busy && !what.isEmpty());
    m_tabs->setEnabled(!busy);
    m_submit->setEnabled(!busy);
    m_replaceAnyway->setEnabled(!busy);
}

void TokenDialog::clearErrors()
{
    m_detail->setNameError(QString());
    m_detail->setFileError(QString());
    m_message->clearMessage();
    m_replaceAnyway->hide();
}

void TokenDialog::showMessage(const QString &text)
{
    m_message->showError(text);
}

void TokenDialog::showError(const VppError &error)
{
    const QString text = errorText(error);
    if (error.is(VppError::Code::TokenEmptyName) || error.is(VppError::Code::TokenNameTaken) ||
        error.is(VppError::Code::StoreDuplicate)) {
        m_tabs->setCurrentIndex(0);
        return m_detail->setNameError(text);
    }
    // The file itself, or Apple's verdict on it (revoked, expired, invalid).
    if (error.kind == VppError::Kind::Token || error.kind == VppError::Kind::Io ||
        (error.kind == VppError::Kind::Apple && AppleError::isTokenFatal(error.appleErrorNumber))) {
        m_tabs->setCurrentIndex(0);
        return m_detail->setFileError(text);
    }
    showMessage(text);
}

void TokenDialog::showOtherLocation(const QString &newLocation, const QString &fallback)
{
    m_tabs->setCurrentIndex(0);
    const QString text =
        newLocation.isEmpty()
            ? fallback
            : tr("This token is for %1, not %2. Nothing was changed: download the token of %2 from Apple "
                 "Business Manager, or replace anyway to make \u201c%3\u201d manage %1.")
                  .arg(newLocation, m_record.locationName, m_tokenName);
    m_detail->setFileError(text);
    m_replaceAnyway->show();
}

void TokenDialog::replaceAnyway()
{
    const QString text =
        tr("\u201c%1\u201d manages %2. Replacing its file with the token of another location makes it manage "
           "that location instead: the next sync replaces the local inventory of %2 with the other "
           "location's. Replace anyway?")
            .arg(m_tokenName, m_record.locationName);
    if (!confirm(tr("Replace with Another Location"), text))
        return;
    m_force = true;
    submit();
}

bool TokenDialog::confirm(const QString &title, const QString &text)
{
    if (m_confirm)
        return m_confirm(title, text);
    return PlainMessageBox::ask(this, title, text); // the text quotes token and location names
}

QString TokenDialog::askingText(const char *apple, const char *demo) const
{
    return tr(m_console.isDemo() ? demo : apple);
}

QString TokenDialog::errorText(const VppError &error) const
{
    if (!m_console.isDemo())
        return error.toDisplayString();
    if (error.appleErrorNumber == 9622)
        return tr("The demo simulator does not know this token: only the tokens it issued in this demo "
                  "session work (not those of another vppsim or an earlier session). Click \u201cUse a Demo "
                  "Token File\u2026\u201d to use one of them.");
    if (error.appleErrorNumber != 0)
        return tr("The demo simulator refused the token (error %1): %2")
            .arg(error.appleErrorNumber)
            .arg(error.message);
    if (error.kind == VppError::Kind::Network)
        return tr("The demo simulator could not be reached: %1").arg(error.message);
    return error.toDisplayString();
}

void TokenDialog::offerDemoTokens()
{
    DemoSession *demo = m_console.demoSession();
    if (!demo || isBusy())
        return;
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("demoTokenMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const int own = m_mode == Mode::Add ? -1 : demo->locationOf(m_record.uid);
    QAction *first = nullptr;
    for (int location = 0; location < demo->locationCount(); ++location) {
        const bool renew = location == own;
        const QString name = demo->locationName(location);
        QAction *action =
            menu->addAction(renew ? tr("%1: a renewed file, valid for a year").arg(name) : name);
        connect(action, &QAction::triggered, this,
                [this, location, renew] { useDemoToken(location, renew); });
        if (renew || !first)
            first = action;
    }
    menu->setActiveAction(first);
    menu->popup(m_demoTokens->mapToGlobal(QPoint(0, m_demoTokens->height())));
}

void TokenDialog::useDemoToken(int location, bool renew)
{
    DemoSession *demo = m_console.demoSession();
    if (!demo)
        return;
    const QString path = renew ? demo->writeRenewedTokenFile(location) : demo->writeTokenFile(location);
    if (path.isEmpty())
        return showMessage(tr("The demo token file could not be written."));
    clearErrors();
    if (m_mode == Mode::Add && m_detail->name().isEmpty())
        m_detail->setName(demo->locationName(location));
    m_detail->setFilePath(path);
}
