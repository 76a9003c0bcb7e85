#pragma once

#include "Error.h"
#include "ServerConfig.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace kasboek::server::config {

// Builds the ServerConfig from the configuration file and then the environment
// (KASBOEK_SYNCD_<TABLE>_<KEY>, e.g. KASBOEK_SYNCD_DATABASE_PASSWORD), which wins.
// Unknown keys are errors, so a typo cannot silently fall back to a default.
class ConfigLoader final
{
    Q_DECLARE_TR_FUNCTIONS(ConfigLoader)
public:
    explicit ConfigLoader(QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    // path may be empty: defaults and environment only.
    [[nodiscard]] Result<ServerConfig> load(const QString& path) const;
    [[nodiscard]] Result<ServerConfig> loadText(QByteArrayView text) const;

    // Checks that go beyond syntax: plain HTTP only on loopback, limits that fit
    // together, the transparency fields /v1/info publishes.
    [[nodiscard]] static Result<void> validate(const ServerConfig& config);

private:
    QProcessEnvironment m_environment;
};

} // namespace kasboek::server::config
