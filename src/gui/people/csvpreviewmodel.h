// CsvPreviewModel: the first rows of a CSV file being imported, under the columns the importer
// understood (or "Column n" for a cell it ignores), each headed by its line in the file; a bad row
// is shown in red with the importer's reason as its tool tip.
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

class CsvPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit CsvPreviewModel(QObject *parent = nullptr);

    // `columns` as the importer names them (empty name: not read); rows as parsed, with the line each
    // starts on (empty: numbered from 1); `problems` by line.
    void setPreview(const QStringList &columns, const QList<QStringList> &rows, const QList<int> &lines = {},
                    const QHash<int, QString> &problems = {});
    void clear() { setPreview({}, {}); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The translated label of an importer column key (serial, name, owner, lastSeen, group, member, kind).
    static QString columnLabel(const QString &key);

private:
    QStringList m_columns;
    QList<QStringList> m_rows;
    QList<int> m_lines;
    QHash<int, QString> m_problems;
    int m_columnCount = 0;
};
