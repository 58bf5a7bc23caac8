// Known US carriers (rule data, read top to bottom). Research input:
// ../shared/reference/carriers.md, re-read and written here in our own words; every fact keeps
// its source and how far it is trusted, so a reviewer can re-check it and the rules can tell an
// official fact (may make an error) from advice (a warning at most). Where the research found
// nothing ("gap"), the field stays empty and the core says nothing rather than guess.
#include "portcheck/carriers.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "json_writer.hpp"

namespace portcheck {
namespace {

using K = CarrierKind;
using T = Trust;

constexpr CarrierFacts kCarriers[] = {
    {.id = "att_wireless", .name = "AT&T", .kind = K::Wireless,
     .pin = {.name = "Number Transfer PIN", .digits = {6, 6}, .required = true,
             .how = "dial *PORT (*7678) from the AT&T phone, or in myAT&T go to Profile, People & Permissions, "
                    "Wireless, Transfer phone number, Request a new PIN; only the account's primary online user "
                    "can request it, and one PIN covers every line",
             // 4 days on consumer accounts (14 on business) by two guides; a third says 7.
             .valid_days = 4,
             .source = {"https://help.gigs.com/articles/5624814548-Porting-to-Gigs-from-a-US-carrier-—-full-carrier-reference", T::Conflict}},
     .account = {.where = "the first page of the bill, upper right, or the myAT&T billing overview; it is not the "
                          "phone number",
                 .source = {"https://phound-docs.vercel.app/knowledge-base/porting/porting-att/", T::ThirdParty}},
     .lock = {.name = "Wireless Account Lock",
              .how = "in the myAT&T app, under Services, Mobile Security, Wireless Account Lock",
              .source = {"https://www.phonearena.com/news/att-wireless-account-lock_id171893", T::ThirdParty}}},
    {.id = "att_business_wireline", .name = "AT&T Business landline", .kind = K::Wireline,
     .account = {.where = "the bill; the billing telephone number on the CSR is the account's ATN",
                 .source = {"https://www.corp.att.com/lnp/local-service-request-help/", T::Official}},
     .csr = "your new provider asks AT&T's local number portability desk for it; ask AT&T Business for the "
            "Customer Service Record of your billing number"},
    {.id = "verizon_wireless", .name = "Verizon", .kind = K::Wireless,
     .pin = {.name = "Number Transfer PIN", .digits = {6, 6}, .required = true,
             .how = "dial #PORT (#7678) from the Verizon phone, or in the My Verizon app or website (Account Owner "
                    "or Account Manager only); one PIN can cover every line",
             .valid_days = 7,  // 7 days: two third-party sources; Verizon's FAQ names the PIN, not its life
             .source = {"https://www.verizon.com/support/port-out-faqs/", T::Official}},
     .account = {.digits = {14, 14}, .shape = "9 digits, then 5, written 123456789-00001 and often ending in 00001",
                 .where = "My Verizon, under Account, Account Overview, at the top of the page",
                 .source = {"https://help.credomobile.com/support/solutions/articles/151000074698-your-mobile-phone-number", T::ThirdParty}},
     .lock = {.name = "Number Lock", .how = "in the My Verizon app or website, which shows a notice while it is on",
              .source = {"https://www.verizon.com/support/port-out-faqs/", T::Official}}},
    {.id = "verizon_prepaid", .name = "Verizon Prepaid", .kind = K::Wireless,
     .pin = {.name = "account PIN", .digits = {4, 4}, .required = true,
             .how = "the 4-digit PIN set for the prepaid account",
             .source = {"https://phound-docs.vercel.app/knowledge-base/porting/porting-verizon/", T::ThirdParty}},
     .account = {.digits = {10, 10}, .shape = "the 10-digit prepaid phone number", .can_be_phone_number = true,
                 .where = "it is the prepaid phone number",
                 .source = {"https://phound-docs.vercel.app/knowledge-base/porting/porting-verizon/", T::ThirdParty}},
     .lock = {.name = "Number Lock", .how = "in the My Verizon app or website",
              .source = {"https://www.verizon.com/support/port-out-faqs/", T::Official}}},
    {.id = "verizon_wireline", .name = "Verizon Fios / Business", .kind = K::Wireline,
     .account = {.where = "the bill, where the account number identifies you and your billing telephone number",
                 .source = {"https://espanol.verizon.com/business/support/billing-and-payments/glossary/", T::Official}}},
    {.id = "tmobile", .name = "T-Mobile", .kind = K::Wireless,
     .pin = {.name = "Transfer PIN", .digits = {6, 6}, .required = true,
             .how = "in the T-Life app on the T-Mobile network with Wi-Fi off, under Manage, the settings gear, "
                    "Permissions & controls, Transfer PIN, Create PIN; or by calling 1-800-937-8997 (Primary Account "
                    "Holder only)",
             .valid_days = 7,
             .source = {"https://help.gigs.com/articles/7004886542-Porting-to-Gigs-from-a-US-family-plan-or-with-a-financed-device", T::ThirdParty}},
     .account = {.digits = {9, 9}, .shape = "9 digits",
                 .where = "the top right of the bill, or the top of the My Account screen; every line on a family "
                          "plan shares it",
                 .source = {"https://help.gigs.com/articles/7004886542-Porting-to-Gigs-from-a-US-family-plan-or-with-a-financed-device", T::ThirdParty}},
     .lock = {.name = "Port Out Protection",
              .how = "the Primary Account Holder removes it line by line, in the T-Life app under Permissions & "
                     "controls or through T-Mobile care",
              .source = {"https://magentapulse.t-mobile.com/us/en/customer-support/accounts/tlife-self-service/security-privacy-permissions/304d5", T::Official}}},
    {.id = "metro", .name = "Metro by T-Mobile", .kind = K::Wireless,
     // The PIN's format is in conflict (6-digit transfer PIN now; an 8-digit birth date once).
     .pin = {.name = "Transfer PIN", .required = true,
             .how = "in myMetro, under My Account, Profile, Line Settings, Request a transfer PIN",
             .source = {"https://www.androidpolice.com/how-to-transfer-a-number-from-metro-by-t-mobile/", T::Conflict}},
     .account = {.digits = {9, 9}, .shape = "9 digits, not the phone number",
                 .where = "the myMetro app or the receipt",
                 .source = {"https://phound-docs.vercel.app/knowledge-base/porting/porting-tmobile/", T::ThirdParty}},
     .lock = {.name = "Port Out Protection", .how = "through Metro by T-Mobile customer care",
              .source = {"https://gethuman.com/a/customer-service/T-Mobile/how/How-Do-I-Transfer-My-T-Mobile-Account-to-Another-Carrier/erT", T::ThirdParty}}},
    {.id = "mint", .name = "Mint Mobile", .kind = K::Wireless,
     .pin = {.name = "port-out PIN", .required = true,
             .how = "ask Mint Mobile support (chat or phone) for the account number and PIN after they verify you",
             .source = {"https://use.as/cancel-mint-mobile-plan", T::Uncertain}}},
    {.id = "uscellular", .name = "UScellular", .kind = K::Wireless,
     .pin = {.name = "account PIN", .required = true,
             .how = "the account owner or an authorized contact gets the account number and PIN from UScellular",
             .source = {"https://www.uscellular.com/support/know-before-you-go/bring-existing-number", T::Official}}},
    {.id = "cricket", .name = "Cricket Wireless", .kind = K::Wireless,
     .pin = {.name = "Number Transfer PIN", .required = true,
             .how = "from Cricket (myCricket or customer care); turning Account Lock off sends a one-time PIN to the "
                    "device",
             .source = {"https://winenfood.com/how-to-contact-cricket-to-port-your-number", T::Uncertain}},
     .lock = {.name = "Account Lock",
              .how = "only in the myCricket app, under Settings, Security; on a multi-line account each user turns it off",
              .source = {"https://www.cricketwireless.com/support/fraud-protection/account-lock", T::Official}}},
    {.id = "xfinity_voice", .name = "Comcast / Xfinity Voice", .kind = K::Wireline,
     // Xfinity's Security PIN is documented; that carriers ask it at port-out is not.
     .pin = {.name = "Security PIN",
             .how = "in Xfinity My Account, under Users & Preferences, Email and Voice settings, Change Security "
                    "PIN (on business accounts, the Primary Manager)",
             .source = {"http://customer.xfinity.com/help-and-support/phone/change-your-security-pin", T::Uncertain}},
     .account = {.where = "the top right of the bill (one account number per billing address)",
                 .source = {"http://customer.xfinity.com/help-and-support/account/accounts-usernames-passwords/", T::Official}}},
    {.id = "xfinity_mobile", .name = "Xfinity Mobile", .kind = K::Wireless,
     .pin = {.name = "transfer PIN", .required = true,
             .how = "in the Xfinity app, under Devices, the line, Transfer your number or cancel this line; the one-time "
                    "PIN is texted to an active line on the account",
             .valid_days = 1,
             .source = {"https://phound-docs.vercel.app/knowledge-base/porting/porting-xfinity-mobile/", T::Uncertain}},
     .account = {.where = "the Xfinity Mobile bill or app; it is not the Internet or cable account number",
                 .source = {"https://phound-docs.vercel.app/knowledge-base/porting/porting-xfinity-mobile/", T::ThirdParty}}},
    {.id = "spectrum_voice", .name = "Spectrum", .kind = K::Wireline,
     .pin = {.name = "number transfer PIN",
             .how = "call Spectrum at 1-833-949-0036 and ask for the number transfer PIN (no self-service)",
             .source = {"https://support.telnyx.com/en/articles/14790558-how-to-find-your-porting-pin-or-passcode", T::ThirdParty}},
     .account = {.where = "the current bill; Spectrum changed account numbers when it moved billing systems, so an "
                          "old bill may show an old one",
                 .source = {"https://enterprise.spectrum.com/support/faq/account/if-my-account-number-changed-do-i-need-to-take-any-action.html", T::Official}}},
    {.id = "spectrum_mobile", .name = "Spectrum Mobile", .kind = K::Wireless,
     .pin = {.name = "Transfer PIN", .required = true,
             .how = "in the My Spectrum app or on spectrum.net, for the mobile line (not the 4-digit billing "
                    "security code); port before cancelling Spectrum Internet",
             .valid_days = 7,
             .source = {"https://phound-docs.vercel.app/knowledge-base/porting/porting-spectrum-mobile/", T::Uncertain}},
     .account = {.where = "the Spectrum Mobile bill or app; it is not the Internet account number",
                 .source = {"https://phound-docs.vercel.app/knowledge-base/porting/porting-spectrum-mobile/", T::ThirdParty}}},
    {.id = "cox", .name = "Cox", .kind = K::Wireline,
     .pin = {.name = "Cox PIN", .digits = {4, 4},
             .how = "printed on the summary page of the Cox bill, beside the account number",
             .source = {"https://www.cox.com/business/support/how-to-read-your-cox-bill.html", T::Uncertain}},
     .account = {.where = "the summary page of the bill (some bills show an invoice number on page 1 and the account "
                          "number on a later page)",
                 .source = {"https://www.cox.com/business/support/how-to-read-your-cox-bill.html", T::Official}}},
    {.id = "lumen", .name = "Lumen / CenturyLink", .kind = K::Wireline,
     .pin = {.name = "account transfer authorization code",
             .how = "call 1-800-244-1111 and ask for the account transfer authorization code",
             .source = {"https://support.telnyx.com/en/articles/14790558-how-to-find-your-porting-pin-or-passcode", T::ThirdParty}},
     // 9 digits on legacy CenturyLink accounts, but business accounts were renumbered from
     // December 2023: too uncertain for a shape check.
     .account = {.where = "the current bill (legacy CenturyLink accounts have 9 digits; some business accounts got "
                          "new numbers, and Lumen invoices, from December 2023)",
                 .source = {"http://www.centurytelembarqmerger.com/billinghelp/residential/?rid=billhelp", T::Uncertain}},
     .csr = "Lumen's Port-Out Request tool gives your new provider the CSR; not every number has one"},
    {.id = "frontier", .name = "Frontier", .kind = K::Wireline,
     .pin = {.name = "bill PIN", .digits = {4, 4},
             .how = "the 4-digit PIN printed beside the account number on the bill (not the Account Passcode)",
             .source = {"https://go.frontier.com/customer-support/bill-breakdown", T::Official}},
     .account = {.digits = {17, 17}, .shape = "17 digits",
                 .where = "the Account Summary of the bill",
                 .source = {"https://go.frontier.com/customer-support/bill-breakdown", T::Official}}},
    {.id = "windstream", .name = "Windstream", .kind = K::Wireline,
     .pin = {.name = "porting PIN",
             .how = "set with Windstream when an account freeze was placed; it is not the PIN that authorizes "
                    "contacts",
             .source = {"https://windstream-wordpress-gsczczfte4fkfbaz.westus-01.azurewebsites.net/porting", T::Copy}},
     .lock = {.name = "account freeze", .how = "ask Windstream to remove the freeze before the port",
              .source = {"https://windstream-wordpress-gsczczfte4fkfbaz.westus-01.azurewebsites.net/porting", T::Copy}},
     .csr = "your new provider requests it from Windstream for each billing number; the LOA must match it exactly"},
    {.id = "optimum", .name = "Optimum / Altice", .kind = K::Wireline},
    {.id = "google_voice", .name = "Google Voice", .kind = K::GoogleVoice,
     .pin = {.name = "port-out PIN", .digits = {4, 10}, .required = true,
             .how = "in Google Workspace, an admin opens the Admin console, Apps, Google Workspace, Google Voice, "
                    "Number porting, Port-out info; a personal Google Voice number must be unlocked first",
             .valid_days = 7,
             .source = {"https://support.openphone.com/fr-CA/getting-started/porting/google-voice-paid", T::ThirdParty}},
     // Workspace guides give 10 to 12 digits; personal accounts are not documented: no shape check.
     .account = {.can_be_phone_number = true,
                 .where = "usually the Google Voice number assigned to the account",
                 .source = {"https://support.openphone.com/fr-CA/getting-started/porting/google-voice-paid", T::ThirdParty}},
     // Its lock is the unlock step, checked on its own (carrier.google_voice_locked).
    },
    {.id = "google_fi", .name = "Google Fi", .kind = K::Wireless,
     .pin = {.name = "port-out PIN", .required = true,
             .how = "in Google Fi, under Manage plan, Leave Google Fi, which shows the port-out account number and PIN "
                    "(service stays on until the port completes; each group-plan member gets their own)",
             .valid_days = 14,  // stated in a mirrored copy of the same Google page
             .source = {"https://support.google.com/fi/answer/6079398", T::Official}},
     .account = {.where = "Google Fi's port-out details, under Manage plan, Leave Google Fi",
                 .source = {"https://support.google.com/fi/answer/6079398", T::Official}},
     .lock = {.name = "Number lock",
              .how = "on the web at fi.google.com/account, under Phone settings, Privacy & security, Number lock",
              .source = {"https://9to5google.com/2024/07/09/google-fi-number-lock/", T::ThirdParty}}},
    {.id = "ringcentral", .name = "RingCentral", .kind = K::Voip,
     .pin = {.name = "port-out PIN",
             .how = "RingCentral's guides disagree (the voicemail PIN, or the Number Transfer Department); a Super "
                    "Admin asks RingCentral",
             .source = {"https://support.openphone.com/fr/getting-started/porting/ringcentral", T::Conflict}},
     .account = {.can_be_phone_number = true,
                 .where = "often the 10-digit main company number, under Account, Billing in RingCentral; some invoices show "
                          "another",
                 .source = {"https://support.openphone.com/fr/getting-started/porting/ringcentral", T::Conflict}},
     .reseller = true,
     .reseller_source = {"https://support.telnyx.com/en/articles/14708130-porting-numbers-away-from-resellers-aircall-intercom-ringcentral-vonage-etc", T::ThirdParty}},
    {.id = "vonage", .name = "Vonage", .kind = K::Voip, .reseller = true,
     .reseller_source = {"https://support.telnyx.com/en/articles/14708130-porting-numbers-away-from-resellers-aircall-intercom-ringcentral-vonage-etc", T::ThirdParty}},
    {.id = "8x8", .name = "8x8", .kind = K::Voip,
     .account = {.where = "My 8x8, Billing, Billing Statements",
                 .source = {"https://support.8x8.com/support-services/number-transfer/How-To-Port-Away", T::Official}},
     .csr = "8x8 support provides it (the name, address and PIN registered on your numbers) and can correct them"},
    {.id = "zoom_phone", .name = "Zoom Phone", .kind = K::Voip,
     .pin = {.name = "Port-out Verification PIN", .digits = {6, 6},
             .how = "set by an Owner or Admin in the Zoom web portal, under Phone System Management, Company Info, "
                    "Account Settings, Security, Port-out Verification",
             .source = {"https://learn.currentclient.com/guides/porting/zoom", T::ThirdParty}},
     .account = {.digits = {6, 10}, .shape = "6 to 10 digits",
                 .where = "the top left of the billing statement, or Account Management, Account Profile",
                 .source = {"https://learn.currentclient.com/guides/porting/zoom", T::ThirdParty}}},
    {.id = "dialpad", .name = "Dialpad", .kind = K::Voip},
    {.id = "nextiva", .name = "Nextiva", .kind = K::Voip},
    {.id = "ooma", .name = "Ooma", .kind = K::Voip},
    {.id = "grasshopper", .name = "Grasshopper", .kind = K::Voip, .reseller = true,
     .reseller_source = {"https://support.telnyx.com/en/articles/14708130-porting-numbers-away-from-resellers-aircall-intercom-ringcentral-vonage-etc", T::ThirdParty}},
    {.id = "microsoft_teams", .name = "Microsoft Teams Calling Plan", .kind = K::Voip,
     // 10 digits on the current page, 6 to 10 on the older one: the union, as advice only.
     .pin = {.name = "porting PIN", .digits = {6, 10}, .required = true,
             .how = "set in the Teams admin center under Voice, Phone numbers, Manage porting PIN, or through a "
                    "Microsoft support case; without one, numbers cannot be ported out",
             .source = {"https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/live/Teams/phone-number-calling-plans/port-order-overview.md", T::Conflict}}},
};

// Spellings customers type, folded (lower case, letters, digits and '&' only), → carrier id.
// Carriers known only by their kind have an empty id.
struct Alias {
  std::string_view folded;
  std::string_view id;
  CarrierKind kind;
};
constexpr Alias kAliases[] = {
    {"at&t", "att_wireless", K::Wireless}, {"att", "att_wireless", K::Wireless},
    {"at&tmobility", "att_wireless", K::Wireless}, {"attmobility", "att_wireless", K::Wireless},
    {"at&twireless", "att_wireless", K::Wireless}, {"attwireless", "att_wireless", K::Wireless},
    {"at&tprepaid", "att_wireless", K::Wireless},
    {"at&tbusiness", "att_business_wireline", K::Wireline}, {"attbusiness", "att_business_wireline", K::Wireline},
    {"at&tlandline", "att_business_wireline", K::Wireline}, {"at&tbusinesswireline", "att_business_wireline", K::Wireline},
    {"verizon", "verizon_wireless", K::Wireless}, {"verizonwireless", "verizon_wireless", K::Wireless},
    {"vzw", "verizon_wireless", K::Wireless}, {"verizonprepaid", "verizon_prepaid", K::Wireless},
    {"verizonfios", "verizon_wireline", K::Wireline}, {"fios", "verizon_wireline", K::Wireline},
    {"verizonbusiness", "verizon_wireline", K::Wireline}, {"verizonlandline", "verizon_wireline", K::Wireline},
    {"verizonbusinessdigitalvoice", "verizon_wireline", K::Wireline},
    {"tmobile", "tmobile", K::Wireless}, {"tmobileforbusiness", "tmobile", K::Wireless},
    {"tmobileusa", "tmobile", K::Wireless}, {"sprint", "tmobile", K::Wireless},
    {"metro", "metro", K::Wireless}, {"metrobytmobile", "metro", K::Wireless}, {"metropcs", "metro", K::Wireless},
    {"mint", "mint", K::Wireless}, {"mintmobile", "mint", K::Wireless},
    {"uscellular", "uscellular", K::Wireless},
    {"cricket", "cricket", K::Wireless}, {"cricketwireless", "cricket", K::Wireless},
    {"comcast", "xfinity_voice", K::Wireline}, {"comcastbusiness", "xfinity_voice", K::Wireline},
    {"xfinity", "xfinity_voice", K::Wireline}, {"xfinityvoice", "xfinity_voice", K::Wireline},
    {"comcastxfinity", "xfinity_voice", K::Wireline},
    {"xfinitymobile", "xfinity_mobile", K::Wireless}, {"comcastmobile", "xfinity_mobile", K::Wireless},
    {"spectrum", "spectrum_voice", K::Wireline}, {"spectrumbusiness", "spectrum_voice", K::Wireline},
    {"spectrumvoice", "spectrum_voice", K::Wireline}, {"charter", "spectrum_voice", K::Wireline},
    {"chartercommunications", "spectrum_voice", K::Wireline}, {"timewarnercable", "spectrum_voice", K::Wireline},
    {"spectrummobile", "spectrum_mobile", K::Wireless},
    {"cox", "cox", K::Wireline}, {"coxbusiness", "cox", K::Wireline}, {"coxcommunications", "cox", K::Wireline},
    {"lumen", "lumen", K::Wireline}, {"centurylink", "lumen", K::Wireline}, {"qwest", "lumen", K::Wireline},
    {"embarq", "lumen", K::Wireline}, {"level3", "lumen", K::Wireline}, {"lumentechnologies", "lumen", K::Wireline},
    {"frontier", "frontier", K::Wireline}, {"frontiercommunications", "frontier", K::Wireline},
    {"windstream", "windstream", K::Wireline}, {"windstreamenterprise", "windstream", K::Wireline},
    {"kineticbywindstream", "windstream", K::Wireline},
    {"optimum", "optimum", K::Wireline}, {"altice", "optimum", K::Wireline}, {"optimumbusiness", "optimum", K::Wireline},
    {"suddenlink", "optimum", K::Wireline}, {"cablevision", "optimum", K::Wireline},
    {"googlevoice", "google_voice", K::GoogleVoice}, {"google", "google_voice", K::GoogleVoice},
    {"googlefi", "google_fi", K::Wireless}, {"projectfi", "google_fi", K::Wireless},
    {"ringcentral", "ringcentral", K::Voip}, {"vonage", "vonage", K::Voip}, {"vonagebusiness", "vonage", K::Voip},
    {"8x8", "8x8", K::Voip}, {"zoom", "zoom_phone", K::Voip}, {"zoomphone", "zoom_phone", K::Voip},
    {"dialpad", "dialpad", K::Voip}, {"nextiva", "nextiva", K::Voip}, {"ooma", "ooma", K::Voip},
    {"oomaoffice", "ooma", K::Voip}, {"grasshopper", "grasshopper", K::Voip},
    {"microsoftteams", "microsoft_teams", K::Voip}, {"teams", "microsoft_teams", K::Voip},
    {"teamscallingplan", "microsoft_teams", K::Voip}, {"microsoftteamscallingplan", "microsoft_teams", K::Voip},
    // Known by kind only: no facts researched yet.
    {"boost", "", K::Wireless}, {"boostmobile", "", K::Wireless}, {"visible", "", K::Wireless},
    {"straighttalk", "", K::Wireless}, {"tracfone", "", K::Wireless}, {"consumercellular", "", K::Wireless},
    {"cspire", "", K::Wireless}, {"usmobile", "", K::Wireless}, {"bandwidth", "", K::Voip},
    {"twilio", "", K::Voip}, {"aircall", "", K::Voip},
};

// Company suffixes dropped when the name alone does not match: "AT&T Mobility LLC".
constexpr std::string_view kSuffixes[] = {"inc", "llc", "ltd", "corp", "corporation", "company", "co", "lp"};

std::string fold(std::string_view typed) {
  std::string folded;
  for (const char c : typed) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x80 && (std::isalnum(u) || c == '&')) folded += static_cast<char>(std::tolower(u));
  }
  return folded;
}

