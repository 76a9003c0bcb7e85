#include "render/pdf/PageFlow.h"

#include <QTest>

using kasboek::render::FlowBlock;
using kasboek::render::PageFlow;

namespace {

// Pages run from 0 (first page from 10, the others from 20) to 100.
const PageFlow kFlow(10, 20, 100);

FlowBlock block(qreal height, FlowBlock::Kind kind = FlowBlock::Kind::Normal, qreal spaceBefore = 0)
{
    FlowBlock result;
    result.kind = kind;
    result.height = height;
    result.spaceBefore = spaceBefore;
    return result;
}

FlowBlock row(qreal height)
{
    return block(height, FlowBlock::Kind::TableRow);
}

FlowBlock header()
{
    return block(5);
}

// The block indices of a page, TableHeader included.
QList<int> indices(const PageFlow::Page& page)
{
    QList<int> result;
    for (const PageFlow::Placement& placement : page)
        result.append(placement.block);
    return result;
}

} // namespace

class TestPageFlow final : public QObject
{
    Q_OBJECT

private slots:
    void everythingOnOnePage();
    void tableHeaderRepeatsOnEveryPageWithRows();
    void spaceBeforeIsDroppedAtTheTopOfAPage();
    void totalsTakeTheLastRowsAlong();
    void totalsDoNotEmptyAPageOfRows();
    void tallRowIsCutBetweenLines();
    void shortBlockMovesWhole();
};

void TestPageFlow::everythingOnOnePage()
{
    const QList<FlowBlock> blocks { block(20), row(10), row(10), block(20, FlowBlock::Kind::Totals, 5) };
    const auto pages = kFlow.paginate(blocks, header());
    QCOMPARE(pages.size(), 1);
    QCOMPARE(indices(pages.at(0)), (QList<int> { 0, PageFlow::TableHeader, 1, 2, 3 }));
    QCOMPARE(pages.at(0).at(0).y, 10.0);
    QCOMPARE(pages.at(0).at(1).y, 30.0); // header right after the first block
    QCOMPARE(pages.at(0).at(2).y, 35.0);
    QCOMPARE(pages.at(0).at(4).y, 60.0); // 55 + the totals' space before
}

void TestPageFlow::tableHeaderRepeatsOnEveryPageWithRows()
{
    QList<FlowBlock> blocks { block(20) };
    for (int i = 0; i < 20; ++i)
        blocks.append(row(10));
    const auto pages = kFlow.paginate(blocks, header());
    // Page 1: 10 + 20 + 5 = 35, room for 6 rows (95). Pages 2+: 20 + 5, room for 7 rows (95).
    QCOMPARE(pages.size(), 3);
    int rows = 0;
    for (const PageFlow::Page& page : pages) {
        const QList<int> onPage = indices(page);
        QCOMPARE(onPage.count(PageFlow::TableHeader), 1);
        const qsizetype headerAt = onPage.indexOf(PageFlow::TableHeader);
        QVERIFY(headerAt + 1 < onPage.size());
        QVERIFY(onPage.at(headerAt + 1) > 0); // a row follows the header at once
        rows += int(onPage.size()) - 1 - (onPage.contains(0) ? 1 : 0);
        for (const PageFlow::Placement& placement : page)
            QVERIFY(placement.y + placement.to - placement.from <= 100);
    }
    QCOMPARE(rows, 20);
    QCOMPARE(indices(pages.at(1)).at(0), PageFlow::TableHeader);
    QCOMPARE(pages.at(1).at(0).y, 20.0);
    QCOMPARE(pages.at(1).size(), 1 + 7);
}

void TestPageFlow::spaceBeforeIsDroppedAtTheTopOfAPage()
{
    const QList<FlowBlock> blocks { block(80), block(30, FlowBlock::Kind::Normal, 15) };
    const auto pages = kFlow.paginate(blocks, header());
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pages.at(1).at(0).y, 20.0);
}

void TestPageFlow::totalsTakeTheLastRowsAlong()
{
    // Page 1 holds the header and rows 1-8 (10 + 5 + 8 × 10 = 95); the totals (20) do not fit.
    QList<FlowBlock> blocks;
    for (int i = 0; i < 8; ++i)
        blocks.append(row(10));
    blocks.append(block(20, FlowBlock::Kind::Totals));
    const auto pages = kFlow.paginate(blocks, header());
    QCOMPARE(pages.size(), 2);
    QCOMPARE(indices(pages.at(0)), (QList<int> { PageFlow::TableHeader, 0, 1, 2, 3, 4, 5 }));
    QCOMPARE(indices(pages.at(1)), (QList<int> { PageFlow::TableHeader, 6, 7, 8 }));
    QCOMPARE(pages.at(1).at(3).y, 20.0 + 5 + 20);
}

void TestPageFlow::totalsDoNotEmptyAPageOfRows()
{
    // Only two rows on the page: moving both would leave it empty, so the totals go alone.
    QList<FlowBlock> blocks { block(65), row(10), row(10), block(20, FlowBlock::Kind::Totals) };
    const auto pages = kFlow.paginate(blocks, header());
    QCOMPARE(pages.size(), 2);
    QCOMPARE(indices(pages.at(0)), (QList<int> { 0, PageFlow::TableHeader, 1, 2 }));
    QCOMPARE(indices(pages.at(1)), (QList<int> { 3 }));
}

void TestPageFlow::tallRowIsCutBetweenLines()
{
    FlowBlock tall = row(150);
    for (int line = 10; line < 150; line += 10)
        tall.breakPoints.append(line);
    const QList<FlowBlock> blocks { block(40), tall };
    const auto pages = kFlow.paginate(blocks, header());
    QCOMPARE(pages.size(), 3);
    // Page 1: 10 + 40 + 5 = 55, room for 45: cut at 40.
    QCOMPARE(pages.at(0).last().from, 0.0);
    QCOMPARE(pages.at(0).last().to, 40.0);
    // Page 2: header at 20, rows from 25, room for 75: cut at 110.
    QCOMPARE(indices(pages.at(1)), (QList<int> { PageFlow::TableHeader, 1 }));
    QCOMPARE(pages.at(1).last().from, 40.0);
    QCOMPARE(pages.at(1).last().to, 110.0);
    QCOMPARE(pages.at(2).last().from, 110.0);
    QCOMPARE(pages.at(2).last().to, 150.0);
}

void TestPageFlow::shortBlockMovesWhole()
{
    FlowBlock paragraph = block(15);
    paragraph.breakPoints = { 5, 10 };
    const QList<FlowBlock> blocks { block(80), paragraph };
    const auto pages = kFlow.paginate(blocks, header());
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pages.at(1).at(0).from, 0.0);
    QCOMPARE(pages.at(1).at(0).to, 15.0);
}

QTEST_GUILESS_MAIN(TestPageFlow)
#include "TestPageFlow.moc"
