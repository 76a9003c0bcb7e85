#pragma once

#include "server/accounts/AccountService.h"
#include "server/accounts/DeviceService.h"
#include "server/accounts/LoginRateLimiter.h"
#include "server/accounts/ServerSecrets.h"
#include "server/accounts/SessionService.h"
#include "server/accounts/TwoFactorService.h"
#include "server/books/BlobService.h"
#include "server/books/BookService.h"
#include "server/books/ChangeLogService.h"
#include "server/books/InvitationService.h"
#include "server/privacy/AccountDeletion.h"
#include "server/privacy/AccountExport.h"
#include "server/privacy/NoticeService.h"
#include "server/privacy/SecurityLog.h"

namespace kasboek::server::api {

// The services of one listener thread, all over that thread's database connection,
// wired once in dependency order. The route tables borrow them.
struct Services
{
    // queue and context: see ChangeLogService.
    Services(storage::Connection& connection, const config::ServerConfig& config,
             accounts::ServerSecrets secrets, storage::WriteQueue* queue, QObject* context);
    Services(const Services&) = delete;
    Services& operator=(const Services&) = delete;

    const config::ServerConfig& config;
    privacy::SecurityLog securityLog;
    accounts::SessionService sessions;
    accounts::LoginRateLimiter limiter;
    accounts::DeviceService devices;
    accounts::TwoFactorService twoFactor;
    accounts::AccountService accounts;
    books::BookService books;
    books::InvitationService invitations;
    books::ChangeLogService changes;
    books::BlobService blobs;
    privacy::AccountDeletion deletion;
    privacy::AccountExport exporter;
    privacy::NoticeService notices;
};

} // namespace kasboek::server::api