const Alias* findAlias(std::string_view typed) {
  std::string folded = fold(typed);
  const auto lookup = [](std::string_view key) -> const Alias* {
    for (const auto& alias : kAliases) {
      if (alias.folded == key) return &alias;
    }
    return nullptr;
  };
  if (const Alias* alias = lookup(folded)) return alias;
  for (const auto suffix : kSuffixes) {
    if (folded.size() > suffix.size() && std::string_view(folded).substr(folded.size() - suffix.size()) == suffix) {
      if (const Alias* alias = lookup(std::string_view(folded).substr(0, folded.size() - suffix.size()))) return alias;
    }
  }
  return nullptr;
}

std::string digitsText(DigitCount d) {
  return d.min == d.max ? std::to_string(d.min) + "-digit" : std::to_string(d.min) + " to " + std::to_string(d.max) + "-digit";
}

}  // namespace

const CarrierFacts* findCarrier(std::string_view typed) {
  const Alias* alias = findAlias(typed);
  if (!alias || alias->id.empty()) return nullptr;
  for (const auto& carrier : kCarriers) {
    if (carrier.id == alias->id) return &carrier;
  }
  return nullptr;
}

std::vector<CarrierSpelling> carrierSpellings() {
  std::vector<CarrierSpelling> spellings;
  for (const auto& alias : kAliases) {
    for (const auto& carrier : kCarriers) {
      if (!alias.id.empty() && carrier.id == alias.id) spellings.push_back({alias.folded, &carrier});
    }
  }
  return spellings;
}

