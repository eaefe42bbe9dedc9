// VppError: one error value shared by every layer of the engine (parse, token, Apple, network,
// keychain, store). It carries a stable machine code for tests and scripts, a translated sentence
// and an advice for people, and the Apple error number / HTTP status when there is one.
#pragma once

#include <QMetaType>
#include <QString>

struct VppError
{
    enum class Kind {
        None,      // no error (a default-constructed VppError)
        Parse,     // malformed data: JSON, dates, files we read
        Token,     // the content token itself is unusable (bad file, expired, revoked...)
        Apple,     // Apple answered with an error (appleErrorNumber set)
        Network,   // transport: DNS, TLS, timeouts, HTTP errors without an Apple body
        Keychain,  // the OS keychain (missing, locked, denied, timed out)
        Store,     // the local database
        Io,        // files and directories
        Usage,     // the caller used an API or a command wrongly
        Cancelled, // the user or the caller cancelled the operation
        Internal,  // a bug: something that should not happen
    };

    // The codes the engine routes on, so that a branch on an error cannot drift from the code its
    // producer sets: make() with a Code sets both, make() with a text finds the Code of a known text.
    // Every other code is Other (its text is in `code`).
    enum class Code {
        Other,
        StoreBusy,           // store.busy: another connection holds the write lock
        StoreDuplicate,      // store.duplicate: a unique value taken
        KeychainNotFound,    // keychain.notFound: no item under that key
        TokenEmptyName,      // token.emptyName
        TokenNameTaken,      // token.nameTaken
        TokenOtherLocation,  // token.otherLocation: an update with another location's file
        AppleOutcomeUnknown, // apple.outcomeUnknown: a POST may have reached Apple, no answer
    };

    Kind kind = Kind::None;
    Code codeId = Code::Other; // the routed code, Other for the rest
    int appleErrorNumber = 0;  // Apple's errorNumber (e.g. 9621), 0 if none
    int httpStatus = 0;        // HTTP status code, 0 if none
    QString code;              // stable machine code, e.g. "token.notBase64"; never translated
    QString message;           // translated sentence saying what went wrong
    QString advice;            // translated sentence saying what to do, may be empty
    QString detail;            // untranslated technical detail for logs and --verbose; never a secret

    // Builds an error; message and advice must already be translated.
    static VppError make(Kind kind, const QString &code, const QString &message, const QString &advice = {},
                         const QString &detail = {});
    static VppError make(Kind kind, Code code, const QString &message, const QString &advice = {},
                         const QString &detail = {});

    bool is(Code c) const { return isError() && codeId == c; }
    // The one pair converting a routed code to and from its stable text ("store.busy").
    static QString codeText(Code code);
    static Code codeFromText(const QString &text);

    bool isError() const { return kind != Kind::None; }
    // "message advice" on one line, for a status bar or a CLI error line.
    QString toDisplayString() const;
    // Untranslated one-line form for logs: "[kind] code: message (apple 9621, http 401) detail".
    QString toLogString() const;

    // Stable untranslated name of a kind ("keychain"), for logs and machine-readable output.
    static QString kindName(Kind kind);
    // The kind of a stored name; Internal for a name it does not know.
    static Kind kindFromName(const QString &name);
};

Q_DECLARE_METATYPE(VppError)
