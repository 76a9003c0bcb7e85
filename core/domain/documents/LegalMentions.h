#pragma once

#include "Document.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace kasboek::domain {

// The legal wording an invoice must carry when it charges no VAT, or another party's VAT,
// in the document's language (nl, fr, en, de) — not the user's: a French-speaking customer
// gets French mentions from a Dutch-speaking freelancer. Sources: VAT Directive 2006/112/EC
// art. 226(11)-(12) and the Belgian and Dutch rules summarised in docs/invoicing.md.
//
// Which mention applies follows from the VAT category and where seller and buyer are:
//   AE, buyer in the seller's country   domestic reverse charge (BE co-contractor, NL "btw verlegd")
//   AE, buyer elsewhere in the EU        reverse charge on an EU B2B service (art. 196)
//   K                                    exempt intra-Community supply (art. 138)
//   G                                    exempt export outside the EU (art. 146)
//   E                                    the small-enterprise scheme of the seller's country
//                                        (BE franchise regime, NL KOR), unless a reason is given
//   O                                    outside the scope of VAT
// The same text is the UBL exemption reason (BT-120), with its VATEX code (BT-121).
class LegalMentions final
{
    Q_DECLARE_TR_FUNCTIONS(LegalMentions)
public:
    LegalMentions() = delete;

    // The exemption (code and text) a category gets on this document when the user gave
    // none. Empty for categories that need none (S, Z, L, M).
    [[nodiscard]] static DocumentVatExemption defaultExemption(VatCategory category,
                                                               const Document& document);

    // Adds the default exemption of every category on the document (lines and charges) that
    // has none yet, and drops exemptions of categories no longer on it. Drafts call it before
    // issue; an exemption the user wrote stays as it is.
    static void completeExemptions(Document& document);

    // Every mention to print, in the document's language: the exemption texts of the categories
    // present, and for a credit note the VAT correction statement Belgian law asks for.
    [[nodiscard]] static QStringList lines(const Document& document);

    // The languages documents can be written in.
    [[nodiscard]] static QStringList languages();
};

} // namespace kasboek::domain
