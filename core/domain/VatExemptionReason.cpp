#include "VatExemptionReason.h"

#include <array>

namespace kasboek::domain {

namespace {

struct ReasonInfo
{
    const char16_t* code;
    const char16_t* text;
    VatCategory category;
};

// Generated from peppol-bis-invoice-3/structure/codelist/VATEX.xml (Peppol BIS
// Billing 3.0.19): Id, the first line of Name, and the category per the header
// comment. Keep the file's order; the test compares this table with the file.
constexpr std::array kReasons {
    ReasonInfo { u"VATEX-EU-79-C", u"Exempt based on article 79, point c of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-132", u"Exempt based on article 132 of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-132-1A",
                 u"Exempt based on article 132, section 1 (a) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-132-1B",
                 u"Exempt based on article 132, section 1 (b) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-132-1C",
                 u"Exempt based on article 132, section 1 (c) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-132-1D",
                 u"Exempt based on article 132, section 1 (d) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-132-1E",
                 u"Exempt based on article 132, section 1 (e) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-132-1F",
                 u"Exempt based on article 132, section 1 (f) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-132-1G",
                 u"Exempt based on article 132, section 1 (g) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-132-1H",
                 u"Exempt based on article 132, section 1 (h) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-132-1I",
                 u"Exempt based on article 132, section 1 (i) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-132-1J",
                 u"Exempt based on article 132, section 1 (j) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-132-1K",
                 u"Exempt based on article 132, section 1 (k) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-132-1L",
                 u"Exempt based on article 132, section 1 (l) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-132-1M",
                 u"Exempt based on article 132, section 1 (m) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-132-1N",
                 u"Exempt based on article 132, section 1 (n) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-132-1O",
                 u"Exempt based on article 132, section 1 (o) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-132-1P",
                 u"Exempt based on article 132, section 1 (p) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-132-1Q",
                 u"Exempt based on article 132, section 1 (q) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-143", u"Exempt based on article 143 of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-143-1A",
                 u"Exempt based on article 143, section 1 (a) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-143-1B",
                 u"Exempt based on article 143, section 1 (b) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-143-1C",
                 u"Exempt based on article 143, section 1 (c) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-143-1D",
                 u"Exempt based on article 143, section 1 (d) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-143-1E",
                 u"Exempt based on article 143, section 1 (e) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-143-1F",
                 u"Exempt based on article 143, section 1 (f) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-143-1FA",
                 u"Exempt based on article 143, section 1 (fa) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-143-1G",
                 u"Exempt based on article 143, section 1 (g) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-143-1H",
                 u"Exempt based on article 143, section 1 (h) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-143-1I",
                 u"Exempt based on article 143, section 1 (i) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-143-1J",
                 u"Exempt based on article 143, section 1 (j) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-143-1K",
                 u"Exempt based on article 143, section 1 (k) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-143-1L",
                 u"Exempt based on article 143, section 1 (l) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-144", u"Exempt based on article 144 of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-146-1E",
                 u"Exempt based on article 146 section 1 (e) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-148", u"Exempt based on article 148 of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-148-A",
                 u"Exempt based on article 148, section (a) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-148-B",
                 u"Exempt based on article 148, section (b) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-148-C",
                 u"Exempt based on article 148, section (c) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-148-D",
                 u"Exempt based on article 148, section (d) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-148-E",
                 u"Exempt based on article 148, section (e) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-148-F",
                 u"Exempt based on article 148, section (f) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-148-G",
                 u"Exempt based on article 148, section (g) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-151", u"Exempt based on article 151 of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-151-1A",
                 u"Exempt based on article 151, section 1 (a) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-151-1AA",
                 u"Exempt based on article 151, section 1 (aa) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-151-1B",
                 u"Exempt based on article 151, section 1 (b) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-151-1C",
                 u"Exempt based on article 151, section 1 (c) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-151-1D",
                 u"Exempt based on article 151, section 1 (d) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-151-1E",
                 u"Exempt based on article 151, section 1 (e) of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-159", u"Exempt based on article 159 of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-309", u"Exempt based on article 309 of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-AE", u"Reverse charge", VatCategory::ReverseCharge },
    ReasonInfo { u"VATEX-EU-D", u"Intra-Community acquisition from second hand means of transport",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-F", u"Intra-Community acquisition of second hand goods", VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-G", u"Export outside the EU", VatCategory::Export },
    ReasonInfo { u"VATEX-EU-I", u"Intra-Community acquisition of works of art", VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-IC", u"Intra-Community supply", VatCategory::IntraCommunity },
    ReasonInfo { u"VATEX-EU-O", u"Not subject to VAT", VatCategory::NotSubject },
    ReasonInfo { u"VATEX-EU-J", u"Intra-Community acquisition of collectors items and antiques",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-FR-FRANCHISE", u"France domestic VAT franchise in base", VatCategory::Exempt },
    ReasonInfo { u"VATEX-FR-CNWVAT",
                 u"France domestic Credit Notes without VAT, due to supplier forfeit of VAT for discount",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-EU-153", u"Exempt based on article 153 of Council Directive 2006/112/EC",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-FR-CGI261-1",
                 u"Exempt based on 1 of article 261 of the Code Général des Impôts (CGI ; General tax code)",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-FR-CGI261-2",
                 u"Exempt based on 2 of article 261 of the Code Général des Impôts (CGI ; General tax code)",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-FR-CGI261-3",
                 u"Exempt based on 3 of article 261 of the Code Général des Impôts (CGI ; General tax code)",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-FR-CGI261-4",
                 u"Exempt based on 4 of article 261 of the Code Général des Impôts (CGI ; General tax code)",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-FR-CGI261-5",
                 u"Exempt based on 5 of article 261 of the Code Général des Impôts (CGI ; General tax code)",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-FR-CGI261-7",
                 u"Exempt based on 7 of article 261 of the Code Général des Impôts (CGI ; General tax code)",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-FR-CGI261-8",
                 u"Exempt based on 8 of article 261 of the Code Général des Impôts (CGI ; General tax code)",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-FR-CGI261A",
                 u"Exempt based on article 261 A of the Code Général des Impôts (CGI ; General tax code)",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-FR-CGI261B",
                 u"Exempt based on article 261 B of the Code Général des Impôts (CGI ; General tax code)",
                 VatCategory::Exempt },
    ReasonInfo {
        u"VATEX-FR-CGI261C-1",
        u"Exempt based on 1° of article 261 C of the Code Général des Impôts (CGI ; General tax code)",
        VatCategory::Exempt },
    ReasonInfo {
        u"VATEX-FR-CGI261C-2",
        u"Exempt based on 2° of article 261 C of the Code Général des Impôts (CGI ; General tax code)",
        VatCategory::Exempt },
    ReasonInfo {
        u"VATEX-FR-CGI261C-3",
        u"Exempt based on 3° of article 261 C of the Code Général des Impôts (CGI ; General tax code)",
        VatCategory::Exempt },
    ReasonInfo {
        u"VATEX-FR-CGI261D-1",
        u"Exempt based on 1° of article 261 D of the Code Général des Impôts (CGI ; General tax code)",
        VatCategory::Exempt },
    ReasonInfo {
        u"VATEX-FR-CGI261D-1BIS",
        u"Exempt based on 1°bis of article 261 D of the Code Général des Impôts (CGI ; General tax code)",
        VatCategory::Exempt },
    ReasonInfo {
        u"VATEX-FR-CGI261D-2",
        u"Exempt based on 2° of article 261 D of the Code Général des Impôts (CGI ; General tax code)",
        VatCategory::Exempt },
    ReasonInfo {
        u"VATEX-FR-CGI261D-3",
        u"Exempt based on 3° of article 261 D of the Code Général des Impôts (CGI ; General tax code)",
        VatCategory::Exempt },
    ReasonInfo {
        u"VATEX-FR-CGI261D-4",
        u"Exempt based on 4° of article 261 D of the Code Général des Impôts (CGI ; General tax code)",
        VatCategory::Exempt },
    ReasonInfo {
        u"VATEX-FR-CGI261E-1",
        u"Exempt based on 1° of article 261 E of the Code Général des Impôts (CGI ; General tax code)",
        VatCategory::Exempt },
    ReasonInfo {
        u"VATEX-FR-CGI261E-2",
        u"Exempt based on 2° of article 261 E of the Code Général des Impôts (CGI ; General tax code)",
        VatCategory::Exempt },
    ReasonInfo { u"VATEX-FR-CGI277A",
                 u"Exempt based on article 277 A of the Code Général des Impôts (CGI ; General tax code)",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-FR-CGI275",
                 u"Exempt based on article 275 of the Code Général des Impôts (CGI ; General tax code)",
                 VatCategory::Exempt },
    ReasonInfo {
        u"VATEX-FR-298SEXDECIESA",
        u"Exempt based on article 298 sexdecies A of the Code Général des Impôts (CGI ; General tax code)",
        VatCategory::Exempt },
    ReasonInfo { u"VATEX-FR-CGI295",
                 u"Exempt based on article 295 of the Code Général des Impôts (CGI ; General tax code)",
                 VatCategory::Exempt },
    ReasonInfo { u"VATEX-FR-AE",
                 u"Exempt based on 2 of article 283 of the Code Général des Impôts (CGI ; General tax code)",
                 VatCategory::ReverseCharge },
};

} // namespace

QList<VatExemptionReason> VatExemptionReason::all()
{
    QList<VatExemptionReason> reasons;
    reasons.reserve(static_cast<qsizetype>(kReasons.size()));
    for (std::size_t i = 0; i < kReasons.size(); ++i)
        reasons.append(VatExemptionReason(static_cast<int>(i)));
    return reasons;
}

Result<VatExemptionReason> VatExemptionReason::fromCode(QStringView code)
{
    for (std::size_t i = 0; i < kReasons.size(); ++i) {
        if (code == QStringView(kReasons[i].code))
            return VatExemptionReason(static_cast<int>(i));
    }
    return fail(ErrorCode::Validation, tr("Unknown VAT exemption reason code (VATEX)."), {},
                code.left(30).toString());
}

QString VatExemptionReason::code() const
{
    return QStringView(kReasons[static_cast<std::size_t>(m_index)].code).toString();
}

QString VatExemptionReason::text() const
{
    return QStringView(kReasons[static_cast<std::size_t>(m_index)].text).toString();
}

VatCategory VatExemptionReason::category() const
{
    return kReasons[static_cast<std::size_t>(m_index)].category;
}

} // namespace kasboek::domain
