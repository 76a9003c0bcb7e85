#pragma once

#include <QString>
#include <optional>

namespace kasboek::server::protocol {

// A member's role in a book. The server enforces what each may do; it cannot see
// what they do inside the encrypted batches.
enum class Role {
    Owner, // everything, including membership and deleting the book
    Editor, // reads and pushes changes, snapshots and attachments
    Accountant, // reads only
};

[[nodiscard]] QString roleName(Role role);
[[nodiscard]] std::optional<Role> parseRole(QStringView name);
[[nodiscard]] inline bool canWrite(Role role)
{
    return role == Role::Owner || role == Role::Editor;
}
[[nodiscard]] inline bool canManage(Role role)
{
    return role == Role::Owner;
}

} // namespace kasboek::server::protocol
