#include "DocumentWording.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kasboek::render {

namespace {

const DocumentWording kDutch {
    .language = u"nl",
    .invoice = u"Factuur",
    .creditNote = u"Creditnota",
    .quote = u"Offerte",
    .invoiceNumber = u"Factuurnummer",
    .creditNoteNumber = u"Creditnotanummer",
    .quoteNumber = u"Offertenummer",
    .invoiceDate = u"Factuurdatum",
    .creditNoteDate = u"Datum",
    .quoteDate = u"Offertedatum",
    .dueDate = u"Vervaldatum",
    .deliveryDate = u"Leveringsdatum",
    .validUntil = u"Geldig tot",
    .buyerReference = u"Uw referentie",
    .orderReference = u"Uw bestelnummer",
    .paymentTerms = u"Betalingsvoorwaarden",
    .from = u"Van",
    .customer = u"Klant",
    .attention = u"T.a.v.",
    .vatNumber = u"Btw",
    .enterpriseNumber = u"Ondernemingsnr.",
    .kvkNumber = u"KvK",
    .iban = u"IBAN",
    .bic = u"BIC",
    .email = u"E-mail",
    .phone = u"Tel.",
    .description = u"Omschrijving",
    .quantity = u"Aantal",
    .unitPrice = u"Eenheidsprijs",
    .discount = u"Korting",
    .vat = u"Btw",
    .amount = u"Bedrag",
    .subtotal = u"Subtotaal",
    .documentDiscount = u"Korting",
    .charge = u"Kosten",
    .totalExclVat = u"Totaal excl. btw",
    .vatTotal = u"Btw",
    .totalInclVat = u"Totaal incl. btw",
    .paidAmount = u"Reeds betaald",
    .rounding = u"Afronding",
    .amountDue = u"Te betalen",
    .vatSummary = u"Btw-overzicht",
    .vatRate = u"Tarief",
    .taxableAmount = u"Maatstaf van heffing",
    .vatAmount = u"Btw",
    .vatInAccountingCurrency = u"Btw in EUR",
    .payment = u"Betaling",
    .payByDate = u"Gelieve %1 uiterlijk op %2 over te schrijven.",
    .pay = u"Gelieve %1 over te schrijven.",
    .structuredCommunication = u"Gestructureerde mededeling",
    .creditorReference = u"Betalingskenmerk",
    .plainReference = u"Mededeling",
    .account = u"Rekening",
    .scanToPay = u"Scan en betaal",
    .creditNoteFor = u"Deze creditnota corrigeert factuur %1 van %2.",
    .creditNoteForNumber = u"Deze creditnota corrigeert factuur %1.",
    .pageOf = u"Pagina %1 van %2",
    .draft = u"CONCEPT",
    .zeroRated = u"Nultarief",
    .exempt = u"Vrijgesteld",
    .reverseCharge = u"Btw verlegd",
    .intraCommunity = u"Intracommunautair",
    .exportOutsideEu = u"Uitvoer",
    .notSubject = u"Niet onderworpen",
    .units = { {
        { u"C62", u"", u"" },
        { u"H87", u"st.", u"st." },
        { u"HUR", u"uur", u"uur" },
        { u"MIN", u"min.", u"min." },
        { u"DAY", u"dag", u"dagen" },
        { u"WEE", u"week", u"weken" },
        { u"MON", u"maand", u"maanden" },
        { u"ANN", u"jaar", u"jaar" },
        { u"KMT", u"km", u"km" },
        { u"MTR", u"m", u"m" },
        { u"MTK", u"m²", u"m²" },
        { u"KGM", u"kg", u"kg" },
        { u"LTR", u"l", u"l" },
        { u"SET", u"set", u"sets" },
        { u"LS", u"forfait", u"forfait" },
        { u"E48", u"prestatie", u"prestaties" },
    } },
    .countries = { {
        { u"BE", u"België" },
        { u"NL", u"Nederland" },
        { u"DE", u"Duitsland" },
        { u"FR", u"Frankrijk" },
        { u"LU", u"Luxemburg" },
        { u"GB", u"Verenigd Koninkrijk" },
        { u"US", u"Verenigde Staten" },
        { u"CH", u"Zwitserland" },
    } },
};

const DocumentWording kFrench {
    .language = u"fr",
    .invoice = u"Facture",
    .creditNote = u"Note de crédit",
    .quote = u"Devis",
    .invoiceNumber = u"Numéro de facture",
    .creditNoteNumber = u"Numéro de note de crédit",
    .quoteNumber = u"Numéro de devis",
    .invoiceDate = u"Date de facture",
    .creditNoteDate = u"Date",
    .quoteDate = u"Date du devis",
    .dueDate = u"Date d'échéance",
    .deliveryDate = u"Date de livraison",
    .validUntil = u"Valable jusqu'au",
    .buyerReference = u"Votre référence",
    .orderReference = u"Votre bon de commande",
    .paymentTerms = u"Conditions de paiement",
    .from = u"De",
    .customer = u"Client",
    .attention = u"À l'attention de",
    .vatNumber = u"TVA",
    .enterpriseNumber = u"N° d'entreprise",
    .kvkNumber = u"KvK",
    .iban = u"IBAN",
    .bic = u"BIC",
    .email = u"E-mail",
    .phone = u"Tél.",
    .description = u"Description",
    .quantity = u"Quantité",
    .unitPrice = u"Prix unitaire",
    .discount = u"Remise",
    .vat = u"TVA",
    .amount = u"Montant",
    .subtotal = u"Sous-total",
    .documentDiscount = u"Remise",
    .charge = u"Frais",
    .totalExclVat = u"Total HTVA",
    .vatTotal = u"TVA",
    .totalInclVat = u"Total TVAC",
    .paidAmount = u"Déjà payé",
    .rounding = u"Arrondi",
    .amountDue = u"À payer",
    .vatSummary = u"Récapitulatif TVA",
    .vatRate = u"Taux",
    .taxableAmount = u"Base imposable",
    .vatAmount = u"TVA",
    .vatInAccountingCurrency = u"TVA en EUR",
    .payment = u"Paiement",
    .payByDate = u"Merci de virer %1 au plus tard le %2.",
    .pay = u"Merci de virer %1.",
    .structuredCommunication = u"Communication structurée",
    .creditorReference = u"Référence de paiement",
    .plainReference = u"Communication",
    .account = u"Compte",
    .scanToPay = u"Scannez pour payer",
    .creditNoteFor = u"Cette note de crédit se rapporte à la facture %1 du %2.",
    .creditNoteForNumber = u"Cette note de crédit se rapporte à la facture %1.",
    .pageOf = u"Page %1 sur %2",
    .draft = u"BROUILLON",
    .zeroRated = u"Taux zéro",
    .exempt = u"Exonéré",
    .reverseCharge = u"Autoliquidation",
    .intraCommunity = u"Intracommunautaire",
    .exportOutsideEu = u"Exportation",
    .notSubject = u"Non soumis à la TVA",
    .units = { {
        { u"C62", u"", u"" },
        { u"H87", u"pièce", u"pièces" },
        { u"HUR", u"heure", u"heures" },
        { u"MIN", u"min", u"min" },
        { u"DAY", u"jour", u"jours" },
        { u"WEE", u"semaine", u"semaines" },
        { u"MON", u"mois", u"mois" },
        { u"ANN", u"an", u"ans" },
        { u"KMT", u"km", u"km" },
        { u"MTR", u"m", u"m" },
        { u"MTK", u"m²", u"m²" },
        { u"KGM", u"kg", u"kg" },
        { u"LTR", u"l", u"l" },
        { u"SET", u"lot", u"lots" },
        { u"LS", u"forfait", u"forfaits" },
        { u"E48", u"prestation", u"prestations" },
    } },
    .countries = { {
        { u"BE", u"Belgique" },
        { u"NL", u"Pays-Bas" },
        { u"DE", u"Allemagne" },
        { u"FR", u"France" },
        { u"LU", u"Luxembourg" },
        { u"GB", u"Royaume-Uni" },
        { u"US", u"États-Unis" },
        { u"CH", u"Suisse" },
    } },
};

const DocumentWording kGerman {
    .language = u"de",
    .invoice = u"Rechnung",
    .creditNote = u"Rechnungskorrektur",
    .quote = u"Angebot",
    .invoiceNumber = u"Rechnungsnummer",
    .creditNoteNumber = u"Belegnummer",
    .quoteNumber = u"Angebotsnummer",
    .invoiceDate = u"Rechnungsdatum",
    .creditNoteDate = u"Datum",
    .quoteDate = u"Angebotsdatum",
    .dueDate = u"Zahlbar bis",
    .deliveryDate = u"Leistungsdatum",
    .validUntil = u"Gültig bis",
    .buyerReference = u"Ihre Referenz",
    .orderReference = u"Ihre Bestellnummer",
    .paymentTerms = u"Zahlungsbedingungen",
    .from = u"Von",
    .customer = u"Kunde",
    .attention = u"z. Hd.",
    .vatNumber = u"USt-IdNr.",
    .enterpriseNumber = u"Unternehmensnr.",
    .kvkNumber = u"KvK",
    .iban = u"IBAN",
    .bic = u"BIC",
    .email = u"E-Mail",
    .phone = u"Tel.",
    .description = u"Beschreibung",
    .quantity = u"Menge",
    .unitPrice = u"Einzelpreis",
    .discount = u"Rabatt",
    .vat = u"USt.",
    .amount = u"Betrag",
    .subtotal = u"Zwischensumme",
    .documentDiscount = u"Rabatt",
    .charge = u"Zuschlag",
    .totalExclVat = u"Nettobetrag",
    .vatTotal = u"Umsatzsteuer",
    .totalInclVat = u"Gesamtbetrag",
    .paidAmount = u"Bereits bezahlt",
    .rounding = u"Rundung",
    .amountDue = u"Zu zahlen",
    .vatSummary = u"Umsatzsteuer",
    .vatRate = u"Satz",
    .taxableAmount = u"Nettobetrag",
    .vatAmount = u"USt.",
    .vatInAccountingCurrency = u"USt. in EUR",
    .payment = u"Zahlung",
    .payByDate = u"Bitte überweisen Sie %1 bis zum %2.",
    .pay = u"Bitte überweisen Sie %1.",
    .structuredCommunication = u"Strukturierte Mitteilung",
    .creditorReference = u"Zahlungsreferenz",
    .plainReference = u"Verwendungszweck",
    .account = u"Konto",
    .scanToPay = u"Scannen und bezahlen",
    .creditNoteFor = u"Diese Rechnungskorrektur bezieht sich auf die Rechnung %1 vom %2.",
    .creditNoteForNumber = u"Diese Rechnungskorrektur bezieht sich auf die Rechnung %1.",
    .pageOf = u"Seite %1 von %2",
    .draft = u"ENTWURF",
    .zeroRated = u"Nullsatz",
    .exempt = u"Steuerfrei",
    .reverseCharge = u"Reverse Charge",
    .intraCommunity = u"Innergemeinschaftlich",
    .exportOutsideEu = u"Ausfuhr",
    .notSubject = u"Nicht steuerbar",
    .units = { {
        { u"C62", u"", u"" },
        { u"H87", u"Stk.", u"Stk." },
        { u"HUR", u"Stunde", u"Stunden" },
        { u"MIN", u"Min.", u"Min." },
        { u"DAY", u"Tag", u"Tage" },
        { u"WEE", u"Woche", u"Wochen" },
        { u"MON", u"Monat", u"Monate" },
        { u"ANN", u"Jahr", u"Jahre" },
        { u"KMT", u"km", u"km" },
        { u"MTR", u"m", u"m" },
        { u"MTK", u"m²", u"m²" },
        { u"KGM", u"kg", u"kg" },
        { u"LTR", u"l", u"l" },
        { u"SET", u"Satz", u"Sätze" },
        { u"LS", u"pauschal", u"pauschal" },
        { u"E48", u"Leistung", u"Leistungen" },
    } },
    .countries = { {
        { u"BE", u"Belgien" },
        { u"NL", u"Niederlande" },
        { u"DE", u"Deutschland" },
        { u"FR", u"Frankreich" },
        { u"LU", u"Luxemburg" },
        { u"GB", u"Vereinigtes Königreich" },
        { u"US", u"Vereinigte Staaten" },
        { u"CH", u"Schweiz" },
    } },
};

const DocumentWording kEnglish {
    .language = u"en",
    .invoice = u"Invoice",
    .creditNote = u"Credit note",
    .quote = u"Quote",
    .invoiceNumber = u"Invoice number",
    .creditNoteNumber = u"Credit note number",
    .quoteNumber = u"Quote number",
    .invoiceDate = u"Invoice date",
    .creditNoteDate = u"Date",
    .quoteDate = u"Quote date",
    .dueDate = u"Due date",
    .deliveryDate = u"Delivery date",
    .validUntil = u"Valid until",
    .buyerReference = u"Your reference",
    .orderReference = u"Purchase order",
    .paymentTerms = u"Payment terms",
    .from = u"From",
    .customer = u"Bill to",
    .attention = u"Attn.",
    .vatNumber = u"VAT",
    .enterpriseNumber = u"Enterprise no.",
    .kvkNumber = u"KvK",
    .iban = u"IBAN",
    .bic = u"BIC",
    .email = u"Email",
    .phone = u"Phone",
    .description = u"Description",
    .quantity = u"Qty",
    .unitPrice = u"Unit price",
    .discount = u"Discount",
    .vat = u"VAT",
    .amount = u"Amount",
    .subtotal = u"Subtotal",
    .documentDiscount = u"Discount",
    .charge = u"Charge",
    .totalExclVat = u"Total excl. VAT",
    .vatTotal = u"VAT",
    .totalInclVat = u"Total incl. VAT",
    .paidAmount = u"Paid",
    .rounding = u"Rounding",
    .amountDue = u"Amount due",
    .vatSummary = u"VAT summary",
    .vatRate = u"Rate",
    .taxableAmount = u"Taxable amount",
    .vatAmount = u"VAT",
    .vatInAccountingCurrency = u"VAT in EUR",
    .payment = u"Payment",
    .payByDate = u"Please transfer %1 by %2.",
    .pay = u"Please transfer %1.",
    .structuredCommunication = u"Structured communication",
    .creditorReference = u"Payment reference",
    .plainReference = u"Reference",
    .account = u"Account",
    .scanToPay = u"Scan to pay",
    .creditNoteFor = u"This credit note corrects invoice %1 of %2.",
    .creditNoteForNumber = u"This credit note corrects invoice %1.",
    .pageOf = u"Page %1 of %2",
    .draft = u"DRAFT",
    .zeroRated = u"Zero rated",
    .exempt = u"Exempt",
    .reverseCharge = u"Reverse charge",
    .intraCommunity = u"Intra-Community",
    .exportOutsideEu = u"Export",
    .notSubject = u"Outside the scope of VAT",
    .units = { {
        { u"C62", u"", u"" },
        { u"H87", u"pc", u"pcs" },
        { u"HUR", u"hour", u"hours" },
        { u"MIN", u"min", u"min" },
        { u"DAY", u"day", u"days" },
        { u"WEE", u"week", u"weeks" },
        { u"MON", u"month", u"months" },
        { u"ANN", u"year", u"years" },
        { u"KMT", u"km", u"km" },
        { u"MTR", u"m", u"m" },
        { u"MTK", u"m²", u"m²" },
        { u"KGM", u"kg", u"kg" },
        { u"LTR", u"l", u"l" },
        { u"SET", u"set", u"sets" },
        { u"LS", u"lump sum", u"lump sum" },
        { u"E48", u"service", u"services" },
    } },
    .countries = { {
        { u"BE", u"Belgium" },
        { u"NL", u"Netherlands" },
        { u"DE", u"Germany" },
        { u"FR", u"France" },
        { u"LU", u"Luxembourg" },
        { u"GB", u"United Kingdom" },
        { u"US", u"United States" },
        { u"CH", u"Switzerland" },
    } },
};

} // namespace

