#pragma once

#include <QStringList>

namespace kasboek::server::config {
struct ServerConfig;
}

namespace kasboek::server {

// The commands of kasboek-syncd (see `kasboek-syncd --help` and docs/operations.md).
// Each returns the process exit code: 0 done, 1 failed, 2 wrong usage.
class Commands final
{
public:
    static int serve(const config::ServerConfig& config);
    // Configuration, TLS files and the database connection; prints a summary without secrets.
    static int checkConfig(const config::ServerConfig& config, const QString& configPath);
    static int migrate(const config::ServerConfig& config);
    // notice add --title T --body B [--severity info|warning|critical] [--link URL] | notice list
    static int notice(const config::ServerConfig& config, const QStringList& arguments);
    static QString usage();
};

} // namespace kasboek::server
