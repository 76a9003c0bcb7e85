#pragma once

#include <QString>

// The printed forms of the identifiers on a document ("BE 0403.170.701", "BE68 5390 0754
// 7034"); text that does not parse is printed as it was stored, never dropped.
namespace kasboek::render::identifiers {

[[nodiscard]] QString vatNumber(const QString& stored);
[[nodiscard]] QString enterpriseNumber(const QString& stored);
[[nodiscard]] QString iban(const QString& stored);
// The Belgian OGM as "+++123/4567/89002+++", an RF reference in groups of four.
[[nodiscard]] QString structuredCommunication(const QString& stored);
[[nodiscard]] QString creditorReference(const QString& stored);

} // namespace kasboek::render::identifiers