const DocumentWording& DocumentWording::forLanguage(QStringView language)
{
    if (language.compare(u"nl", Qt::CaseInsensitive) == 0)
        return kDutch;
    if (language.compare(u"fr", Qt::CaseInsensitive) == 0)
        return kFrench;
    if (language.compare(u"de", Qt::CaseInsensitive) == 0)
        return kGerman;
    return kEnglish;
}

QString DocumentWording::title(domain::DocumentType type) const
{
    switch (type) {
    case domain::DocumentType::Quote:
        return quote.toString();
    case domain::DocumentType::CreditNote:
    case domain::DocumentType::PurchaseCreditNote:
        return creditNote.toString();
    case domain::DocumentType::Invoice:
    case domain::DocumentType::PurchaseInvoice:
        break;
    }
    return invoice.toString();
}

QString DocumentWording::numberLabel(domain::DocumentType type) const
{
    switch (type) {
    case domain::DocumentType::Quote:
        return quoteNumber.toString();
    case domain::DocumentType::CreditNote:
    case domain::DocumentType::PurchaseCreditNote:
        return creditNoteNumber.toString();
    case domain::DocumentType::Invoice:
    case domain::DocumentType::PurchaseInvoice:
        break;
    }
    return invoiceNumber.toString();
}

QString DocumentWording::dateLabel(domain::DocumentType type) const
{
    switch (type) {
    case domain::DocumentType::Quote:
        return quoteDate.toString();
    case domain::DocumentType::CreditNote:
    case domain::DocumentType::PurchaseCreditNote:
        return creditNoteDate.toString();
    case domain::DocumentType::Invoice:
    case domain::DocumentType::PurchaseInvoice:
        break;
    }
    return invoiceDate.toString();
}

