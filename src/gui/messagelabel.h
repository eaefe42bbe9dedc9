// MessageLabel: the one-line (wrapping) message every page and dialog shows in place: an error in
// red next to what it is about, a success in green (both from the palette: StatusColours), or a plain note.
// Hidden while it has nothing to say, plain text only (messages may quote what the admin typed).
#pragma once

#include <QLabel>

class MessageLabel : public QLabel
{
    Q_OBJECT

public:
    enum class Kind { Note, Success, Warning, Error };

    explicit MessageLabel(QWidget *parent = nullptr,
                          const QString &objectName = QStringLiteral("errorLabel"));

    void showMessage(const QString &text, Kind kind);
    void showError(const QString &text) { showMessage(text, Kind::Error); }
    void showSuccess(const QString &text) { showMessage(text, Kind::Success); }
    void showNote(const QString &text) { showMessage(text, Kind::Note); }
    void showWarning(const QString &text) { showMessage(text, Kind::Warning); }
    // Empties and hides the label.
    void clearMessage();

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind == Kind::Error && !text().isEmpty(); }

protected:
    // A new theme (light, dark, high contrast) recolours the message.
    void changeEvent(QEvent *event) override;

private:
    void applyColour();

    Kind m_kind = Kind::Note;
};