const std::vector<const CarrierFacts*>& knownCarriers() {
  static const auto* const list = [] {
    auto* carriers = new std::vector<const CarrierFacts*>();
    for (const auto& carrier : kCarriers) carriers->push_back(&carrier);
    return carriers;
  }();
  return *list;
}

CarrierKind carrierKind(std::string_view typed) {
  const Alias* alias = findAlias(typed);
  return alias ? alias->kind : CarrierKind::Unknown;
}

std::string pinHint(const CarrierFacts& c) {
  if (c.pin.name.empty()) return {};
  std::string hint = c.pin.digits.known() ? digitsText(c.pin.digits) + " " + std::string(c.pin.name)
                                          : std::string(c.pin.name);
  hint[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(hint[0])));
  if (!c.pin.how.empty()) hint += ": " + std::string(c.pin.how);
  if (c.pin.valid_days > 0) {
    hint += c.pin.valid_days == 1 ? ". It lasts one day" : ". It lasts " + std::to_string(c.pin.valid_days) + " days";
  }
  return hint + ".";
}

std::string accountHint(const CarrierFacts& c) {
  std::string hint(c.account.shape);
  if (!c.account.where.empty()) hint += (hint.empty() ? "On " : ", on ") + std::string(c.account.where);
  if (!hint.empty()) hint[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(hint[0])));
  return hint.empty() ? hint : hint + ".";
}

namespace {
void writeCarrier(detail::JsonWriter& out, const CarrierFacts& c) {
  out.beginObject().key("name").value(c.name).key("pin_hint").value(pinHint(c));
  out.key("account_hint").value(accountHint(c)).endObject();
}
}  // namespace

std::string carriersJson() {
  detail::JsonWriter out;
  out.beginArray();
  for (const auto* c : knownCarriers()) writeCarrier(out, *c);
  out.endArray();
  return out.take();
}

std::string carrierJson(const CarrierFacts& carrier) {
  detail::JsonWriter out;
  writeCarrier(out, carrier);
  return out.take();
}

}  // namespace portcheck
