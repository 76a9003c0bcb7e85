#include "LegalMentions.h"

#include <algorithm>

namespace kasboek::domain {

namespace {

// One text in the four document languages.
struct Wording
{
    const char16_t* nl;
    const char16_t* fr;
    const char16_t* en;
    const char16_t* de;

    [[nodiscard]] QString in(const QString& language) const
    {
        if (language == u"fr")
            return QString::fromUtf16(fr);
        if (language == u"en")
            return QString::fromUtf16(en);
        if (language == u"de")
            return QString::fromUtf16(de);
        return QString::fromUtf16(nl);
    }
};

constexpr Wording domesticReverseChargeBelgium {
    u"Verlegging van heffing: btw te voldoen door de medecontractant (art. 20 KB nr. 1).",
    u"Autoliquidation : TVA due par le cocontractant (art. 20 AR n° 1).",
    u"Reverse charge: VAT to be accounted for by the customer (art. 20 Royal Decree no. 1).",
    u"Steuerschuldnerschaft des Leistungsempfängers (Art. 20 KE Nr. 1).",
};

constexpr Wording domesticReverseChargeNetherlands {
    u"Btw verlegd.",
    u"Autoliquidation de la TVA (TVA due par le preneur).",
    u"VAT reverse-charged to the customer.",
    u"Steuerschuldnerschaft des Leistungsempfängers.",
};

constexpr Wording euReverseCharge {
    u"Verlegging van heffing: btw te voldoen door de afnemer (art. 196 Richtlijn 2006/112/EG).",
    u"Autoliquidation : TVA due par le preneur (art. 196 de la directive 2006/112/CE).",
    u"Reverse charge: VAT to be accounted for by the customer (Article 196 of Directive 2006/112/EC).",
    u"Steuerschuldnerschaft des Leistungsempfängers (Art. 196 der Richtlinie 2006/112/EG).",
};

constexpr Wording intraCommunitySupply {
    u"Vrijgestelde intracommunautaire levering (art. 138 Richtlijn 2006/112/EG).",
    u"Livraison intracommunautaire exonérée (art. 138 de la directive 2006/112/CE).",
    u"Exempt intra-Community supply (Article 138 of Directive 2006/112/EC).",
    u"Steuerfreie innergemeinschaftliche Lieferung (Art. 138 der Richtlinie 2006/112/EG).",
};

constexpr Wording exportOutsideEu {
    u"Vrijgestelde uitvoer buiten de EU (art. 146 Richtlijn 2006/112/EG).",
    u"Exportation hors UE exonérée (art. 146 de la directive 2006/112/CE).",
    u"Exempt export outside the EU (Article 146 of Directive 2006/112/EC).",
    u"Steuerfreie Ausfuhrlieferung außerhalb der EU (Art. 146 der Richtlinie 2006/112/EG).",
};

constexpr Wording belgianFranchise {
    u"Bijzondere vrijstellingsregeling kleine ondernemingen.",
    u"Régime particulier de franchise des petites entreprises.",
    u"Special exemption scheme for small enterprises (Belgian VAT franchise regime).",
    u"Sonderregelung für Kleinunternehmen (belgische Mehrwertsteuerbefreiung).",
};

constexpr Wording dutchSmallBusinessScheme {
    u"Vrijgesteld van omzetbelasting op grond van de kleineondernemersregeling (KOR).",
    u"Exonéré de TVA au titre du régime néerlandais des petites entreprises (KOR).",
    u"Exempt from VAT under the Dutch small business scheme (KOR).",
    u"Von der Umsatzsteuer befreit nach der niederländischen Kleinunternehmerregelung (KOR).",
};

constexpr Wording genericExemption {
    u"Vrijgesteld van btw.",
    u"Exonéré de TVA.",
    u"Exempt from VAT.",
    u"Von der Mehrwertsteuer befreit.",
};

constexpr Wording notSubject {
    u"Niet onderworpen aan btw.",
    u"Non soumis à la TVA.",
    u"Not subject to VAT.",
    u"Nicht der Mehrwertsteuer unterliegend.",
};

// Belgian credit notes must state that deducted VAT is to be repaid (art. 5 §1, 10° RD no. 1).
constexpr Wording creditNoteVatCorrection {
    u"Btw terug te storten aan de Staat in de mate waarin ze oorspronkelijk in aftrek werd gebracht.",
    u"TVA à reverser à l'État dans la mesure où elle a été initialement déduite.",
    u"VAT to be repaid to the State insofar as it was originally deducted.",
    u"Die Mehrwertsteuer ist an den Staat zurückzuzahlen, soweit sie ursprünglich abgezogen wurde.",
};

QList<VatCategory> categoriesOn(const Document& document)
{
    QList<VatCategory> categories;
    for (const DocumentLine& line : document.lines) {
        if (!categories.contains(line.vatCategory))
            categories.append(line.vatCategory);
    }
    for (const DocumentCharge& charge : document.charges) {
        if (!categories.contains(charge.vatCategory))
            categories.append(charge.vatCategory);
    }
    std::sort(categories.begin(), categories.end());
    return categories;
}

} // namespace

DocumentVatExemption LegalMentions::defaultExemption(VatCategory category, const Document& document)
{
    const QString& language = document.language;
    const QString seller = document.seller.country;
    const QString buyer = document.buyer.country;
    switch (category) {
    case VatCategory::ReverseCharge: {
        const bool domestic = !buyer.isEmpty() && buyer == seller;
        const Wording& wording = !domestic ? euReverseCharge
            : seller == u"NL"              ? domesticReverseChargeNetherlands
                                           : domesticReverseChargeBelgium;
        return { category, QStringLiteral("VATEX-EU-AE"), wording.in(language) };
    }
    case VatCategory::IntraCommunity:
        return { category, QStringLiteral("VATEX-EU-IC"), intraCommunitySupply.in(language) };
    case VatCategory::Export:
        return { category, QStringLiteral("VATEX-EU-G"), exportOutsideEu.in(language) };
    case VatCategory::Exempt: {
        // No VATEX code is known for the national small-enterprise schemes: the text says it.
        const Wording& wording = seller == u"BE" ? belgianFranchise
            : seller == u"NL"                    ? dutchSmallBusinessScheme
                                                 : genericExemption;
        return { category, QString(), wording.in(language) };
    }
    case VatCategory::NotSubject:
        return { category, QStringLiteral("VATEX-EU-O"), notSubject.in(language) };
    case VatCategory::StandardRate:
    case VatCategory::ZeroRated:
    case VatCategory::CanaryIslands:
    case VatCategory::CeutaMelilla:
        break;
    }
    return { category, QString(), QString() };
}

void LegalMentions::completeExemptions(Document& document)
{
    const QList<VatCategory> present = categoriesOn(document);
    QList<DocumentVatExemption> completed;
    for (VatCategory category : present) {
        if (!VatCategories::requiresExemptionReason(category))
            continue;
        auto given = std::find_if(
            document.exemptions.cbegin(), document.exemptions.cend(),
            [category](const DocumentVatExemption& exemption) { return exemption.vatCategory == category; });
        if (given != document.exemptions.cend()
            && !(given->reasonCode.trimmed().isEmpty() && given->reasonText.trimmed().isEmpty()))
            completed.append(*given);
        else
            completed.append(defaultExemption(category, document));
    }
    document.exemptions = completed;
}

QStringList LegalMentions::lines(const Document& document)
{
    QStringList mentions;
    for (VatCategory category : categoriesOn(document)) {
        if (!VatCategories::requiresExemptionReason(category))
            continue;
        auto given = std::find_if(
            document.exemptions.cbegin(), document.exemptions.cend(),
            [category](const DocumentVatExemption& exemption) { return exemption.vatCategory == category; });
        QString text = given != document.exemptions.cend() ? given->reasonText.trimmed() : QString();
        if (text.isEmpty())
            text = defaultExemption(category, document).reasonText;
        if (!mentions.contains(text))
            mentions.append(text);
    }
    if (document.type == DocumentType::CreditNote && document.seller.country == u"BE") {
        bool chargesVat = false;
        for (const DocumentLine& line : document.lines)
            chargesVat = chargesVat || !line.vatRate.isZero();
        if (chargesVat)
            mentions.append(creditNoteVatCorrection.in(document.language));
    }
    return mentions;
}

QStringList LegalMentions::languages()
{
    return { QStringLiteral("nl"), QStringLiteral("fr"), QStringLiteral("en"), QStringLiteral("de") };
}

} // namespace kasboek::domain
