#include "CamtSubtree.h"

using namespace Qt::StringLiterals;

namespace kasboek::exchange::bank {

CamtSubtree::CamtSubtree(QString rootPath)
    : m_rootPath(std::move(rootPath))
{ }

QList<qsizetype> CamtSubtree::children(qsizetype parent, QStringView name) const
{
    QList<qsizetype> result;
    for (qsizetype child = m_nodes.at(parent).firstChild; child >= 0; child = m_nodes.at(child).nextSibling) {
        const CamtNode& node = m_nodes.at(child);
        if (!node.foreign && node.name == name)
            result.append(child);
    }
    return result;
}

Result<qsizetype> CamtSubtree::optional(qsizetype parent, QStringView name) const
{
    qsizetype found = -1;
    for (qsizetype child = m_nodes.at(parent).firstChild; child >= 0; child = m_nodes.at(child).nextSibling) {
        const CamtNode& node = m_nodes.at(child);
        if (node.foreign || node.name != name)
            continue;
        if (found >= 0)
            return fail(child, tr("The element on line %1 (%2) may appear only once here."));
        found = child;
    }
    return found;
}

Result<qsizetype> CamtSubtree::required(qsizetype parent, QStringView name) const
{
    const auto found = optional(parent, name);
    if (!found)
        return found;
    if (*found < 0)
        return failMissing(parent, name,
                           tr("The element that starts on line %1 lacks %2, which it must have."));
    return found;
}

Result<qsizetype> CamtSubtree::optionalPath(qsizetype from, QStringView relativePath) const
{
    qsizetype at = from;
    for (const QStringView step : relativePath.split(u'/')) {
        const auto next = optional(at, step);
        if (!next || *next < 0)
            return next;
        at = *next;
    }
    return at;
}

QString CamtSubtree::path(qsizetype index) const
{
    QStringList steps;
    for (qsizetype at = index; at > root(); at = m_nodes.at(at).parent)
        steps.prepend(m_nodes.at(at).name);
    steps.prepend(m_rootPath);
    return steps.join(u'/');
}

QString CamtSubtree::childPath(qsizetype parent, QStringView name) const
{
    return path(parent) + u'/' + name.toString();
}

std::unexpected<Error> CamtSubtree::failAt(qint64 line, QString field, QString message)
{
    return kasboek::fail(ErrorCode::Validation, std::move(message), std::move(field),
                         u"line "_s + QString::number(line));
}

qsizetype CamtSubtree::append(qsizetype parent, CamtNode node)
{
    const qsizetype index = m_nodes.size();
    node.parent = parent;
    m_nodes.append(std::move(node));
    if (parent >= 0) {
        CamtNode& up = m_nodes[parent];
        if (up.lastChild >= 0)
            m_nodes[up.lastChild].nextSibling = index;
        else
            up.firstChild = index;
        up.lastChild = index;
    }
    return index;
}

} // namespace kasboek::exchange::bank
