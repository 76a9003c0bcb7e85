#include "UblReaderHeader.h"

#include "UblNamespaces.h"
#include "UblParseParty.h"
#include "UblParseValues.h"
#include "domain/Bic.h"
#include "domain/CreditorReference.h"
#include "domain/Iban.h"
#include "domain/StructuredCommunication.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kasboek::exchange::ubl {

namespace {

using Ns = UblParseTree::Ns;

const QStringList& invoiceTypeCodes()
{
    static const QStringList codes { u"71"_s,  u"80"_s,  u"82"_s,  u"84"_s,  u"102"_s, u"218"_s,
                                     u"219"_s, u"331"_s, u"380"_s, u"382"_s, u"383"_s, u"386"_s,
                                     u"388"_s, u"393"_s, u"395"_s, u"553"_s, u"575"_s, u"623"_s,
                                     u"780"_s, u"817"_s, u"870"_s, u"875"_s, u"876"_s, u"877"_s };
    return codes;
}

const QStringList& creditNoteTypeCodes()
{
    static const QStringList codes { u"381"_s, u"396"_s, u"81"_s, u"83"_s, u"532"_s };
    return codes;
}

// Everything the reader collects before it checks the amounts.
} // namespace

Result<void> UblReaderHeader::checkRoot(UblReaderState& r)
{
    const UblParseTree& tree = r.tree;
    const UblParseNode& root = tree.node(UblParseTree::root());
    const bool isInvoice = root.name == u"Invoice";
    const bool isCreditNote = root.name == u"CreditNote";
    if (!isInvoice && !isCreditNote)
        return tree.fail(
            UblParseTree::root(),
            UblReaderHeader::tr("This is not a UBL invoice or credit note: its root element is \"%1\".")
                .arg(root.name.left(100)),
            {});
    const QString expected = isInvoice ? UblNamespaces::invoice() : UblNamespaces::creditNote();
    if (root.namespaceUri != expected)
        return tree.fail(UblParseTree::root(),
                         UblReaderHeader::tr("The %1 element is not in the UBL 2.1 namespace (%2).")
                             .arg(root.name, expected),
                         {}, UblReaderHeader::tr("namespace \"%1\"").arg(root.namespaceUri.left(200)));
    r.creditNote = isCreditNote;

    // Elements of the other document kind: a sign of a hand-made or mangled file.
    const QStringList foreign = isCreditNote
        ? QStringList { u"InvoiceLine"_s, u"InvoiceTypeCode"_s, u"DueDate"_s }
        : QStringList { u"CreditNoteLine"_s, u"CreditNoteTypeCode"_s };
    for (const qsizetype child : root.children) {
        const UblParseNode& node = tree.node(child);
        if ((node.namespaceUri == UblNamespaces::cac() || node.namespaceUri == UblNamespaces::cbc())
            && foreign.contains(node.name))
            return tree.fail(child,
                             UblReaderHeader::tr("A %1 must not contain %2.").arg(root.name, node.name), {});
    }
    return {};
}

