#include "plainmessagebox.h"

#include <memory>

QMessageBox *PlainMessageBox::create(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                     const QString &text, QMessageBox::StandardButtons buttons)
{
    auto *box = new QMessageBox(icon, title, QString(), buttons, parent);
    box->setTextFormat(Qt::PlainText);
    box->setText(text);
    return box;
}

bool PlainMessageBox::ask(QWidget *parent, const QString &title, const QString &text)
{
    const std::unique_ptr<QMessageBox> box(
        create(QMessageBox::Question, parent, title, text, QMessageBox::Yes | QMessageBox::No));
    box->setDefaultButton(QMessageBox::No);
    return box->exec() == QMessageBox::Yes;
}

void PlainMessageBox::show(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text)
{
    const std::unique_ptr<QMessageBox> box(create(icon, parent, title, text));
    box->exec();
}
