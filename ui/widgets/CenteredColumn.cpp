#include "widgets/CenteredColumn.h"

#include <QHBoxLayout>
#include <QVBoxLayout>

namespace kasboek::ui {

CenteredColumn::CenteredColumn(int maximumWidth, QWidget* parent)
    : QWidget(parent)
{
    auto* content = new QWidget(this);
    content->setMaximumWidth(maximumWidth);
    content->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_column = new QVBoxLayout(content);
    m_column->setContentsMargins(0, 0, 0, 0);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(content, 100);
    row->addStretch(1);

    auto* outer = new QVBoxLayout(this);
    // Generous outer margins: these pages are calm, mostly empty screens.
    outer->setContentsMargins(24, 24, 24, 24);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
}

} // namespace kasboek::ui