QString DocumentWording::unitName(QStringView code, domain::Decimal count) const
{
    const auto it
        = std::find_if(units.begin(), units.end(), [code](const Unit& unit) { return unit.code == code; });
    if (it == units.end())
        return code.toString();
    const qint64 scaled = count.scaled() < 0 ? -count.scaled() : count.scaled();
    // French takes the singular below two ("1,5 heure"); the others only for exactly one.
    const bool singular
        = language == u"fr" ? scaled < 2 * domain::Decimal::Scale : scaled == domain::Decimal::Scale;
    return (singular ? it->one : it->many).toString();
}

QString DocumentWording::vatCategoryName(domain::VatCategory category) const
{
    switch (category) {
    case domain::VatCategory::ZeroRated:
        return zeroRated.toString();
    case domain::VatCategory::Exempt:
        return exempt.toString();
    case domain::VatCategory::ReverseCharge:
        return reverseCharge.toString();
    case domain::VatCategory::IntraCommunity:
        return intraCommunity.toString();
    case domain::VatCategory::Export:
        return exportOutsideEu.toString();
    case domain::VatCategory::NotSubject:
        return notSubject.toString();
    case domain::VatCategory::StandardRate:
    case domain::VatCategory::CanaryIslands:
    case domain::VatCategory::CeutaMelilla:
        break;
    }
    return {};
}

QString DocumentWording::countryName(QStringView code) const
{
    const auto it = std::find_if(countries.begin(), countries.end(),
                                 [code](const Country& country) { return country.code == code; });
    return it == countries.end() ? code.toString() : it->name.toString();
}

} // namespace kasboek::render
