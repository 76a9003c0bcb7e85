#include "UnitCodes.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace kasboek::domain {

namespace {

struct UnitCode
{
    std::u16string_view code;
    const char* label;
};

// What freelancers invoice: time, pieces, distance, and the odd weight or volume.
constexpr std::array<UnitCode, 16> kUnits { {
    { u"C62", QT_TRANSLATE_NOOP("UnitCodes", "unit") },
    { u"H87", QT_TRANSLATE_NOOP("UnitCodes", "piece") },
    { u"HUR", QT_TRANSLATE_NOOP("UnitCodes", "hour") },
    { u"MIN", QT_TRANSLATE_NOOP("UnitCodes", "minute") },
    { u"DAY", QT_TRANSLATE_NOOP("UnitCodes", "day") },
    { u"WEE", QT_TRANSLATE_NOOP("UnitCodes", "week") },
    { u"MON", QT_TRANSLATE_NOOP("UnitCodes", "month") },
    { u"ANN", QT_TRANSLATE_NOOP("UnitCodes", "year") },
    { u"KMT", QT_TRANSLATE_NOOP("UnitCodes", "kilometre") },
    { u"MTR", QT_TRANSLATE_NOOP("UnitCodes", "metre") },
    { u"MTK", QT_TRANSLATE_NOOP("UnitCodes", "square metre") },
    { u"KGM", QT_TRANSLATE_NOOP("UnitCodes", "kilogram") },
    { u"LTR", QT_TRANSLATE_NOOP("UnitCodes", "litre") },
    { u"SET", QT_TRANSLATE_NOOP("UnitCodes", "set") },
    { u"LS", QT_TRANSLATE_NOOP("UnitCodes", "lump sum") },
    { u"E48", QT_TRANSLATE_NOOP("UnitCodes", "service unit") },
} };

QStringView view(std::u16string_view text)
{
    return QStringView(text.data(), qsizetype(text.size()));
}

const UnitCode* find(QStringView code)
{
    const auto it = std::find_if(kUnits.begin(), kUnits.end(),
                                 [code](const UnitCode& unit) { return view(unit.code) == code; });
    return it == kUnits.end() ? nullptr : &*it;
}

} // namespace

QStringList UnitCodes::codes()
{
    QStringList result;
    result.reserve(qsizetype(kUnits.size()));
    for (const UnitCode& unit : kUnits)
        result.append(view(unit.code).toString());
    return result;
}

bool UnitCodes::isKnown(QStringView code)
{
    return find(code) != nullptr;
}

QString UnitCodes::label(QStringView code)
{
    const UnitCode* unit = find(code);
    return unit ? tr(unit->label) : QString();
}

} // namespace kasboek::domain