Result<void> UblReaderHeader::readHeader(UblReaderState& r)
{
    const UblParseTree& tree = r.tree;
    const qsizetype root = UblParseTree::root();
    domain::Document& doc = r.document;
    doc.type
        = r.creditNote ? domain::DocumentType::PurchaseCreditNote : domain::DocumentType::PurchaseInvoice;
    doc.status = domain::DocumentStatus::Draft;

    const auto customization = tree.required(root, Ns::Cbc, u"CustomizationID", u"BT-24");
    if (!customization)
        return std::unexpected(customization.error());
    const auto customizationId = UblParseValues::text(tree, *customization, u"BT-24");
    if (!customizationId)
        return std::unexpected(customizationId.error());
    if (*customizationId != UblNamespaces::peppolCustomizationId()) {
        if (!customizationId->startsWith(u"urn:cen.eu:en16931:2017"_s))
            return tree.fail(
                *customization,
                UblReaderHeader::tr("This is not an EN 16931 (European e-invoicing) document."), u"BT-24",
                UblReaderHeader::tr("specification identifier \"%1\"").arg(customizationId->left(200)));
        r.warnings.append(
            UblReaderHeader::tr("The file follows \"%1\" rather than Peppol BIS Billing 3.0; it was read "
                                "by the EN 16931 rules.")
                .arg(customizationId->left(200)));
    }

    const auto idNode = tree.required(root, Ns::Cbc, u"ID", u"BT-1");
    if (!idNode)
        return std::unexpected(idNode.error());
    const auto number = UblParseValues::text(tree, *idNode, u"BT-1", true, 200);
    if (!number)
        return std::unexpected(number.error());
    doc.number = *number;

    const auto issueNode = tree.required(root, Ns::Cbc, u"IssueDate", u"BT-2");
    if (!issueNode)
        return std::unexpected(issueNode.error());
    const auto issueDate = UblParseValues::date(tree, *issueNode, u"BT-2");
    if (!issueDate)
        return std::unexpected(issueDate.error());
    doc.issueDate = *issueDate;

    const QStringView typeName = r.creditNote ? u"CreditNoteTypeCode" : u"InvoiceTypeCode";
    const auto typeNode = tree.required(root, Ns::Cbc, typeName, u"BT-3");
    if (!typeNode)
        return std::unexpected(typeNode.error());
    const QString typeCode = tree.node(*typeNode).text.trimmed();
    const QStringList& allowed = r.creditNote ? creditNoteTypeCodes() : invoiceTypeCodes();
    if (!allowed.contains(typeCode))
        return tree.fail(*typeNode,
                         UblReaderHeader::tr("\"%1\" is not a document type code Peppol allows here.")
                             .arg(typeCode.left(20)),
                         u"BT-3");
    if (typeCode != u"380" && typeCode != u"381")
        r.warnings.append(
            UblReaderHeader::tr("The document type code is %1; it is imported as a plain %2.")
                .arg(typeCode,
                     r.creditNote ? UblReaderHeader::tr("credit note") : UblReaderHeader::tr("invoice")));

    const auto currencyNode = tree.required(root, Ns::Cbc, u"DocumentCurrencyCode", u"BT-5");
    if (!currencyNode)
        return std::unexpected(currencyNode.error());
    const auto currency = UblParseValues::currency(tree, *currencyNode, u"BT-5");
    if (!currency)
        return std::unexpected(currency.error());
    doc.currency = *currency;

    QStringList notes;
    for (const qsizetype note : tree.children(root, Ns::Cbc, u"Note")) {
        const auto text = UblParseValues::text(tree, note, u"BT-22", false, r.limits.maxTextLength);
        if (!text)
            return std::unexpected(text.error());
        if (!text->isEmpty())
            notes.append(*text);
    }
    doc.notes = notes.join(u'\n');

    const auto buyerReference = tree.optionalText(root, Ns::Cbc, u"BuyerReference", u"BT-10");
    if (!buyerReference)
        return std::unexpected(buyerReference.error());
    doc.buyerReference = buyerReference->left(200);

    const auto order = tree.optional(root, Ns::Cac, u"OrderReference", u"BT-13");
    if (!order)
        return std::unexpected(order.error());
    if (*order) {
        const auto orderId = tree.optionalText(**order, Ns::Cbc, u"ID", u"BT-13");
        if (!orderId)
            return std::unexpected(orderId.error());
        doc.orderReference = orderId->left(200);
    }

    const QList<qsizetype> billing = tree.children(root, Ns::Cac, u"BillingReference");
    if (billing.size() > 1)
        r.warnings.append(
            UblReaderHeader::tr("The file refers to several earlier invoices; only the first is kept."));
    if (!billing.isEmpty()) {
        const auto invoiceReference
            = tree.optional(billing.first(), Ns::Cac, u"InvoiceDocumentReference", u"BT-25");
        if (!invoiceReference)
            return std::unexpected(invoiceReference.error());
        if (*invoiceReference) {
            const auto referenceId = tree.required(**invoiceReference, Ns::Cbc, u"ID", u"BT-25");
            if (!referenceId)
                return std::unexpected(referenceId.error());
            const auto referenceNumber = UblParseValues::text(tree, *referenceId, u"BT-25", true, 200);
            if (!referenceNumber)
                return std::unexpected(referenceNumber.error());
            doc.correctedDocumentNumber = *referenceNumber;
            const auto referenceDate = tree.optional(**invoiceReference, Ns::Cbc, u"IssueDate", u"BT-26");
            if (!referenceDate)
                return std::unexpected(referenceDate.error());
            if (*referenceDate) {
                const auto date = UblParseValues::date(tree, **referenceDate, u"BT-26");
                if (!date)
                    return std::unexpected(date.error());
                doc.correctedDocumentDate = *date;
            }
        }
    }

    const auto delivery = tree.children(root, Ns::Cac, u"Delivery");
    if (!delivery.isEmpty()) {
        const auto actual = tree.optional(delivery.first(), Ns::Cbc, u"ActualDeliveryDate", u"BT-72");
        if (!actual)
            return std::unexpected(actual.error());
        if (*actual) {
            const auto date = UblParseValues::date(tree, **actual, u"BT-72");
            if (!date)
                return std::unexpected(date.error());
            doc.deliveryDate = *date;
        }
    }

    const auto terms = tree.children(root, Ns::Cac, u"PaymentTerms");
    if (!terms.isEmpty()) {
        const auto note = tree.optionalText(terms.first(), Ns::Cbc, u"Note", u"BT-20");
        if (!note)
            return std::unexpected(note.error());
        doc.paymentTerms = note->left(1000);
    }
    return {};
}

