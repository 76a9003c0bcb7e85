#include "ContactReference.h"

#include "storage/repositories/ContactRepository.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace kasboek::cli {

Result<domain::Contact> ContactReference::resolve(storage::Database& database, const QString& reference)
{
    const QString text = reference.trimmed();
    storage::ContactRepository contacts(database);
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    Result<domain::Contact> found = isNumber && id > 0 ? contacts.find(id)
        : QUuid::fromString(text).isNull()             ? fail(ErrorCode::NotFound, {})
                                                       : contacts.findByUid(QUuid::fromString(text));
    if (!found && found.error().code == ErrorCode::NotFound)
        return fail(
            ErrorCode::NotFound,
            tr("No contact has the id or uid \"%1\" (see 'kasboek-cli contacts list').").arg(text.left(64)),
            u"contact"_s);
    return found;
}

} // namespace kasboek::cli
