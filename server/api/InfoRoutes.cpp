#include "Routes.h"
#include "server/config/ServerConfig.h"

#include <QJsonArray>

namespace kasboek::server::api {

void addInfoRoutes(Router& router, Services& services)
{
    // Transparency for users and their accountants: who runs this server, where the
    // data lives, under which agreement, and who else processes it.
    router.add(Method::Get, QStringLiteral("/v1/info"), Auth::None, Body::None,
               [&config = services.config](const RouteCall&) -> protocol::ApiResult<ApiResponse> {
                   QJsonArray subProcessors;
                   for (const config::SubProcessor& sub : config.subProcessors) {
                       subProcessors.append(QJsonObject { { QStringLiteral("name"), sub.name },
                                                          { QStringLiteral("purpose"), sub.purpose },
                                                          { QStringLiteral("country"), sub.country } });
                   }
                   QJsonObject info {
                       { QStringLiteral("server"), QStringLiteral("kasboek-syncd") },
                       { QStringLiteral("version"), QStringLiteral(KASBOEK_VERSION) },
                       { QStringLiteral("apiVersions"), QJsonArray { QStringLiteral("v1") } },
                       { QStringLiteral("operator"), config.operatorName },
                       { QStringLiteral("dataRegion"), config.dataRegion },
                       { QStringLiteral("dpaVersion"), config.dpaVersion },
                       { QStringLiteral("subProcessors"), subProcessors },
                       { QStringLiteral("limits"),
                         QJsonObject { { QStringLiteral("maxRequestBytes"), config.maxRequestBytes },
                                       { QStringLiteral("maxBatchBytes"), config.maxBatchBytes },
                                       { QStringLiteral("maxBatchesPerPush"), config.maxBatchesPerPush },
                                       { QStringLiteral("maxSnapshotBytes"), config.maxSnapshotBytes },
                                       { QStringLiteral("maxBlobBytes"), config.maxBlobBytes },
                                       { QStringLiteral("maxPullPage"), config.maxPullPage } } },
                   };
                   if (!config.contact.isEmpty())
                       info.insert(QStringLiteral("contact"), config.contact);
                   return ApiResponse::json(200, info);
               });
}

} // namespace kasboek::server::api