Result<void> UblReaderHeader::readParties(UblReaderState& r)
{
    const UblParseTree& tree = r.tree;
    const qsizetype root = UblParseTree::root();
    const struct
    {
        QStringView element;
        QStringView term;
        UblParseParty::Role role;
        domain::DocumentParty* target;
    } parties[] = {
        { u"AccountingSupplierParty", u"BG-4", UblParseParty::Role::Seller, &r.document.seller },
        { u"AccountingCustomerParty", u"BG-7", UblParseParty::Role::Buyer, &r.document.buyer },
    };
    for (const auto& item : parties) {
        const auto outer = tree.required(root, Ns::Cac, item.element, item.term);
        if (!outer)
            return std::unexpected(outer.error());
        const auto party = tree.required(*outer, Ns::Cac, u"Party", item.term);
        if (!party)
            return std::unexpected(party.error());
        const auto parsed = UblParseParty::parse(tree, *party, item.role, r.warnings);
        if (!parsed)
            return std::unexpected(parsed.error());
        *item.target = *parsed;
    }
    return {};
}

Result<void> UblReaderHeader::readPayment(UblReaderState& r)
{
    const UblParseTree& tree = r.tree;
    domain::Document& doc = r.document;
    const qsizetype root = UblParseTree::root();

    std::optional<qsizetype> dueNode;
    if (!r.creditNote) {
        const auto due = tree.optional(root, Ns::Cbc, u"DueDate", u"BT-9");
        if (!due)
            return std::unexpected(due.error());
        dueNode = *due;
    }
    const QList<qsizetype> means = tree.children(root, Ns::Cac, u"PaymentMeans");
    if (means.size() > 1)
        r.warnings.append(
            UblReaderHeader::tr("The file offers several ways to pay; only the first is kept."));
    if (!means.isEmpty()) {
        const qsizetype first = means.first();
        if (!dueNode) {
            const auto due = tree.optional(first, Ns::Cbc, u"PaymentDueDate", u"BT-9");
            if (!due)
                return std::unexpected(due.error());
            dueNode = *due;
        }
        const auto paymentId = tree.optionalText(first, Ns::Cbc, u"PaymentID", u"BT-83");
        if (!paymentId)
            return std::unexpected(paymentId.error());
        if (!paymentId->isEmpty()) {
            if (const auto ogm = domain::StructuredCommunication::parse(*paymentId)) {
                doc.paymentReferenceKind = domain::PaymentReferenceKind::Structured;
                doc.paymentReference = ogm->digits();
            } else if (const auto rf = domain::CreditorReference::parse(*paymentId)) {
                doc.paymentReferenceKind = domain::PaymentReferenceKind::Creditor;
                doc.paymentReference = rf->toString();
            } else {
                doc.paymentReferenceKind = domain::PaymentReferenceKind::Plain;
                doc.paymentReference = paymentId->left(140);
            }
        }
        const auto account = tree.optional(first, Ns::Cac, u"PayeeFinancialAccount", u"BT-84");
        if (!account)
            return std::unexpected(account.error());
        if (*account) {
            const auto iban = tree.optionalText(**account, Ns::Cbc, u"ID", u"BT-84");
            if (!iban)
                return std::unexpected(iban.error());
            if (const auto parsed = domain::Iban::parse(*iban))
                doc.seller.iban = parsed->toString();
            else if (!iban->isEmpty())
                r.warnings.append(
                    UblReaderHeader::tr("The supplier's account number is not a valid IBAN and was left "
                                        "out."));
            const auto branch = tree.optional(**account, Ns::Cac, u"FinancialInstitutionBranch", u"BT-86");
            if (!branch)
                return std::unexpected(branch.error());
            if (*branch) {
                const auto bic = tree.optionalText(**branch, Ns::Cbc, u"ID", u"BT-86");
                if (!bic)
                    return std::unexpected(bic.error());
                if (const auto parsed = domain::Bic::parse(*bic))
                    doc.seller.bic = parsed->toString();
                else if (!bic->isEmpty())
                    r.warnings.append(
                        UblReaderHeader::tr("The supplier's BIC is not valid and was left out."));
            }
        }
    }
    if (dueNode) {
        const auto due = UblParseValues::date(tree, *dueNode, u"BT-9");
        if (!due)
            return std::unexpected(due.error());
        doc.dueDate = *due;
        doc.paymentTermsDays = static_cast<int>(std::clamp<qint64>(doc.issueDate.daysTo(*due), 0, 3650));
    }
    return {};
}

} // namespace kasboek::exchange::ubl
