#include "ResultOutput.h"

#include "CliContext.h"
#include "ExitCode.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kasboek::cli {

int ResultOutput::print(CliContext& context, const QString& format, const QJsonObject& json,
                        const QString& text)
{
    QTextStream& out = context.out();
    if (format.toLower() == u"json")
        out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    else
        out << text;
    out.flush();
    return static_cast<int>(ExitCode::Success);
}

} // namespace kasboek::cli
