#pragma once

#include "Error.h"
#include "UblParseNode.h"
#include "UblReaderLimits.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace kasboek::exchange::ubl {

// A supplier's UBL file read into memory as a flat tree of elements, after the checks that
// make the rest of the reader safe: size, UTF-8, well-formedness, no DTD of any kind (so no
// entity is ever declared, let alone expanded or fetched), and caps on depth, element count,
// attributes and text length. Only UblReader and its UblParse* helpers use it.
//
// Errors are ErrorCode::Validation with `field` an XPath-like location such as
// "/Invoice/cac:InvoiceLine[2]/cbc:LineExtensionAmount (BT-131)" and `detail` starting with
// "line L, column C".
class UblParseTree final
{
    Q_DECLARE_TR_FUNCTIONS(UblParseTree)
public:
    enum class Ns { Cbc, Cac };

    [[nodiscard]] static Result<UblParseTree> parse(const QByteArray& xml, const UblReaderLimits& limits);

    [[nodiscard]] const UblParseNode& node(qsizetype index) const { return m_nodes.at(index); }
    [[nodiscard]] static constexpr qsizetype root() { return 0; }

    // Child elements of `parent` with that namespace and local name, in document order.
    [[nodiscard]] QList<qsizetype> children(qsizetype parent, Ns ns, QStringView name) const;
    [[nodiscard]] bool has(qsizetype parent, Ns ns, QStringView name) const;
    // At most one such child: none gives std::nullopt, two or more an error naming the second.
    [[nodiscard]] Result<std::optional<qsizetype>> optional(qsizetype parent, Ns ns, QStringView name,
                                                            QStringView term) const;
    // Exactly one such child.
    [[nodiscard]] Result<qsizetype> required(qsizetype parent, Ns ns, QStringView name,
                                             QStringView term) const;
    // The trimmed text of an optional child, empty when it is absent.
    [[nodiscard]] Result<QString> optionalText(qsizetype parent, Ns ns, QStringView name,
                                               QStringView term) const;

    // "/Invoice/cac:InvoiceLine[2]/cbc:ID": where a node stands, with a position among
    // same-named siblings when there is more than one.
    [[nodiscard]] QString path(qsizetype index) const;
    // The path a child would have: for errors about a missing element.
    [[nodiscard]] QString childPath(qsizetype parent, Ns ns, QStringView name) const;
    // "line 12, column 7".
    [[nodiscard]] QString position(qsizetype index) const;

    // A Validation error about a node: field = path (term), detail = position and `detail`.
    [[nodiscard]] std::unexpected<Error> fail(qsizetype index, QString message, QStringView term,
                                              const QString& detail = {}) const;
    // A Validation error about a missing child element.
    [[nodiscard]] std::unexpected<Error> failMissing(qsizetype parent, Ns ns, QStringView name,
                                                     QStringView term) const;

private:
    UblParseTree() = default;
    [[nodiscard]] const QString& namespaceUri(Ns ns) const { return ns == Ns::Cbc ? m_cbc : m_cac; }
    [[nodiscard]] QString step(qsizetype index) const;

    QList<UblParseNode> m_nodes;
    QString m_cbc;
    QString m_cac;
};

} // namespace kasboek::exchange::ubl
