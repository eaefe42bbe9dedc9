// PlainMessageBox: the message boxes of the console, whose text is always plain text. Their
// sentences quote names that come from Apple, from token files and from imports; QMessageBox would
// render such a name as rich text (a link, an image, hidden text) if it looked like HTML.
#pragma once

#include <QMessageBox>

class PlainMessageBox
{
public:
    // A box ready to exec(), its text plain. Owned by the caller.
    static QMessageBox *create(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                               const QString &text, QMessageBox::StandardButtons buttons = QMessageBox::Ok);
    // A yes/no question, No being the default; true for Yes.
    static bool ask(QWidget *parent, const QString &title, const QString &text);
    static void show(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text);
};
