#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace kasboek::server::api {

enum class Method { Get, Post, Put, Delete, Other };

// One request as the API sees it, whatever carried it: the method, the path as
// percent-decoded segments ("/v1/books/x" -> {"v1", "books", "x"}), the query, the
// body and the few headers the API reads.
struct ApiRequest
{
    Method method = Method::Other;
    QStringList segments;
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;
    QByteArray authorization;
    QString remoteAddress;
};

} // namespace kasboek::server::api
