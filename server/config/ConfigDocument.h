#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariant>

namespace kasboek::server::config {

// One parsed configuration file: a small subset of TOML (tables, arrays of tables,
// strings, integers, booleans, comments), enough for kasboek-syncd.conf. The file
// is operator input but still parsed as hostile: every error names its line.
class ConfigDocument final
{
    Q_DECLARE_TR_FUNCTIONS(ConfigDocument)
public:
    using Table = QMap<QString, QVariant>;

    [[nodiscard]] static Result<ConfigDocument> parse(QByteArrayView text);

    // The [name] table; empty when absent. The top level (before any header) is "".
    [[nodiscard]] Table table(const QString& name) const { return m_tables.value(name); }
    // Every [[name]] entry, in file order.
    [[nodiscard]] QList<Table> array(const QString& name) const { return m_arrays.value(name); }
    [[nodiscard]] QStringList tableNames() const { return m_tables.keys(); }
    [[nodiscard]] QStringList arrayNames() const { return m_arrays.keys(); }

private:
    QMap<QString, Table> m_tables;
    QMap<QString, QList<Table>> m_arrays;
};

} // namespace kasboek::server::config
