#include "Error.h"

using namespace Qt::StringLiterals;

namespace kasboek {

QString Error::toString() const
{
    QString text = message;
    if (!field.isEmpty())
        text = field + u": "_s + text;
    return text;
}

} // namespace kasboek
