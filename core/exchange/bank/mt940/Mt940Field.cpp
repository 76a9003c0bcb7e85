#include "Mt940Field.h"

namespace kasboek::exchange::bank {

std::unexpected<Error> Mt940Field::refuse(const QString& problem) const
{
    return fail(ErrorCode::Validation, tr("%1 on line %2: %3").arg(tag, QString::number(line), problem), tag);
}

} // namespace kasboek::exchange::bank
