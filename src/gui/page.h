// Page: the frame every console page shares (title, one-line purpose, the main table); subclasses fill it.
#pragma once

#include <QIcon>
#include <QString>
#include <QStringList>
#include <QWidget>

class QStandardItemModel;
class QTableView;

class Page : public QWidget
{
    Q_OBJECT

public:
    QString title() const { return m_title; }
    QString description() const { return m_description; }
    QIcon icon() const { return m_icon; }
    QTableView *tableView() const { return m_tableView; }

protected:
    // columns are the header labels of the still empty table; the real model replaces them later.
    Page(const QString &title, const QString &description, const QIcon &icon, const QStringList &columns,
         QWidget *parent);

private:
    QString m_title;
    QString m_description;
    QIcon m_icon;
    QTableView *m_tableView = nullptr;
    QStandardItemModel *m_placeholderModel = nullptr;
};
