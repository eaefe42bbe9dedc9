#include "tokendetailtab.h"

#include "core/token/vpptoken.h"
#include "messagelabel.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace {

QLabel *makeValueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

TokenDetailTab::TokenDetailTab(bool allowPaste, QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_nameError(new MessageLabel(this, QStringLiteral("nameError")))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse\u2026"), this))
    , m_paste(new QLineEdit(this))
    , m_fileError(new MessageLabel(this, QStringLiteral("fileError")))
    , m_org(makeValueLabel(QStringLiteral("organizationValue"), this))
    , m_location(makeValueLabel(QStringLiteral("locationValue"), this))
    , m_country(makeValueLabel(QStringLiteral("countryValue"), this))
    , m_expiry(makeValueLabel(QStringLiteral("expiryValue"), this))
    , m_addApps(new QCheckBox(tr("Add apps &automatically"), this))
    , m_autoUpdate(new QCheckBox(tr("Automatically update a&pps"), this))
    , m_interval(new QSpinBox(this))
{
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. the location's city"));
    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_file->setPlaceholderText(tr("The .vpptoken file downloaded from Apple Business Manager"));
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_paste->setObjectName(QStringLiteral("pasteEdit"));
    // The contents are the secret: the field never shows them.
    m_paste->setEchoMode(QLineEdit::Password);
    m_paste->setPlaceholderText(tr("Or paste the file's contents here"));

    m_addApps->setObjectName(QStringLiteral("addAppsCheck"));
    m_addApps->setToolTip(tr("New purchases of this location appear in the console without being added "
                             "one by one."));
    m_autoUpdate->setObjectName(QStringLiteral("autoUpdateCheck"));
    m_autoUpdate->setToolTip(tr("Devices install new versions of this location's apps on their own."));
    m_interval->setObjectName(QStringLiteral("syncIntervalSpin"));
    m_interval->setRange(0, 7 * 24 * 3600);
    m_interval->setSingleStep(300);
    m_interval->setSuffix(tr(" s"));
    m_interval->setSpecialValueText(tr("Manual only"));
    m_interval->setToolTip(tr("Seconds between automatic syncs of this token; 0 syncs only when asked."));

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);

    auto *form = new QFormLayout(this);
    auto *nameLabel = new QLabel(tr("Token &name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    form->addRow(QString(), m_nameError);
    auto *fileLabel = new QLabel(tr("Token &file:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    auto *pasteLabel = new QLabel(tr("&Contents:"), this);
    pasteLabel->setBuddy(m_paste);
    form->addRow(pasteLabel, m_paste);
    form->addRow(QString(), m_fileError);
    form->addRow(tr("Organization:"), m_org);
    form->addRow(tr("Location:"), m_location);
    form->addRow(tr("Country:"), m_country);
    form->addRow(tr("Expires:"), m_expiry);
    form->addRow(QString(), m_addApps);
    form->addRow(QString(), m_autoUpdate);
    auto *intervalLabel = new QLabel(tr("Sync &interval:"), this);
    intervalLabel->setBuddy(m_interval);
    form->addRow(intervalLabel, m_interval);
    if (!allowPaste) {
        pasteLabel->hide();
        m_paste->hide();
    }

    connect(m_browse, &QPushButton::clicked, this, &TokenDetailTab::browse);
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        if (filePath() != m_announcedPath) // not when the focus just leaves an unchanged path
            setFilePath(filePath());
    });
    connect(m_paste, &QLineEdit::textChanged, this, &TokenDetailTab::sourceChanged);
}

QString TokenDetailTab::name() const
{
    return m_name->text().trimmed();
}

void TokenDetailTab::setName(const QString &name)
{
    m_name->setText(name);
}

QString TokenDetailTab::filePath() const
{
    return m_file->text().trimmed();
}

void TokenDetailTab::setFilePath(const QString &path)
{
    m_file->setText(path);
    m_announcedPath = filePath();
    Q_EMIT sourceChanged();
}

QByteArray TokenDetailTab::pastedContents() const
{
    return m_paste->isHidden() || !filePath().isEmpty() ? QByteArray() : m_paste->text().trimmed().toUtf8();
}

void TokenDetailTab::setPastedContents(const QString &contents)
{
    m_paste->setText(contents); // textChanged announces it
}

bool TokenDetailTab::hasSource() const
{
    return !filePath().isEmpty() || !pastedContents().isEmpty();
}

Result<VppToken> TokenDetailTab::readSource() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!filePath().isEmpty())
        return VppToken::fromFile(filePath(), now);
    return VppToken::parse(pastedContents(), now);
}

void TokenDetailTab::showDetails(const QString &organization, const QString &location, const QString &country,
                                 const QString &expiry)
{
    m_org->setText(organization);
    m_expiry->setText(expiry);
    showLocation(location, country);
}

void TokenDetailTab::showLocation(const QString &location, const QString &country)
{
    m_location->setText(location);
    m_country->setText(country);
}

void TokenDetailTab::setNameError(const QString &text)
{
    m_nameError->showError(text);
}

void TokenDetailTab::setFileError(const QString &text)
{
    m_fileError->showError(text);
}

void TokenDetailTab::focusName()
{
    m_name->setFocus();
}

void TokenDetailTab::focusSource()
{
    (filePath().isEmpty() && !m_paste->isHidden() && !m_paste->text().isEmpty() ? m_paste : m_file)
        ->setFocus();
}

void TokenDetailTab::setSettings(const TokenRecord &record)
{
    m_addApps->setChecked(record.addAppsAutomatically);
    m_autoUpdate->setChecked(record.autoUpdateApps);
    m_interval->setValue(record.syncIntervalSeconds);
}

void TokenDetailTab::collectSettings(TokenManager::Settings &settings) const
{
    settings.addAppsAutomatically = m_addApps->isChecked();
    settings.autoUpdateApps = m_autoUpdate->isChecked();
    settings.syncIntervalSeconds = m_interval->value();
}

void TokenDetailTab::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a Content Token"), QString(),
                                                      tr("Content tokens (*.vpptoken);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}
