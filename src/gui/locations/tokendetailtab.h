// TokenDetailTab: the Token Detail tab of the token dialog: the unique token name, the .vpptoken
// file (Browse… or a path) or its pasted contents (never shown), what the file says and where Apple
// says it is (organization, location, country, expiry), Add Apps Automatically, automatic app
// updates and the sync interval. Errors about the name or the file show in red under the field.
// It only shows and collects: TokenDialog reads the file with the engine and asks Apple.
#pragma once

#include "core/common/result.h"
#include "core/store/tokenrecord.h"
#include "core/workspace/tokenmanager.h"

#include <QWidget>

class QCheckBox;
class MessageLabel;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class VppToken;

class TokenDetailTab : public QWidget
{
    Q_OBJECT

public:
    // allowPaste: offer the contents field besides the file (adding and renewing a token).
    explicit TokenDetailTab(bool allowPaste, QWidget *parent = nullptr);

    QString name() const; // trimmed
    void setName(const QString &name);
    QString filePath() const; // trimmed
    // Sets the path as Browse… does (sourceChanged follows).
    void setFilePath(const QString &path);
    // The pasted contents, or nothing when only a path is given (a path wins).
    QByteArray pastedContents() const;
    void setPastedContents(const QString &contents);
    bool hasSource() const;
    // Parses the file (or the pasted contents) as of now: every kind of bad file fails.
    Result<VppToken> readSource() const;

    // The facts shown under the file: the file's organization and expiry, Apple's location and country.
    void showDetails(const QString &organization, const QString &location, const QString &country,
                     const QString &expiry);
    void showLocation(const QString &location, const QString &country);
    // Errors in place; an empty text hides them.
    void setNameError(const QString &text);
    void setFileError(const QString &text);
    void focusName();
    void focusSource();

    // The settings of this tab, from a stored token and into the Settings to save.
    void setSettings(const TokenRecord &record);
    void collectSettings(TokenManager::Settings &settings) const;

Q_SIGNALS:
    // Another file was chosen or other contents pasted: read them again.
    void sourceChanged();

private:
    void browse();

    QLineEdit *m_name = nullptr;
    MessageLabel *m_nameError = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr;
    QLineEdit *m_paste = nullptr;
    MessageLabel *m_fileError = nullptr;
    QLabel *m_org = nullptr;
    QLabel *m_location = nullptr;
    QLabel *m_country = nullptr;
    QLabel *m_expiry = nullptr;
    QCheckBox *m_addApps = nullptr;
    QCheckBox *m_autoUpdate = nullptr;
    QSpinBox *m_interval = nullptr;
    QString m_announcedPath; // the path of the last sourceChanged()
};
