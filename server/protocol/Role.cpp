#include "Role.h"

namespace kasboek::server::protocol {

QString roleName(Role role)
{
    switch (role) {
    case Role::Owner:
        return QStringLiteral("owner");
    case Role::Editor:
        return QStringLiteral("editor");
    case Role::Accountant:
        return QStringLiteral("accountant");
    }
    return QStringLiteral("accountant");
}

std::optional<Role> parseRole(QStringView name)
{
    if (name == u"owner")
        return Role::Owner;
    if (name == u"editor")
        return Role::Editor;
    if (name == u"accountant")
        return Role::Accountant;
    return std::nullopt;
}

} // namespace kasboek::server::protocol
