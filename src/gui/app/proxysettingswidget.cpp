#include "proxysettingswidget.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

ProxySettingsWidget::ProxySettingsWidget(QWidget *parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_address(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    m_mode->setObjectName(QStringLiteral("proxyMode"));
    m_mode->addItem(tr("Use the system's proxy settings"), int(ProxyConfig::Mode::System));
    m_mode->addItem(tr("No proxy"), int(ProxyConfig::Mode::None));
    m_mode->addItem(tr("This proxy:"), int(ProxyConfig::Mode::Manual));
    m_address->setObjectName(QStringLiteral("proxyAddress"));
    m_address->setPlaceholderText(tr("proxy.example.com:3128"));
    m_user->setObjectName(QStringLiteral("proxyUser"));
    m_user->setPlaceholderText(tr("(none)"));
    m_password->setObjectName(QStringLiteral("proxyPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("(unchanged; kept in the system keychain)"));
    m_problem->setObjectName(QStringLiteral("proxyProblem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Proxy:"), m_mode);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_problem);
    for (QWidget *field : {static_cast<QWidget *>(m_mode), static_cast<QWidget *>(m_address),
                           static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_password)})
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
            label->setBuddy(field);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &ProxySettingsWidget::update);
    connect(m_address, &QLineEdit::textChanged, this, &ProxySettingsWidget::update);
    update();
}

void ProxySettingsWidget::setConfig(const ProxyConfig &config)
{
    m_mode->setCurrentIndex(m_mode->findData(int(config.mode())));
    if (config.mode() == ProxyConfig::Mode::Manual) {
        QUrl url = config.url();
        m_user->setText(url.userName());
        url.setUserInfo({});
        m_address->setText(url.scheme() == u"http" ? url.authority() : url.toString());
    }
    update();
}

QString ProxySettingsWidget::manualUrl() const
{
    QString address = m_address->text().trimmed();
    const QString user = m_user->text().trimmed();
    if (user.isEmpty())
        return address;
    QString scheme = QStringLiteral("http://");
    if (const qsizetype at = address.indexOf(QStringLiteral("://")); at >= 0) {
        scheme = address.left(at + 3);
        address = address.mid(at + 3);
    }
    return scheme + QString::fromUtf8(QUrl::toPercentEncoding(user)) + u'@' + address;
}

ProxyConfig ProxySettingsWidget::config() const
{
    switch (ProxyConfig::Mode(m_mode->currentData().toInt())) {
    case ProxyConfig::Mode::None:
        return ProxyConfig::none();
    case ProxyConfig::Mode::Manual:
        if (const Result<ProxyConfig> manual = ProxyConfig::manual(manualUrl()))
            return manual.value();
        break;
    case ProxyConfig::Mode::System:
        break;
    }
    return ProxyConfig::system();
}

bool ProxySettingsWidget::isValid() const
{
    return ProxyConfig::Mode(m_mode->currentData().toInt()) != ProxyConfig::Mode::Manual ||
           bool(ProxyConfig::manual(manualUrl()));
}

QString ProxySettingsWidget::password() const
{
    return m_password->text();
}

void ProxySettingsWidget::update()
{
    const bool manual = ProxyConfig::Mode(m_mode->currentData().toInt()) == ProxyConfig::Mode::Manual;
    for (QLineEdit *edit : {m_address, m_user, m_password})
        edit->setEnabled(manual);
    QString problem;
    if (manual && !m_address->text().trimmed().isEmpty()) {
        if (const Result<ProxyConfig> parsed = ProxyConfig::manual(manualUrl()); !parsed)
            problem = parsed.error().message;
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}
