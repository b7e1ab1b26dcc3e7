using System.Buffers;
using System.Text.RegularExpressions;
using EngagementTracker.Actors;
using EngagementTracker.Commitments;
using EngagementTracker.Core;
using EngagementTracker.Documents;

namespace EngagementTracker.Extraction.Proposing;

/// <summary>An event the extractor proposes, for an analyst to accept, edit or reject: the draft (with its evidence), how confident the extractor is, and the rules that produced it.</summary>
public sealed record ProposedEvent(EventDraft Draft, double Confidence, string Rule);

/// <summary>
/// Proposes events from a document's text, deterministically: sentence by sentence, a cue ("met with", "concluded his
/// visit to", "committed itself to", "fell short of", "expressed concern", "called on", "commended") gives the kind;
/// actors named before it act, those after it are the counterparts; the sentence's own date (or the publication date)
/// says when. Announcements ("will visit", "is expected to meet", "plans to") and negations ("did not meet") are not
/// reported as having happened. Each named official met is a separate meeting.
/// </summary>
public sealed partial class Extractor(Mentions mentions)
{
    /// <param name="Evaluative">the phrase judges without naming a judge ("positive signals", "fallen short", "needs to"): the document's author judges what the sentence names</param>
    /// <param name="Joint">"A and B discussed", "the meeting between A and B": the people named together are the parties</param>
    /// <param name="Spoken">a judgement only when someone is reported saying it, or the document's author says it</param>
    private sealed record Cue(EventKind Kind, CuePattern Pattern, double Strength, string Rule, AssessmentStatus? Status = null, bool Passive = false, bool Evaluative = false, bool Joint = false, bool Spoken = false);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>What a trial or an election fails to meet when that is a standard rather than a commitment: "basic fair-trial standards".</summary>
    /// <summary>An official welcomed to a place, after "welcome": "the OSCE Chairperson-in-Office, Federal Councillor Ignazio Cassis, to Chișinău today".</summary>
    private const string WelcomedTo = @"(the\s+)?[^.;]{0,120}?\b(Minister|President|Chair\w*|Secretary|Commissioner|Representative|Ambassador|Director|Councillor|Speaker|delegation|Mr|Ms|Mrs|Dr)\b[^.;]{0,80}?,?\s+to\s+(?-i:\p{Lu})[\p{L}-]+(\s+(today|yesterday|this\s+(week|morning|afternoon)))?\s*([.,;]|$)";

    /// <summary>Whom a call is paid on, where: "called on Imomi at the MFA on November 24" (a visit paid, not a call to act: no "to" follows).</summary>
    private const string CalledOnAt = @"((the\s+)?(?-i:\p{Lu})[\w’'-]+\s+){1,4}(at|in)\s+(the\s+)?(?-i:\p{Lu})(?![^.;]{0,100}\bto\s+\w)";

    /// <summary>A step told as the one promised: "was an important step that Bosnia and Herzegovina had promised to take".</summary>
    private const string StepPromised = @"\bsteps?\s+(that|which)\s+[^.;]{0,80}?\b(had|has|have)\s+(long\s+|repeatedly\s+)?(promised|pledged|committed)\s+to\s+take\b";

    private const string StandardsFailed = @"((basic|minimum|international|fair-trial|democratic|OSCE|due-process)\s+){1,3}standards\b";

    private static CuePattern Pattern(string pattern, bool splitLookArounds = false) => CuePattern.Of(pattern, Options, splitLookArounds);

    private static readonly Cue[] Cues =
    [
        // ("Wild did hold talks with Deputy Foreign Minister Mammadov": emphatic "did", after what did not happen; "phone call with", "Video call with")
        new(EventKind.Meeting, Pattern(@"\bmet\s+(with\b)?|\b(had|was)\s+(the\s+|a\s+)?(honou?r|pleasure|privilege|opportunity)\s+to\s+meet\s+(with\b)?|\b(tele)?phone\s+(call|conversation)s?\s+with\b|\bvideo\s+(call|conference)\s+with\b|\bdid\s+(hold|have)\s+(\w+\s+){0,2}(talks|meetings?|consultations)\s+(\w+\s+){0,4}with\b|\bdid\s+meet\s+(with\b)?|\bmeets\s+(with\b)?|\bmeetings?\s+with\b|\b(had|held)\s+(\w+\s+){0,2}(talks|meetings?|consultations|conversations?|discussions|round\s*tables?)\s+(\w+\s+){0,4}with\b|\breceived\b|\bwelcomed\s+(?=(Mr|Ms|Mrs|Dr|H\.\s?E)\.?\s|(His|Her)\s+Excellency\b)|\b(took|used|seized)\s+the\s+(opportunity|occasion)\s+to\s+meet\b|\b(spoke|talked)\s+((today|yesterday|again)\s+)?(by\s+(tele)?phone\s+)?((today|yesterday)\s+)?with\b(?=\s+(the\s+)?(?-i:[A-Z]))|\bdiscussed\b[^.;]{0,60}?\bwith\s+(the\s+)?(?-i:[A-Z])|\bwelcomed\b(?=[^.;]{0,200}\b(for|to)\s+(a|an|the)\s+([\w-]+\s+){0,3}(meeting|talks|consultations)\b)|\bpresented\s+(his|her|their)\s+(letters?\s+of\s+)?credentials\s+to\b"), 0.8, "cue:met-with"),
        // kept apart (a small pattern, compiled) so that the automaton of the one above stays small
        // ("raised this directly with the Georgian Foreign Minister, …, when they met in London", "visited Bishkek and raised concerns about
        // the draft with Foreign Minister …": what is raised with someone in person is raised in a meeting with them; "I was pleased to welcome
        // the OSCE Chairperson-in-Office, Federal Councillor Ignazio Cassis, to Chișinău today": an official welcomed to a place is met there)
        new(EventKind.Meeting, Pattern(@"\bexchanged\s+views\b[^.;]{0,80}?\bwith\s+(the\s+)?(?-i:[A-Z])|\bjoint\s+(press|news)\s+(conference|briefing)\s+with\b|\b(had|held)\s+an\s+exchange\s+of\s+views\s+with\b|\bengaged\s+in\s+(\w+\s+){0,2}(discussions|talks|consultations|dialogue)\s+with\b|\b(visited|travell?ed\s+to|came\s+to)\s+[^.;,]{1,60}?\bto\s+meet\s+(with\s+)?|\bfor\s+(\w+\s+)?(talks|meetings|consultations)\s+with\b|\bpa(id|ys|y)\s+(a\s+)?(courtesy|farewell|introductory)\s+(call|visit)\s+(on|to)\b|\braised\s+([\w’'-]+\s+){0,6}?with\s+(?=(the\s+)?([\w-]+\s+){0,3}(?-i:\p{Lu}))(?=[^.;]{0,160}\bwhen\s+(they|the\s+two|we)\s+(met|spoke)\b|(?<=\b(visited|during\s+(his|her|their)\s+visit)\b[^.;]{0,240}))|\b(pleased|delighted|glad|happy|honou?red|proud)\s+to\s+(welcome|host|receive)\s+(?=" + WelcomedTo + @")|\b(following|after)\s+(his\s+|her\s+|their\s+)?(\w+\s+)?(talks|meetings?|consultations)\s+with\b|\b(opened|launched|inaugurated|co-chaired)\s+(the|a|an)\s+([\w-]+\s+){0,3}?(course|conference|seminar|workshop|training|forum|event)\s+together\s+with\b|\b(after|following)\s+meeting\s+(with\s+)?(?=(the\s+)?(?-i:\p{Lu}))|^meeting\s+(with\s+)?(?=(the\s+)?(?-i:\p{Lu})[^.;]{0,80},\s+(?-i:\p{Lu}))|\bcalled\s+on\s+(?=" + CalledOnAt + @")"), 0.8, "cue:met-with"),
        new(EventKind.Meeting, Pattern(@"\bmeeting\s+(held\s+(today\s+|yesterday\s+)?)?between\b|\bmeeting\s+(featured|brought\s+together)\b|\b(is|was|are|were|been)\s+attended\s+by\b|\bmeeting\s+of\b(?=[^.]{0,160}\bwith\b)|\bmeeting\s+of\s+(the\s+)?(\w+\s+){0,3}(ministers|presidents|leaders|heads\s+of\s+state)\b|\b(discussed|exchanged\s+views|held\s+talks)\b|\bsigned\s+(today\s+|yesterday\s+)?(a|an|the)\s+(\w+\s+){0,2}(memorandum|agreement|protocol|roadmap)\b|\b(was|were)\s+signed\s+by\b"), 0.6, "cue:talks-between", Joint: true),
        // "A, and B today opened a five-day course on …": two people opening an event together meet (kept apart, small and compiled); so do
        // two a photo's caption shows "during their meeting in Ashgabat"
        new(EventKind.Meeting, Pattern(@"\b(opened|launched|inaugurated|co-chaired)\s+(a|an|the)\s+([\w-]+\s+){0,3}?(course|conference|seminar|workshop|training|forum)\b|(?<present>\bmeet\s+(in|at|on|under)\b|\bhold\s+talks\b)|\b(during|at|after)\s+their\s+(meeting|talks)\b|\bheld\s+their\s+([\w-]+\s+){0,3}(meeting|talks|consultations)\b|\b(committee|commission|council|board|group)\s+(met|convened)\b[^.;]{0,80}?,\s+(co-)?chaired\s+by\b"), 0.6, "cue:talks-between", Joint: true),
        new(EventKind.Meeting, Pattern(@"\b(during|in|at)\s+(the\s+|his\s+|her\s+|their\s+)?(meetings?|conversations?|talks)\b.{0,60}?\bwith\b"), 0.7, "cue:meetings-with"),
        // "Productive meeting today in Chișinău with President Maia Sandu": a post's verbless report of a meeting, its poster's
        // ("In November, Deputy Prime Minister Oleg Serebrian told Ambassador Keiderling that …": one official telling another, named, is their meeting)
        // ("Later, Speaker Alen Simonyan hosted her for a working lunch": and one hosting another)
        // ("held productive bilateral meetings in Lugano, including with the Foreign Minister of Kazakhstan Murat Nurtleu": whom, after where)
        new(EventKind.Meeting, Pattern(@"\bincluding\s+with\b(?<=\b(had|held)\s+[^.;]{0,60}?\b(talks|meetings|consultations)\b[^.;]{0,60}?\bincluding\s+with)|\b(productive|good|fruitful|excellent|constructive|useful|substantive|great|warm)\s+(meeting|talks|discussions?|exchange|conversation)\s+(today\s+|yesterday\s+|this\s+morning\s+)?(in\s+[\p{L}-]+\s+)?(today\s+|yesterday\s+)?with\b|\bhosted\s+(?<whom>him|her)\s+(?=for\s+(a|an)\s+(working\s+|official\s+)?(lunch|dinner|breakfast)\b)|\btold\s+(?=(the\s+)?(?-i:Ambassador|Minister|President|Prime\s+Minister|Foreign\s+Minister|Secretary\s+General|Director|Speaker|Chairperson|Mr|Ms|Mrs|Dr)\.?\s+((?-i:\p{Lu})[\p{L}'’-]+\s+){1,3}that\b)"), 0.7, "cue:meetings-with"),
        new(EventKind.Visit, Pattern(@"\b(concluded|completed|paid|began|started)\s+(his|her|their|a|an)?\s*(first\s+|official\s+|working\s+|state\s+|two-day\s+|three-day\s+)*visits?\s+(to|in)\b|\bvisited\b|\b(working|official|state)\s+visit\s+to\b|\bvisit\s+to\b|\b(is|are|was|were)\s+visiting\b|\b(arrived|landed|is\s+arriving)\s+in\b|\btravell?ed\s+to\b|\b(with|on|during|as\s+part\s+of)\s+(a|an|his|her|their)\s+(\w+\s+)?trip\s+to\b|\b(is|are|was|were)\s+in\s+(?<in>(?-i:\p{Lu})[\w-]+)\s+on\s+(an?|his|her|their)\s+(first\s+|working\s+|official\s+|state\s+|two-day\s+|three-day\s+){0,3}visit\b|\b(is|are|was|were)\s+in\s+(?<in>(?-i:\p{Lu})[\w-]+)\s+(on\s+[^.;]{1,30}?\s+)?for\s+(talks|meetings|consultations)\b|(?<=\bwho\s+)(is|was)\s+in\s+(?<in>(?-i:\p{Lu})[\w-]+)\s+ahead\s+of\b|(?<present>\bvisits\s+(?=(?-i:\p{Lu})))|(?<=\b(concluded|completed|wrapped\s+up|wraps\s+up|ended|began|started)\s+(his|her|their|a|an)\s+([\w-]+\s+){0,2})(trip|tour)\s+(to|of)\b"), 0.8, "cue:visit-to"),
        new(EventKind.CommitmentMade, Pattern(@"\bcommitted\s+(itself|themselves|himself|herself)?\s*to\b|(?<=\b(had|has|have)\s+)committed,\s+[^,;.]{3,80},\s+to\s+(?=\p{Ll})|\bpledged\b|\b(re)?(affirm|confirm|iterat|inforc)\w*\s+(\S+\s+){0,5}?(readiness|commitment|desire|determination|willingness|resolve|dedication|engagement|intention)\b|\breaffirm\w*\s+(the\s+)?[“""@]?[\w’']+(’s|'s)\s+(strong\s+|full\s+|continued\s+|firm\s+|unwavering\s+)?support\b|\bdisposal\b|\bcontinues?\s+to\s+(uphold|honou?r|abide\s+by|fulfil+)\s+(its|their)\b|\bwill\s+(have|maintain)\s+(a\s+)?(close|closer|intensive)\s+co-?operation\s+with\b|\bwill\s+(closely\s+)?co-?operate\s+(closely\s+)?with\b|\baccepted\s+(this|the|that|our|his|her)\s+(co-?operation|proposal|offer|initiative)\b|\b(re)?(affirm|confirm|iterat)\w*\s+(continued\s+|full\s+|its\s+|their\s+|his\s+|her\s+)?support\s+for\b|\b(could|can)\s+provide\s+(\w+\s+){0,2}(support|assistance|expertise)\b|\bassur(ed|ing|es)\b[^.;]{0,80}\b(would|will)\s+continue\b|\bkeeps?\s+on\s+working\b|\b(expressed|stress|stressed|underlined|underscored|emphasi[sz]ed|highlighted|voiced|declared)\s+(\S+\s+){0,5}?(readiness|commitment|desire|determination|willingness|resolve|intention)\b|\boffer(s|ed)\s+(its|his|her|their)\s+(full\s+)?(support|assistance|expertise)\b|\b(is|was|are|were|remains?|stands?|stood)\s+ready\s+to\b|\b(remains?|stands?)\s+ready\s+for\s+(an?\s+)?(\w+\s+)?(dialogue|co-?operation|talks|engagement|negotiations)\b|\b(solid|firm|strong|continued|unwavering)\s+commitment\s+to\b|\bcan\s+rely\s+on\b|\battaches?\s+(great\s+)?importance\s+to\s+continued\b|\bintends?\s+to\s+(continue|strengthen|support|enhance|contribute|promote|help)\b|\bstands?\s+by\s+(our|its|their|his|her)\s+(\w+\s+){0,2}(contribution|commitments?|support|pledges?|obligations)\b|\binterested\s+in\s+(continuing|developing|expanding|strengthening|deepening)\b|\b(confirm|confirmed|confirming|expressed|reaffirmed|reiterated)\s+(\S+\s+){0,3}interest\s+in\s+(continuing|developing|expanding|strengthening|deepening)\b|\baim\s+is\s+to\s+(continue|further|strengthen|enhance|re-?energi[sz]e|intensify|promote|support|help|advance|contribute)\b|\bagreed\s+on\b|\bagreed\s+that\b|\bconfirmed\s+(his|her|their|its)\s+participation\s+in\b|\bexpressed\s+(its\s+|his\s+|her\s+|their\s+)?(full|continued|close)\s+co-?operation\s+with\b|\bundert(ook|akes?)\s+to\b|\bpromised\s+to\b|\bagreed\s+to\b|\bmade\s+a\s+commitment\b|\bcommitment\s+to\s+continue\b|\b(joint|mutual|shared)\s+commitment\s+to\b|\bcommitment\s+to\s+\w+ing\b|(?<own>\bwill\s+(actively\s+|further\s+)?(continue\s+to|contribute\s+to|support|assist|help)\b|\bwould\s+continue\s+(to|the|its|their)\b|\b(will|would)\s+endeavou?r\s+to\b)"), 0.7, "cue:committed"),
        // ("both countries committed in the Alma-Ata Declaration of 1991 to recognise …": the instrument they committed in, before what)
        // ("Azerbaijan committed in the 1990 Copenhagen Document to respect …": the instrument's year before its name)
        new(EventKind.CommitmentMade, Pattern(@"\bcommitted\s+in\s+(the\s+)?((19|20)\d\d\s+)?(?-i:\p{Lu})[^,;.]{3,60}?\s+to\s+(?=\p{Ll})"), 0.7, "cue:committed"),
        // "will make every effort to", "the authorities aim to resume …", "assured that consultations … will continue", "We will try to help …",
        // "has repeatedly promised political modernisation", "has repeatedly undertaken to bring …", "accepted recommendations to protect journalists" (at a review),
        // "accepted the commitments of the 1990 Copenhagen Document", "assured the Representative that the Government would establish a working group"
        // (and "assured Kamp that the new law … would not restrict the use of minority languages": a pledge not to curb, though no other "would not")
        // ("Tokayev assured him that the new Concept … would “guarantee the right …”": or a pledge quoted from its first word)
        // ("Tokaev has assured the OSCE High Commissioner on National Minorities, Christophe Kamp, that the country will preserve …": whom, by office then name)
        // ("assured the Director that Kyrgyzstan would invite ODIHR … and that the authorities would share the draft …": a second pledge, its own "that")
        // ("said that the equipment would be deployed to the outposts …", "informed that … has implemented 22 of the 27 recommendations, and that
        // the remaining ones will be addressed in …", "promised the world an open and inclusive COP", "Armenia intends to host an OSCE regional conference …")
        // ("proposed holding a high-level conference on the prevention of violent extremism in Bishkek": an offer to host; "Japarov stated that "no
        // journalist will be imprisoned for his work"": a promise that something will not be done)
        // (a small pattern, compiled: in the automaton above, "will" and "aim" would open at every word)
        new(EventKind.CommitmentMade, Pattern(@"\bwill\s+make\s+every\s+effort\s+to\b|\b(proposed|offered)\s+(?=" + HostOffered + @")(holding|hosting|to\s+(hold|host))\b|\binterest\s+in\s+hosting\b|\b(will|would)\s+(ever\s+)?be\s+(imprisoned|prosecuted|jailed|arrested|punished|persecuted|detained|considered|pardoned|released|freed)\b(?<=\b(stated|said|declared|promised|assured)\s+((in|on)\s+\w+\s+)?that\s+[“""]?(?<verb>no|everyone|everybody|anyone|all)\s+(\w+\s+){0,4}(will|would)\s+(ever\s+)?be\s+\w+)|\bcontinues?\s+to\s+stand\s+(firmly\s+)?(with|by)\b|\bexpress(ed|es|ing)?\s+(his|her|its|their|our)\s+(full\s+|strong\s+|continued\s+|firm\s+)?support\s+(for|to)\b|\baims?\s+to\s+(resume|continue|further|strengthen|enhance|deepen|expand|develop|intensify|promote|support|build)\b|\bassur(e|ed|ing|es)\b[^.;]{0,160}?\b(would|will)\s+continue\b|(?<own>\bwill\s+(try|seek|strive|work|attempt)\s+to\b)|\b(has|have|had)\s+(repeatedly\s+|long\s+|also\s+)?(promised|undertaken\s+to)\b|(?<!\b(the|its|his|her|their|long-)\s)\bpromised\s+(to|a|an|((in|on|at)\s+[\w ]{1,20}?\s+|(me|us|him|her|them)\s+)?that|(the\s+world|the\s+public|voters|citizens|the\s+people)\s+(an?|to|that))\b|\baccepted\s+(\w+\s+){0,3}recommendations?(\s+(at|during|in|from)\s+[^.;,]{0,60}?)?\s+to\b|\baccepted\s+(the\s+)?(\w+\s+){0,3}(commitments|obligations)\s+(of|under|in)\b|\b(assur(ed|ing|es)|(?<!\b(the|its|his|her|their|long-)\s)promised)\b(?=\s+((\w+\s+){0,4}?|(the\s+)?(?-i:\p{Lu})[^.;,]{2,80},\s+[^.;,]{3,40},\s+)that\b[^.;]{0,120}?\b(would|will)\s+[“""]?(?!not\b(?!\s+(restrict|limit|curtail|affect|close|ban|block|prosecute|extradite|reduce)\b))\w+)|\band\s+that\b(?=\s+([\w-]+\s+){1,3}(would|will)\s+(?!not\b)\w+)(?<=\b(assured|informed|promised)\b[^.;]{0,240})|\bthat\s+(?=the\s+(?-i:\p{Lu})[\w-]+\s+((on|of|for|and|the|(?-i:\p{Lu})[\w-]+)\s+){1,6}(would|will)\s+(?!not\b)\w+)(?<=\b(assured|informed|promised)\b[^.;]{1,240}?,?\s+and\s+that\s+)|\bsaid\b(?=\s+(that\s+)?((his|her|its|their)\s+(government|country|authorities)|the\s+(government|council\s+of\s+ministers|(?-i:CoM)|cabinet(\s+of\s+ministers)?|assembly|parliament|police|commission)(\s+of\s+(the\s+)?(?-i:\p{Lu})[\w-]+(\s+(?-i:\p{Lu})[\w-]+)?)?)\s+would\s+(?!not\b)\w+)|\b(said|stated|informed)\b(?=\s+(that\s+)?the\s+(OSCE\s+)?(?-i:Mission|Office|Centre|Presence|Programme\s+Office|Chairpersonship|Chairmanship|PA|Parliamentary\s+Assembly)\s+(will|would)\s+(?!not\b)\w+)|(?<=\bsaid\s+that\s+[^.;]{1,240}?,\s+and\s+)that\s+(it|he|she|they)\s+(will|would)\s+(?!not\b)(?=\w)|(?<=\b(said|telling\s+(\w+\s+){1,2}?|told\s+(\w+\s+){1,2}?)\s*that\s+[^.;]{1,240}?,?\s+and\s+)that\s+the\s+(government|authorities|ministry)\s+(will|would)\s+(?!not\b)(?=\w)|\binformed\b(?=\s+(\w+\s+){0,4}?that\s+((the\s+|his\s+|her\s+|its\s+)?(government|authorities|ministry|side)\s+(would|will)\s+(?!not\b)\w+|(the\s+)?((?-i:\p{Lu})[\p{L}-]+\s+){1,3}(would|will)\s+(?!not\b)\w+|[^.;]{0,100}?\bwould\s+be\s+(accredited|registered|granted|given|provided|allowed|invited|released|published|reviewed)\b))|\btold\b(?=\s+((the\s+)?(\d+\.[a-z]{2,3}\b|(?-i:\p{Lu}))[^,;.]{0,80}?(,\s+(?-i:\p{Lu})[^,;.]{0,50},(\s+[^,;.]{0,40}?)?)?|the\s+(nation|country|people|parliament|press|media|journalists|reporters)|(senators|lawmakers|deputies|MPs|parliamentarians)|him|her|(his|her|their)\s+((?-i:\p{Lu})[\w-]+\s+)?(counterparts?|colleagues?|hosts?|guests?|interlocutors?)(,?\s+(?-i:\p{Lu})[^,;.]{0,60}?)?)\s+that\s+(it|they|the\s+(government|authorities|ministry|commission|police)|(the\s+)?(?-i:\p{Lu})[\w.-]+(\s+(?-i:\p{Lu})[\w-]+){0,2})\s+would\s+[“""]?(?!not\b)(?<verb>\w+))|\bconfirmed\b(?=\s+that\b[^.;]{0,120}?\b(would|will)\s+(?!(not|host|study|consider|examine)\b)(be\s+)?\w+)|\bprovides?\s+(strong\s+|full\s+|continued\s+|active\s+)?support\s+to\b|\b(noted|said|stated|informed)\s+that\s+(?<verb>the)\s+(new\s+|revised\s+)?(draft|bill|law|code|strategy|report|equipment|vehicles|funds)\s+would\s+be\s+(sent|submitted|shared|forwarded|presented|deployed|installed|distributed|delivered)\s+(to|in|at)\b|(?<=\b(said|informed|noted|stated|told\s+(\w+\s+){1,3}?)\s*that\s+[^.;]{1,240}?,?\s+and\s+)that\s+(?<verb>the)\s+(remaining\s+(ones|recommendations|issues|measures)|recommendations)\s+(will|would)\s+be\s+(addressed|implemented|dealt\s+with|reviewed|considered|examined)\b|\b(announced|confirmed|pledged)\s+(an?\s+)?(new\s+|additional\s+|further\s+)?(contribution|funding|grant|donation)\s+of\s+(£|€|\$|CHF\s+|EUR\s+|USD\s+)?\d|\bintends?\s+to\s+(second|contribute|donate|allocate|provide\s+(an?\s+)?(additional|further|new)|fund|finance|host)\b|\bassur(ed|es|ing)\s+([\w-]+\s+){0,3}of\s+([\w’'-]+\s+){0,3}(further|continued|full|continuous|ongoing)\s+support\b|\boffer(s|ed)\s+(my|our)\s+((Office|Mission|Centre|team)[’']s\s+)?(full\s+|legal\s+|technical\s+|expert\s+)?(support|assistance|expertise|review|advice)\b|\boffer(s|ed)\s+(?-i:\p{Lu})[\w/-]+[’']s\s+(full\s+|legal\s+|technical\s+|expert\s+)?(support|assistance|expertise|review|advice)\b|\boffer(s|ed)\s+(its|his|her|their)\s+((Office|Mission|Centre|team)[’']s\s+(full\s+|legal\s+|technical\s+|expert\s+)?(support|assistance|expertise|review|advice)|(legal\s+|technical\s+|expert\s+)(support|assistance|expertise|review|advice)|review|advice)\b|(?<terms>\bwill\s+(?<=^\W*Under\s+(the|this|that|its|their)\s+(new\s+)?(memorandum|agreement|roadmap|protocol|action\s+plan|MoU|arrangement|accord)\s*,[^.;]{0,200}?will\s+)(?!not\b|be\s+(held|signed)\b)(?<verb>\w+))|(?<termsNext>^\W*The\s+(Ministry|Government|Office|Programme\s+Office|Mission|Centre|Center|Secretariat|Agency|Committee|Commission)\s+will\s+(?!not\b|be\s+(held|signed)\b)(?<verb>\w+))"), 0.65, "cue:committed"),
        // "highlighted … that one of the priorities of the new government is to continue the process of reforms", "Borg affirmed
        // ("Despite President Mirziyoyev's pledge in 2017 to make the country's media …": a pledge named as its maker's, in passing)
        // OSCE’s support for the peace process", "interested in further developing this cooperation" (kept apart, small and compiled: the cue above is near the automaton's size)
        new(EventKind.CommitmentMade, Pattern(@"\bpriorit(y|ies)\s+(of\s+(the\s+|our\s+|its\s+|his\s+|her\s+)?([\w-]+\s+){0,2})?(is|are|will\s+be|remains?)\s+to\s+(continue|strengthen|ensure|promote|support|advance|develop|deepen|pursue|complete)\b|\b(re)?affirm(ed|s|ing)\s+(the\s+)?((?-i:\p{Lu})[\w-]+\s+)?[\w’'-]+(’s|'s|(?<=s)’|(?<=s)')\s+[“""]?(\w+\s+)?[”""]?support[”""]?\s+(for|to)\b|\binterested\s+in\s+further\s+(developing|expanding|strengthening|deepening)\b|(?<=(’s|'s)\s+(\w+\s+)?)(pledge|promise)\s+(in\s+\d{4}\s+)?to\s+(?!be\b)\w+"), 0.6, "cue:committed"),
        // "… accepted the implementation annex, committing their governments to implement all articles of the agreement" (small, compiled)
        // ("the Minister announced £4 million in new UK funding to strengthen …": a sum announced)
        // ("The Minister announced that Lithuania would contribute 200,000 euros to …": a State's contribution announced)
        // ("Albares conveyed to the Secretary General Spain's firm support for the OSCE …": a State's support conveyed pledges it; so does
        // "Kazakhstan traditionally invites ODIHR and will send an invitation as soon as the elections are called")
        new(EventKind.CommitmentMade, Pattern(AnnouncedContribution + @"|\b(announced|pledged|committed)\s+(a\s+further\s+|an\s+additional\s+)?(£|€|\$|CHF\s?|EUR\s?|USD\s?|SEK\s?)\d[\d.,]*\s*(million|billion|m|bn)?\s+(in\s+)?(new\s+|additional\s+|further\s+)?((?-i:\p{Lu})[\w-]+\s+)?(funding|support|assistance|aid)\b|\bcommitting\s+(themselves|itself|himself|herself|(their|his|her|its)\s+(governments?|countries|country|states?|authorities))\s+to\s+(?!be\b)\w+|\bsupport\s+for\b(?<=\bconvey(ed|s|ing)\s+[^.;]{0,80}?[\w’']+(’s|'s)\s+(firm\s+|full\s+|strong\s+|continued\s+|unwavering\s+)?support\s+for)|\bwill\s+(send|extend|issue)\s+(an?\s+|the\s+)?(official\s+)?invitation\b"), 0.6, "cue:committed"),
        new(EventKind.CommitmentAssessed, Pattern(@"\b(fails?|failed|failure)\s+to\s+(meet|put\s+in\s+practice|implement|deliver|live\s+up\s+to|do\s+so|honou?r|keep|fulfil+)\b|\bundelivered\s+promises\b|\blong\s+way\s+to\s+go[”""]?\s+(to|before|in)\s+(meet|meeting|fulfil\w*|honou?r\w*|implement\w*|compl(y|ying))\b"), 0.65, "cue:failed-to-meet", AssessmentStatus.Unmet, Evaluative: true),
        // "Uzbekistan has implemented 20 of the 27 recommendations made by ODIHR", "has satisfactorily implemented or dealt with 8 of the 13": some kept, the rest not yet
        new(EventKind.CommitmentAssessed, Pattern(@"\b(has|have|had)\s+(so\s+far\s+|already\s+|now\s+|\w+ly\s+)?(implemented|fulfilled|addressed|met)\s+(or\s+dealt\s+with\s+)?(\d+|\w+)\s+(of|out\s+of)\s+(the\s+|its\s+|their\s+)?(\d+|\w+)\s+(\w+\s+)?(recommendations|commitments|pledges|promises)\b|\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)\s+of\s+(the\s+)?(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)\s+(\w+\s+){0,3}recommendations\s+(had|have|has)\s+(so\s+far\s+|now\s+)?been\s+(fully\s+)?(implemented|addressed|fulfilled)\b|\b(remain|remains|remained)\s+(only\s+)?(partially|partly)\s+(addressed|implemented|fulfilled)\b|\bonly\s+(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|a\s+handful)\s+of\s+(them|these|those)\s+(had|have|has)\s+(so\s+far\s+|now\s+)?been\s+(fully\s+)?(implemented|addressed|fulfilled)\b|\bonly\s+\d+\s+of\s+(the\s+)?\d+\s+(\w+\s+){0,2}(fully\s+)?(comply|complies|complied)\s+with\b|\b(many|most|some|several)\s+of\s+the\s+(\w+\s+)?recommendations\b[^.;]{0,100}?\b(remain|remains|remained)\s+(to\s+be\s+(addressed|implemented)|unaddressed|unimplemented|outstanding)\b"), 0.6, "cue:partly-implemented", AssessmentStatus.PartiallyMet, Evaluative: true),
        // "Of the 40 cases recorded by NUNS, only three have led to an indictment", after a pledge to investigate every attack: a few of
        // the cases it covers dealt with, the rest not (kept apart, small and compiled, opening on a rare word)
        new(EventKind.CommitmentAssessed, Pattern(@"\bonly\s+(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|a\s+handful)\s+(of\s+(them|these|those)\s+)?(have|has|had)\s+(so\s+far\s+|yet\s+)?(led\s+to|resulted\s+in|ended\s+(in|with))\s+(an?\s+)?(indictments?|convictions?|prosecutions?|charges|trials?|sentences?|arrests?)\b(?<=^\W*Of\s+(the|these|those)\s+(\d+|[\w-]+)\s+[^.;]{0,100}?,\s+only\s+[^.;]{1,120})|\bonly\s+(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+(the\s+)?\d+\s+(\w+\s+){0,2}recommendations\s+(from|of|in|made\s+(in|by))\s+[^.;,]{1,50}?\s+(had|have|has)\s+(so\s+far\s+|now\s+)?been\s+(fully\s+)?(implemented|addressed|fulfilled)\b"), 0.6, "cue:partly-implemented", AssessmentStatus.PartiallyMet, Evaluative: true),
        // ("the proceedings did not meet the fair trial standards that Azerbaijan has committed to": what a State undertook, not met)
        // ("The parliamentary commission set up for that purpose has not published any findings": an inquiry promised, with nothing to show)
        new(EventKind.CommitmentAssessed, Pattern(@"\b(has|have|had)\s+not\s+lived\s+up\s+to\s+(its|their|his|her)\b|\b(did|does|do)\s+not\s+(meet|satisfy|comply\s+with)\s+(the\s+)?([\w-]+\s+){0,3}(standards|commitments|obligations)\b(?=\s+(that|which)\s+[^.;]{0,60}?\b(has|have|had)\s+(committed|subscribed|signed\s+up)\s+to\b)"), 0.6, "cue:not-lived-up-to", AssessmentStatus.Unmet, Evaluative: true),
        // "It has not implemented them", "most of our priority recommendations remain unaddressed", "That promise has not been kept": what was undertaken, not done
        // ("The continued imprisonment of journalists flatly contradicts that statement": what is done against a promise referred back to)
        // ("Eighteen months later, that guidance has not been published", "Twenty months on, not a single ban has been lifted": the time
        // since a promise told, and what it promised still not done; "No such review has begun", "Georgia did not issue that invitation",
        // ""This did not happen," the Representative said", "Neither has been implemented", "whose recommendations Belarus has ignored",
        // "No such visit has taken place")
        new(EventKind.CommitmentAssessed, Pattern(@"\b(has|have|had)\s+not\s+(yet\s+)?(implemented|fulfilled|honou?red|kept|delivered\s+on)\s+(them|it|these|those|this|that|(?<whose>(the|its|their)\s+(\w+\s+){0,2}(recommendations|commitments|pledges|promises)\s+(of|made\s+by|by)\b))\b|\b(remain|remains|remained)\s+(largely\s+|mostly\s+|still\s+)?(unaddressed|unimplemented|unfulfilled)\b|\b(that|this|the|these|those|such)\s+(promise|pledge|commitment|undertaking|assurance)s?\s+(has|have|had)\s+not\s+(yet\s+)?been\s+(met|kept|fulfilled|honou?red|implemented|delivered\s+on)\b|\b(promise|pledge|commitment)s?\s+rings?\s+hollow\b|\b(that|this|the)\s+(promise|pledge|commitment|undertaking|assurance)\s+(has|had)\s+been\s+broken\b|\b(long\s+)?past\s+time\s+to\s+(honou?r|fulfil+|keep|implement|deliver\s+on)\s+(that|this|its|their|these|those)\b|\b(has|have|had)\s+not\s+(yet\s+)?(?<asked>done\s+so)\b|(?<nosuch>\bno\s+such\s+(\w+\s+)?(review|reform|revision|investigation|steps?|action|measures?|changes?|amendments?|consultations?|visit)\s+(has|have|had)\s+(yet\s+|so\s+far\s+|ever\s+)?(taken\s+place|begun|started|been\s+(taken|made|carried\s+out|adopted|undertaken|held|initiated|launched))\b)|(?<nosuch>\b(has|have|had)\s+not\s+(yet\s+)?taken\s+(these|those|such)\s+steps\b)|(?<nosuch>\b(did|has|have|had)\s+not\s+(yet\s+)?(issue|send|extend|issued|sent|extended)\s+(that|this|such\s+an?)\s+(invitation|request)\b)|(?<nosuch>\b(that|this|the)\s+(invitation|request)\s+(has|had)\s+(still\s+)?(not|never)\s+(yet\s+)?been\s+(extended|issued|sent|made)\b)|(?<nosuch>\b[Nn]o\s+(such\s+)?(invitation|request|reply|response|draft|bill|decision|decree|access|permission)(\s+law)?(\s+[\w-]+ing\s+(the|an?|its|such)\s+[\w-]+)?\s+(has|have|had)\s+(yet\s+|so\s+far\s+|ever\s+)?been\s+(sent|issued|extended|made|submitted|tabled|received|adopted|published|given|signed|granted|provided|allowed)\b)|\b(regard|regards|consider|considers)\s+(the|this|that|his|her|its|their)\s+([\w’'-]+\s+){0,2}(assurance|promise|pledge|commitment|undertaking)s?\s+as\s+(not\s+(yet\s+)?(honou?red|kept|fulfilled|met|implemented)|unfulfilled|broken)\b|(?<nosuch>\b(flatly\s+|directly\s+|clearly\s+)?contradicts?\s+(that|this|these|those)\s+(statement|promise|pledge|commitment|assurance|undertaking)s?\b)|(?<nosuch>\b[\w-]+\s+(months|years|weeks)\s+(later|on),\s+((that|this|these|those)\s+([\w-]+\s+){0,2}(has|have)\s+(still\s+)?not\s+(yet\s+)?been|(not\s+a\s+single|no)\s+[\w-]+\s+(has|have)\s+(yet\s+)?been)\s+\w+ed\b)|(?<nosuch>\b(this|that)\s+(did\s+not|didn't|has\s+not|hasn't|never)\s+(happen|happened|materiali[sz]ed)\b)|(?<nosuch>\b(neither|none)(\s+of\s+(them|these|those))?\s+(has|have)\s+(yet\s+|so\s+far\s+|ever\s+)?been\s+(implemented|fulfilled|kept|honou?red|met)\b)|\bwhose\s+recommendations\s+[^.;,]{1,40}?\s+(has|have|had)\s+(so\s+far\s+|largely\s+|simply\s+|completely\s+)?ignored\b|(?<since>\b[Ss]ince\s+then,?\s+(the\s+)?(\w+\s+){0,3}(has|have)\s+(arrested|jailed|imprisoned|detained|prosecuted|convicted|closed|banned|blocked)\b)"), 0.6, "cue:not-implemented", AssessmentStatus.Unmet, Evaluative: true),
        // ("Azerbaijan did not invite us to observe its parliamentary elections in September, and that is a clear departure from its commitments")
        new(EventKind.CommitmentAssessed, Pattern(@"\bdeparture\s+from\s+(its|their|his|her|the)\s+([\w-]+\s+){0,2}(commitments|obligations|promises|pledges)\b"), 0.6, "cue:not-implemented", AssessmentStatus.Unmet, Evaluative: true),
        // ("The government promised at the time that registration would be "a simple formality". Two years on, the evidence shows otherwise",
        // "… told this Council that it would invite ODIHR …. We have yet to see that invitation extended", "… "will consider" the
        // recommendations. No investigation has been opened.")
        // "Two former Kloop camera operators have since served more than a year in pre-trial detention", after a promise that no journalist
        // would be imprisoned (small, compiled: one alternative more took the automaton above past its engine's size, to backtracking)
        new(EventKind.CommitmentAssessed, Pattern(@"(?<since>\b(has|have)\s+since\s+(served|spent)\s+(more\s+than\s+|over\s+|nearly\s+|almost\s+)?(a|an|one|two|three|\d+)\s+(\w+\s+)?(years?|months?)\s+in\s+(pre-trial\s+)?(detention|prison|custody|jail)\b|\b(evidence|reality|record|practice)\s+(shows?|showed|suggests?|proves?|tells?)\s+otherwise\b|\b(have|has)\s+yet\s+to\s+see\s+(that|this|the|any|such)\s+([\w-]+\s+){0,2}(invitation|commitment|promise|pledge|step|reform|investigation|law)\b|^\W*No\s+(investigation|inquiry|criminal\s+case|case|charges?)\s+(has|have)\s+(yet\s+|since\s+|ever\s+)?been\s+(opened|launched|initiated|brought|filed)\b)"), 0.6, "cue:not-implemented", AssessmentStatus.Unmet, Evaluative: true),
        new(EventKind.CommitmentAssessed, Pattern(@"(?<since>\b(has|have|had)\s+(met|convened|been\s+convened)\s+only\s+(once|twice|one\s+time)\b)|(?<since>\b(was|were|has\s+been|have\s+been)\s+(introduced|implemented|applied|rolled\s+out|piloted)\s+(in\s+only|only\s+in)\s+(a\s+few|some|a\s+handful\s+of|\d+)\b)|\b(fallen|fell|falls?)\s+short\b|\binsufficient\s+to\s+meet\b|\bpartially\s+(met|implemented)\b|\b(has|have|had)\s+(so\s+far\s+)?(\w+ly\s+)?(implemented|fulfilled|addressed)\s+only\s+(one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|a\s+handful|\d+)\b|\b(promise|pledge|commitment|undertaking)s?\s+(was|were|has\s+been|have\s+been)\s+(kept|honou?red|fulfilled|implemented|met)\s+(only\s+)?(in\s+part|partly|partially)\b"), 0.65, "cue:fell-short", AssessmentStatus.PartiallyMet, Evaluative: true),
        new(EventKind.CommitmentAssessed, Pattern(@"(?<!\b(never|not)\s)\b(fulfilled|met|honou?red|kept)\s+(its|their|his|her|that|this)\s+(commitments?|promises?|pledges?)\b|\b(commitments?|promises?|pledges?)\s+(have|has)\s+(now\s+)?been\s+(kept|fulfilled|honou?red|met|implemented)\b|\b(promise|pledge|commitment)\s+was\s+(duly\s+|fully\s+)?(kept|fulfilled|honou?red)\b(?!\s+(only|in\s+part|partly|partially))|(?<!\b(ensure|ensures|ensuring|sure|order|see)\s+)\b(that|this|her|his|their|its)\s+(promise|pledge|undertaking)\s+is\s+(now\s+)?(duly\s+|fully\s+)?(kept|fulfilled|honou?red)\b(?!\s+(only|in\s+part|partly|partially))"), 0.6, "cue:fulfilled", AssessmentStatus.Met, Evaluative: true),
        // "In recent years, it has systematically violated that commitment": what was undertaken, broken (small, compiled)
        new(EventKind.CommitmentAssessed, Pattern(@"\b(violated|breached|broken|broke|flouted)\s+(that|this|these|those|its|their)\s+(commitments?|promises?|pledges?|undertakings?)\b|\b(has|have|had)\s+(never|not)\s+(yet\s+)?(fulfilled|honou?red|kept|implemented|met)\s+(that|this|these|those|its|their)\s+(commitments?|promises?|pledges?|undertakings?)\b"), 0.6, "cue:broken", AssessmentStatus.Unmet, Evaluative: true),
        // "The Ombudsman's office has been strengthened, as recommended": done as asked (small, compiled)
        // ("The adoption in June of the Law …, which the Mission helped draft, was an important step that Bosnia and Herzegovina had promised to take")
        new(EventKind.CommitmentAssessed, Pattern(@"\b(has|have)\s+been\s+\w+ed\b[^.;]{0,40}?,\s+as\s+(recommended|promised|pledged|agreed)\b|\b(has|have|had)\s+(now\s+|already\s+|fully\s+)?(completed|fulfilled|delivered)\b[^.;]{0,100}?,\s+as\s+(promised|pledged|agreed|committed)\b|(?<step>" + StepPromised + @")"), 0.55, "cue:done-as-asked", AssessmentStatus.Met, Evaluative: true),
        // ("… Roșca committed to establishing a working group on multilingual education. The working group was set up in October 2025":
        // the thing the last pledge named, said to be set up, is the pledge kept; checked against that pledge below)
        new(EventKind.CommitmentAssessed, Pattern(@"^\W*The\s+(?<done>(new\s+)?[\w-]+(\s+[\w-]+){0,3}?)\s+(was|were|has\s+been|have\s+been)\s+(duly\s+|finally\s+|eventually\s+|formally\s+)?(set\s+up|established|created|launched|founded)\b"), 0.55, "cue:done-as-promised", AssessmentStatus.Met, Evaluative: true),
        // ("Despite the President's pledge …, criminal liability for defamation was never abolished": a pledge found not kept)
        // "Others, such as …, have not been implemented" (small, compiled; the participle looked for, the words before it looked behind for:
        // "been" would let the cue be tried in most sentences)
        // ("the Ministry has not yet adopted the strategy, which it pledged in March 2025 to adopt": a step a pledge named, not taken)
        // ("… had promised … to approve by the end of that year. The plan has still not been approved": what a pledge named, told after it as still not done)
        new(EventKind.CommitmentAssessed, Pattern(@"(?<=\b(has|have)\s+not\s+(yet\s+)?been\s+)(implemented|fulfilled|honou?red|kept|addressed)\b|(?<=\b(promise|pledge|commitment|undertaking)s?\s+(was|were)\s+not\s+)(kept|honou?red|fulfilled|implemented)\b|\b[Dd]espite\b[^.;]{0,150}?\b(pledge|promise|commitment)s?\b[^.;]{0,200}?\b(was|were|has|have)\s+(never|still\s+not)\s+(been\s+)?(abolished|repealed|adopted|implemented|amended|fulfilled|kept|honou?red|introduced|released|lifted)\b|(?<pledged>\b(has|have|had)\s+not\s+(yet\s+)?\w+ed\b[^.;]{0,120}?,\s+(which|as)\s+(it|they|he|she)\s+(had\s+|has\s+)?(pledged|promised|undertook|committed\s+(itself|themselves))\b)|(?<nosuch>\b(have|has)\s+not\s+seen\s+any\s+(evidence|sign|indication)\s+that\s+(this|that|these|those|the|such)\b)|(?<nosuch>\b(is|are|am)\s+not\s+aware\s+of\s+any\s+such\s+\w+\s+(having\s+)?(taken\s+place|been\s+(carried\s+out|conducted|held|completed|made|adopted))\b)|(?<since>^\W*Since\s+then,\s+[^.;]{0,80}?\b(have|has)\s+been\s+(detained|arrested|jailed|imprisoned|prosecuted|closed|blocked|banned)\b)|(?<since>^\W*Instead,\s+[^.;]{3,120}?\b(have|has|had)\s+(become|grown)\s+(stricter|harsher|tighter|worse|more\s+restrictive)\b)|(?<since>^\W*Instead,\s+(the\s+)?(arrests?|detentions?|prosecutions?|persecution|harassment|repression|crackdown)\b[^.;]{0,60}?\b(have|has)\s+continued\b)|(?<since>\bneither\s+(side|party|government|of\s+them)\s+(has|have)\s+(yet\s+)?done\s+so\b)|(?<since>\bneither\s+(commitment|pledge|promise|undertaking)\s+has\s+(yet\s+)?been\s+(fulfilled|kept|honou?red|implemented|met)\b)|(?<since>^\W*([\w-]+\s+){1,4}(years?|decades?|months?)\s+later,\s+((not\s+a\s+single|no)\s+[^.;]{2,60}?\b(has|have)\s+(been\s+(\w+ed|held|made|done|begun|taken)|taken\s+place|happened|materiali[sz]ed)\b|[^.;]{0,100}?\b((held|kept)\s+(on\s+[^.;]{0,40}?charges|in\s+(prison|detention|custody)|behind\s+bars|without\s+trial)|political\s+prisoners)\b))|(?<since>(?<=^\W*The\s+[\w-]+(\s+[\w-]+){0,2}?\s+(has|have)\s+still\s+not\s+been\s+)(approved|adopted|passed|enacted|signed|published|ratified|established)\b)|(?<since>^\W*Since\s+then,\s+(not\s+a\s+single|no|none\s+of\s+the)\s+[^.;]{1,60}?\b(has|have)\s+been\s+(released|freed|pardoned|reviewed|repealed|amended|adopted|implemented)\b)|(?<since>^\W*Since\s+then,\s+[^.;]{3,80}?\b(has|have)\s+(adopted|passed|introduced|enacted)\s+(a|an|the|new)\s+[^.;]{0,40}?\b(law|laws|restrictions?|amendments?|bans?)\b)|(?<pledged>\b(has|have|had)\s+never\s+\w+ed\b[^.;]{0,120}?,?\s+despite\s+(having\s+)?(promised|promising|pledged|pledging|committed|committing|undertaken|undertaking)\b)|(?<since>\b(was|were|has\s+been|have\s+been)\s+(adopted|passed|signed|enacted|approved)\s+without\s+(any\s+(of\s+)?)?(the\s+)?(revisions|changes|amendments|corrections|improvements)\s+(that\s+)?(we|it|they|he|she|the\s+\w+)\s+(had\s+)?(proposed|recommended|suggested|requested)\b)"), 0.6, "cue:not-implemented", AssessmentStatus.Unmet, Evaluative: true),
        // "None of those recommendations have been implemented, according to Human Rights Watch"
        new(EventKind.CommitmentAssessed, Pattern(@"\b(none|not\s+one)\s+of\s+(those|these|the|its|their)\s+(\w+\s+)?(recommendations|commitments|pledges|promises)\s+(has|have|had)\s+(yet\s+|so\s+far\s+|ever\s+)?been\s+(implemented|fulfilled|kept|honou?red|met|addressed)\b|\bpublished\s+any\s+(findings|results|conclusions)\b(?<=\b(has|have)\s+not\s+(yet\s+)?published\s+any\s+\w+)(?<=\b(commission|inquiry|investigation|body)\b[^.;]{0,120})"), 0.6, "cue:not-implemented", AssessmentStatus.Unmet, Evaluative: true),
        // "Progress on de-oligarchisation, however, has been slow", "Implementation, however, remains uneven": what was undertaken, done in part (small, compiled)
        new(EventKind.CommitmentAssessed, Pattern(@"\bprogress\s+(on|in|towards)\b[^.;]{1,60}?\b(has\s+been|have\s+been|was|remains|remained)\s+(very\s+|too\s+)?(slow|limited|modest|uneven)\b|\bimplementation\b(\s+of\s+[^.;,]{1,60}?)?(,\s+however,)?\s+(remains|remained|has\s+been|is)\s+(very\s+|highly\s+)?(uneven|patchy|slow|limited|incomplete|partial|selective)\b"), 0.55, "cue:fell-short", AssessmentStatus.PartiallyMet, Evaluative: true),
        // first of the criticisms: read as any other, "criticized" would make who is criticised the critic
        new(EventKind.CriticismRaised, Pattern(@"\b((has|have|had)\s+been|was|were)\s+(criticis|criticiz|questioned|condemned)\w*\s+by\b|\b(concerns?|regret|disappointment)\s+(was|were)\s+(also\s+)?(expressed|voiced|raised)\s+by\b"), 0.7, "cue:criticised-by", Passive: true),
        // "• Appreciation expressed by the Secretary General for Mongolia's contribution": praise told as a noun, its giver after "by" ("the
        // Public Defender's report … was welcomed by the EU Delegation": or in the passive)
        new(EventKind.PraiseExpressed, Pattern(@"\b(appreciation|gratitude|praise|thanks)\s+(was\s+|were\s+)?(expressed|conveyed|voiced)\s+by\b|\b(was|were|has\s+been|have\s+been)\s+(warmly\s+)?welcomed\s+by\b"), 0.6, "cue:praised-by", Passive: true),
        // "the Representative was assured by the Minister of Internal Affairs that police would receive new guidance": a promise told in
        // the passive, its giver after "by", whom it was given before (small, compiled)
        new(EventKind.CommitmentMade, Pattern(@"\b(was|were|(has|have|had)\s+been)\s+(\w+ly\s+)?(assured|promised)\s+by\b(?=[^.;]{1,120}?\bthat\s+(?<verb>\w)[^.;]{0,160}?\b(would|will)\s+(?!not\b)\w+)"), 0.6, "cue:assured-by", Passive: true),
        new(EventKind.CriticismRaised, Pattern(@"\b(expressed|voiced|raised|expresses|voices|raises|raise|express)\s+(his|her|their|its|my|our)?\s*([\w’']+\s+)?concerns?\b|\b(deeply\s+)?regret(s|ted)?\s+(that|the|against)\b(?!\s+(I|we)\s+(cannot|could\s+not|can[’']t|am\s+unable|are\s+unable|was\s+unable|were\s+unable|will\s+not\s+be\s+able))|\b(expresse[sd]|express)\s+(his|her|their|its|our|deep)?\s*[“""]?(deep\s+)?regret\b|\bwith\s+(deep\s+|great\s+)?regret\b|\b(remains?|remained|is|are|was|were|deeply|gravely|seriously|extremely|particularly)\s+(also\s+)?(\w+ly\s+)?concerned[”""’]?\s+(by|about|over|at|that)\b|^[^,.;]{0,80}?(?<concerned>\bconcerned\s+(by|about|over|at)\b)|\bconcerned,\s+(for\s+example|in\s+particular|inter\s+alia|among\s+other\s+things),\s+(about|by|over)\b|\b(is|are|was|were|remains?)\s+(also\s+)?(of\s+(great\s+|serious\s+|grave\s+|deep\s+|particular\s+)?concern|a\s+(matter|cause|source)\s+of\s+(\w+\s+)?concern)\b|\bcriticis(ed|ing)\b|\bcriticiz(ed|ing)\b|\bshar(es?|ed)\s+(the\s+|their\s+|his\s+|her\s+|its\s+)?([\w’'-]+\s+){0,2}(alarm|concern|dismay)\s+(at|about|over|regarding)\b|\b(alarmed|dismayed|appalled|disturbed|shocked|saddened|troubled)[”""’']?\s+(by|at|over|about|that)\b|\bcondemn(s|ed|ing)?\b|\bdeplor(e|es|ed)\b|\bchallenged\b|\bdenounc(e|es|ed)\b|\binfringements?\s+on\b|\bquestioned\b|\bcritici[sz]es\b|\bcondemnation\s+of\b|\bstrong\s+condemnation\b|\bcomplain(ed|s)\s+(about|of|that)\b|\binterference\s+in\s+(the\s+|(?-i:\p{Lu})[\w-]+['’]s\s+)?(internal|domestic)\s+affairs\b|\bunder\s+attack\s+from\b"), 0.6, "cue:criticised"),
        new(EventKind.CriticismRaised, Pattern(@"\b(note[sd]?|observe[sd]?|view(ed|s)?|follow(ed|s)?)\s+with\s+(deep\s+|grave\s+|great\s+|serious\s+)?(concern|alarm|regret)\b|\b(expressed|voiced|expresses|voices)\s+((his|her|their|its|our|deep|grave|serious|great)\s+){0,2}(alarm|dismay|outrage|indignation)\s+(at|about|over|regarding|by)\b|\b(highlighted|pointed\s+(out|to))\s+(the\s+)?(continued\s+|persistent\s+|serious\s+|widespread\s+)?(abuse|lack|absence|failures?|shortcomings|deficiencies|violations|restrictions)\b|\b(raised|raises)\s+(the\s+)?(issue|cases?|situation|fate)\s+of\s+(the\s+)?((persons|people|journalists|activists|those|prisoners|civilians)\s+)?(detained|imprisoned|jailed|arrested|persecuted|held|missing)\b"), 0.6, "cue:criticised"),
        new(EventKind.CriticismRaised, Pattern(@"\bconcerns?\s+(about|over|regarding)\b(?=[^.;]{0,80}\bpersists?\b)|\bthere\s+(are|were|is|was|remain)\s+(also\s+)?(serious\s+|grave\s+|deep\s+)?concerns?\s+(about|over|regarding)\b"), 0.5, "cue:concerns-persist", Evaluative: true),
        // ("We ask participating States to consider funding the community policing project …": what the author asks of them)
        // ("I should be grateful if you would have this letter circulated as a document of the Permanent Council": a letter's request about itself asks nothing of anyone)
        new(EventKind.RecommendationMade, Pattern(@"(?<!\b(courtesy|farewell|introductory)\s)\bcall(s|ed|ing)?\s+((once\s+)?(more|again|today|also|now)\s+)?(on|upon|for)\b(?!\s+(help|assistance)\b)|\burg(e|es|ed|ing)\b|\bdemand(ed|s)?\b|\bappeal(ed|s|ing)?\s+(to|for)\b|\b(is|are|was|were|has\s+been|have\s+been)\s+advocating\s+for\b|\badvocate[sd]\s+for\b|\b(had\s+|has\s+|have\s+)?(already\s+|repeatedly\s+|long\s+)?advocated\s+(\w+ing|the)\b|\bjoin(s|ed)?\s+the\s+calls?\b|\bencourage[sd]?\b(?=.{0,60}\bto\b)|\b(we|I)\s+(also\s+|strongly\s+|further\s+)?encourage\b|\b(authorities|government)\s+should\b|\brecommend(ed|s)?\b|\b(was|were)\s+encouraged\s+to\b|\bencouraged\b.{0,40}\bto\b|\bshould\s+be\s+allowed\b|\bcalled\s+for\b|\blooks?\s+to\b(?=\s+(the\s+)?(\w+\s+){0,2}(government|authorities)\s+to\b)|\bconsiders?\s+it\s+(necessary|essential|imperative)\s+to\b|\b(said|stressed|noted|emphasi[sz]ed|underlined|underscored|believes?)\s+that\b[^.;]{0,60}?\bit\s+(is|was)\s+(necessary|essential|imperative|crucial|vital)\s+to\b|\b(hopes?|hoped|expressed\s+(the\s+|his\s+|her\s+|their\s+)?hope)\s+that\b|\bhopes?\s+to\s+see\b|\bhopes\s+(the|that)\b(?=[^.;]{0,150}\b(will|would)\b)|\bpush(ing|ed|es)?\s+for\s+(the\s+)?(release|repeal|investigation|reforms?|an?\s+end)\b|\b(reiterated|renewed|voiced|expressed|stated|conveyed)\s+([\w’']+\s+){0,2}expectations?\s+that\b|\b(we|I)\s+(also\s+|therefore\s+)?(ask|request)\b(?=\s+(all\s+)?(the\s+)?(participating\s+States|authorities|government|donors|partners|delegations)\s+to\b)|\b(would|should)\s+be\s+(most\s+|very\s+|most\s+)?grateful\s+if\b(?![^.;]{0,60}\b(this|the\s+present|my)\s+(letter|note|statement|document|reply|communication)\b)", splitLookArounds: true), 0.65, "cue:called-on"),
        new(EventKind.CommitmentMade, Pattern(@"\b(approved|adopted|signed|initial(l)?ed)\s+(the\s+)?(\w+\s+){0,4}(?-i:Plan|Declaration|Charter|Decision|Strategy|Programme|Program|Agreement|Convention|Concept|Memorandum|Roadmap|agreements?|memorandum|declaration|charter|roadmap)\b|\bsigning\s+(\w+\s+){0,4}of\s+(the|a|an)\s+(\w+\s+){0,3}(Memorandum|Agreement|Plan|Declaration|Roadmap|Charter|Convention)\b|\b(?-i:Plan|Strategy|Programme|Roadmap)\b[^.;]{0,80}?,\s+(adopted|approved)\s+in\s+\d{4}\b|\bsigned\s+by\b|\bremains?\s+(steadfast|committed)\s+in\s+(its|his|her|their)\s+support\b|(?<present>\bsign\s+(an?\s+|the\s+)(\w+\s+){0,3}(Memorandum|Agreement|Declaration|Roadmap|Protocol)\b)"), 0.55, "cue:adopted-plan"),
        new(EventKind.CriticismRaised, Pattern(@"\bcriticism\s+(from|by)\b|\b(voiced|expressed|raised|drew|levell?ed|generated|sparked|prompted|attracted|sharp|strong|harsh|widespread|international)\s+(\w+\s+)?criticism\b|\bunder\s+(\w+\s+)?criticism\s+(from|by)\b|\b(noted|argued|stated|said|detailed|reported|warned|claimed|complained)\b(?=.{0,220}\b(lack\s+of|falls?\s+short|restrictions?|infringements?|torture|ill-treatment|flawed|violations?|bias|concerns?|harassment|undermin\w+|persecution)\b)"), 0.5, "cue:reported-criticism"),
        new(EventKind.RecommendationMade, Pattern(@"\b(stated|said|noted|argued|stressed|insisted|emphasi[sz]ed|underlined|pointed\s+out)\s+that\b(?=.{0,250}\bshould\b)|\bproposed\b|\b(must|should)\s+(not\s+)?(now\s+|also\s+|first\s+|urgently\s+|immediately\s+)?(?<anyVerb>\p{Ll}{2,})\b|\b(cannot|can\s*not)\s+(?<anyVerb>stay|remain|keep)\s+silent\b"), 0.45, "cue:should"),
        new(EventKind.RecommendationMade, Pattern(@"(?<!\b(we|I|the|you|no)\s)\b(needs?|will\s+need)\s+to\b"), 0.45, "cue:needs-to", Evaluative: true),
        new(EventKind.RecommendationMade, Pattern(@"\b(emphasi[sz]ed?|stress(ed)?|underlined?|underscored?|stated|pointed\s+(out|to)|drew\s+attention\s+to)\s+(\w+\s+){0,3}?the\s+(importance|need|necessity|criticality|urgency)\s+(of|for|to)\b"), 0.45, "cue:stressed-need"),
        // a record of repression told ("has jailed dozens of journalists", "a poor human rights record"), read first as it is usually the verb: kept apart from the cue below, whose
        // automaton these common openings ("has", "have") would slow for every sentence
        new(EventKind.CriticismRaised, Pattern(@"\b((poor|dismal|abysmal)\s+(human\s+rights\s+)?record|(has|have|had)\s+(not\s+(yet\s+)?implemented\s+(\w+\s+){0,2}(reforms?|recommendations?|commitments?)|(jailed|imprisoned)\b|been\s+(arrested|jailed|imprisoned)\b)|blows?\s+to\s+(human\s+rights|democracy|(media\s+)?freedoms?|the\s+rule\s+of\s+law)|(imprisoned|jailed|arrested|detained)\s+(scores|dozens|hundreds|thousands|many)\b|(?<!\b(no|any)\s)political\s+prisoners\s+in\b)"), 0.5, "cue:record-of-repression", Spoken: true),
        // norms not kept: "should not have been named", "doesn’t observe OSCE commitments", "serious challenges to the implementation of …
        // remain", "are problems in parts of the region", "has yet to hold an election that meets …", "the lack of tangible progress", "the
        // abuse of the fight against terrorism" (a small pattern, compiled: in the automaton above, these would cost a fifth of the extractor's time)
        new(EventKind.CriticismRaised, Pattern(@"\bshould\s+(not|never)\s+have\s+been\b|\babuse\s+human\s+rights\b|\b(does|do|did)(n[’']t|\s+not)\s+(observe|respect|comply\s+with|honou?r|abide\s+by|implement|fulfil+)\s+(\S+\s+){0,2}(commitments|obligations|standards|principles|norms|agreements?)\b|\b(serious|grave|persistent|significant|major)\s+challenges\s+to\s+(the\s+)?(implementation|respect|protection|observance)\b|\bproblems\s+in\s+((many|some|several)\s+)?(parts|areas)\s+of\b|\b(has|have)\s+yet\s+to\s+(hold|meet|fulfil+|deliver|release|ratify|comply|lift|repeal)\b|\black\s+of\s+(tangible\s+|real\s+|meaningful\s+|sufficient\s+)?progress\b|\b(addressed|implemented)\b(?<=\bnot\s+(yet\s+)?(been\s+)?((fully|adequately|sufficiently)\s+)?(been\s+)?\w+)|\babuse\s+of\s+(the\s+)?(fight|power|counter-?terrorism|anti-?extremism|administrative|legislation|laws?)\b"), 0.5, "cue:norms-not-kept", Spoken: true),
        new(EventKind.CriticismRaised, Pattern(@"\b(violat\w+|stigmati[sz](es|ing)|baseless|unfounded|crackdown|infring\w+|harass\w*|silenc\w+\s+(its|their|his|her)\s+critics|taint\w*|arbitrar\w+|politically\s+motivated|biased|\bcall(ed|ing|s)\s+(\S+\s+){1,3}?[""“]?irresponsible|lacks?\s+(of\s+)?objectivity|persecut\w+|repress\w+|intimidat\w+|criminali[sz]ed|misuse\w*|short\s+of\s+international\s+standards|miscarriage\s+of\s+justice|ignored\s+(\S+\s+){0,3}(allegations|complaints|calls|appeals)|lack\s+of\s+(pluralism|independence|transparency|competitiveness|genuine)|unsubstantiated|prejudiced|targeted\s+(at\s+least\s+)?\d+|outrageous|unacceptable|alarming|deplorable|appalling|shameful|deeply\s+troubling|serious\s+setbacks?|setbacks?\s+to\s+(its|their|the)|marked\s+decline|decline\s+in\s+respect|unfair\s+trials?|incompatible\s+with|(ramped|stepped)\s+up\s+(the\s+)?(pressure|intimidation|harassment|control|prosecutions?)|tighten(ed|ing)?\s+(their\s+|its\s+)?(control|restrictions|grip)|(clamped|cracked)\s+down|cast\s+a\s+shadow|mistrust|(remains?|remained)\s+under\s+pressure|remains?\s+(narrow|restricted|restrictive|severely\s+limited)|restrict(s|ed|ing)?\s+(the\s+)?(freedoms?|rights?)\s+(of|to)|(has|have)\s+yet\s+to\s+(properly\s+|fully\s+)?(investigate|address|implement|bring)|allegations\s+of\s+(ill-treatment|torture|abuse)|intolerant\s+of|heavy-handed|overbroad|trumped-up|jailed\s+(dissenters|critics|activists|journalists)|imprisoned\s+(government\s+)?critics|failed\s+to\s+(initiate|address|investigate|ensure|protect|end|prevent)|worsening|deteriorat(e|es|ed|ing|ion)|backslid\w*|contraven\w+|breach(es|ed)?\s+of|abuses?\s+of\s+human\s+rights|act\s+of\s+injustice|injustice|imprisoned\s+for\s+(exercising|expressing|their)|disappeared\s+(in|into)\s+([\w’']+\s+)?(prisons?|custody|detention)|enforced\s+disappearances?|(numerous|continued|politically\s+motivated)\s+prosecutions\s+of\b|regrettabl[ye]|not\s+in\s+line\s+with|(contrary\s+to|contradicts|goes\s+against|at\s+odds\s+with)\s+(\S+\s+){0,3}(commitments|obligations|standards|principles)|(is|are|was|were)\s+(deeply\s+|very\s+|extremely\s+)?concerning\b|shirk\w*\s+(its|their|his|her)\s+(obligations?|responsibilit\w+|commitments?)|lacking\s+(\w+\s+)?(transparency|independence|impartiality|consultation|safeguards)|(largely|widely|repeatedly)\s+disregarded|insufficiently\s+(regulated|addressed|implemented|protected|investigated|independent)|compromised\s+(the\s+)?(legal|integrity|independence|credibility|trust)\w*)"), 0.5, "cue:negative-judgement", Spoken: true),
        // ("Writing a report on elections one has not observed is not monitoring, it is propaganda", "… took place in an environment with
        // limited political competition", "pressure on independent media narrowed the choice available to voters", "courts serve the regime,
        // not the law", "chosen to repeat the narrative of the radical opposition", "have turned independent journalism into a crime", "has reduced the
        // OSCE to a shadow of"; not what someone
        // "told her about")
        new(EventKind.CriticismRaised, Pattern(@"\b(is|was|are|were)\s+(pure\s+|simply\s+|nothing\s+but\s+|just\s+|plain\s+)?propaganda\b|\brepeat(s|ed|ing)?\s+the\s+narrative\s+of\b|\bserve\s+the\s+(regime|ruling\s+party),?\s+not\s+(the\s+law|justice|the\s+public|the\s+people)\b|\b(limited|little|no|lack\s+of|restricted)\s+(genuine\s+|real\s+|meaningful\s+)?political\s+(competition|pluralism)\b|(?<!\b(told|informed|briefed)\s+(her|him|them|us|me)\s+(about|of)\s+)\bpressure\s+on\s+(the\s+)?(independent\s+)?(media|journalists|civil\s+society|opposition|NGOs|lawyers)\b|\bturn(s|ed|ing)?\s+(independent\s+|critical\s+|free\s+|peaceful\s+)?(journalism|reporting|media\s+work|activism|dissent|criticism|protest|human\s+rights\s+work)\s+into\s+a\s+crime\b|\bcriminali[sz](e|es|ed|ing)\s+(independent\s+|critical\s+)?(journalism|reporting|media\s+work|activism|dissent)\b|\breduced\s+(the\s+)?[\w-]+\s+to\s+a\s+shadow\s+of\b"), 0.5, "cue:negative-judgement", Spoken: true),
        // ("Sinirlioğlu noted that space for civil society organizations in the country remains limited": small, apart from the big
        // cue above, whose automaton it would make too large)
        new(EventKind.CriticismRaised, Pattern(@"\bspace\s+for\s+(independent\s+|free\s+)?(civil\s+society|media|journalists|NGOs|non-governmental)(\s+\w+){0,4}\s+remains?\s+(very\s+|extremely\s+)?limited\b|\badopted\s+(a\s+|new\s+|several\s+)?(laws?|legislation|amendments)\s+that\s+(restrict|restricts|curb|curbs|stifle|stifles|criminali[sz]e|criminali[sz]es)\s+(civil\s+society|independent\s+media|the\s+media|freedom|media\s+freedom|NGOs)\b|\b(trad(e|es|ing)|us(e|es|ing))\s+(people|prisoners|political\s+prisoners|them)\s+(like|as)\s+(hostages|bargaining\s+chips|pawns)\b|\bdismantl(e|es|ed|ing)\s+(every|all|the\s+last)\s+(independent|critical|free)\s+(voices?|media|outlets?|institutions?)\b|\b(jailed|imprisoned|detained|arrested|sentenced)\s+for\s+(doing\s+their\s+jobs?|their\s+(work|journalism|reporting))\b"), 0.5, "cue:negative-judgement", Spoken: true),
        // ("the OSCE Representative on Freedom of the Media called the arrests part of a pattern of pressure on journalists")
        new(EventKind.CriticismRaised, Pattern(@"\bcalled\s+(the|these|those|this|that|it|them|their|his|her)\s+([\w-]+\s+){0,4}part\s+of\s+(a|an|the)\s+([\w-]+\s+){0,2}(pattern|campaign|crackdown)\b"), 0.6, "cue:criticised"),
        // ("sentenced six journalists … on bogus smuggling charges", "the authorities' campaign to wipe out what remains of independent journalism",
        // "The trials were marked by serious due process concerns")
        new(EventKind.CriticismRaised, Pattern(@"\bbogus\s+([\w-]+\s+)?(charges?|accusations?|cases?|convictions?)\b|\bcampaign\s+to\s+(wipe\s+out|silence|crush|stifle|muzzle|eliminate)\b|\b(marked|marred|tainted)\s+by\s+(serious\s+|grave\s+|widespread\s+|numerous\s+|significant\s+)?([\w-]+\s+){0,2}(concerns|violations|irregularities|shortcomings|pressure|intimidation|flaws)\b"), 0.5, "cue:negative-judgement", Spoken: true),
        // ("The authorities continued to restrict peaceful assembly", "Independent media outlets remain blocked": an NGO's report of wrongs going on;
        // looked behind for "continued" and "remain", which the screen would otherwise let through in nearly every sentence)
        // kept apart (small, compiled): added to the automaton above, they multiplied its states and slowed all extraction by half ("… risks stigmatizing independent media" too;
        // "all newspapers remain under state control", "foreign websites are routinely blocked", "its implementation remains uneven", "poses a
        // serious threat to", "a step in the wrong direction", "violently suppressed protests", "six journalists remain in prison")
        // ("used the unrest as a pretext to silence …", "a grave blow to press freedom", "constitute war crimes", "continues to ignore all peace efforts")
        // "ODIHR has repeatedly failed to act impartially": a body said to fail its own standard; "called the Chair's proposal "a political
        // ultimatum"" (here, not beside "irresponsible" in the large pattern above, where it cost a quarter of the extractor's time)
        new(EventKind.CriticismRaised, Pattern(@"(?<=\bcontinu(ed|es|e)\s+to\s+)(restrict|harass|persecute|suppress|curtail|obstruct)\b|(?<=\b(remain|remains|remained)\s+)(blocked|banned)\b|\bfail(s|ed)?\s+to\s+(act|remain|be)\s+(impartial(ly)?|objective(ly)?|neutral(ly)?|independent(ly)?)\b|\bfail(s|ed|ing)?\s+to\s+hold\s+([\w-]+\s+){1,4}?(to\s+)?account\b|\bcrack(s|ed|ing)?\s+down\s+on\b|\bturned\s+(its|their|his|her)\s+back\s+on\b|\bcall(ed|ing|s)\s+(\S+\s+){1,3}?[""“]?an?\s+((political|blatant|cynical|crude)\s+)?(ultimatum|provocation|farce|sham|blackmail|travesty|mockery)\b|\b(tool|instrument|pretext|means)\s+(for|of)\s+interfer\w*\s+in\s+(the\s+)?internal\s+affairs\b"), 0.5, "cue:negative-judgement", Spoken: true),
        // "I am writing to express my deep concern about …" (a model letter's); "lacked genuine political competition", "the UK regards the
        // sentences … as wholly disproportionate" (each on its own: as a branch of the large patterns above, the first cost a tenth of the
        // extractor's time, the second a fifth, the third a quarter)
        // ("The EU shares the concerns expressed by ODIHR …": whoever shares a concern voices it; "I am concerned that the pace …", a speaker's own)
        // ("a verdict that President Sadyr Japarov dismissed as "a view from abroad …"": a finding waved away in quoted words)
        new(EventKind.CriticismRaised, Pattern(@"\bdismissed\s+as\s+[""“](?<=\b(that|which)\s+[^,;.“”""]{2,60}?\sdismissed\s+as\s+[""“])|\bdismiss(ed|es|ing)\s+(the|this|that|its|their)\s+([\w-]+\s+){0,3}?as\s+[""“]?(an?\s+)?(\w+\s+){0,3}?(tool|instrument|relic|farce|sham|puppet|irrelevant|useless|biased|propaganda)\b|\b(is|was)\s+no\s+way\s+to\s+(run|treat|govern|manage|conduct)\b|\b(are|is|were|was)\s+designed\s+to\s+(starve|silence|punish|stifle|crush|intimidate|eliminate|muzzle)\b|\b(this|that|it)\s+is\s+(pure\s+|simply\s+)?(blackmail|a\s+farce|a\s+sham|a\s+mockery)\b|\bto\s+paraly[sz]e\s+the\s+(Organi[sz]ation|OSCE)\b|\btrampl(ed|es|ing)\s+(on|upon)\b|\bwarn(ed|s)\s+that\b(?![^.;]{0,100}\b(would|will)\b)|\bwriting\s+to\s+express\s+(my|our|his|her|their)?\s*(\w+\s+)?concerns?\b|\bshares?\s+(the\s+|these\s+|those\s+|its\s+|their\s+)?(\w+\s+)?concerns?\b|\bam\s+(also\s+)?(\w+ly\s+)?concerned[”""’]?\s+(by|about|over|at|that)\b"), 0.6, "cue:criticised"),
        new(EventKind.CriticismRaised, Pattern(@"\black(ed|s|ing)?\s+(genuine|real|meaningful)\s+(political\s+)?(competition|pluralism|choice)\b|\b(was|were|is|are|remains?|remained)\s+(often\s+|largely\s+|mostly\s+|too\s+|very\s+)?(superficial|perfunctory|cursory)\b|\bsteps?\s+(toward|towards)\s+(censorship|authoritarianism|dictatorship|repression)\b|\b(remains?|remained)\s+impossible\b|\bdismantl(e|es|ed|ing)\s+(what\s+remains\s+of\s+)?(the\s+)?([\w-]+\s+)?(democracy|democratic\s+institutions|rule\s+of\s+law|independent\s+media|civil\s+society|checks\s+and\s+balances)\b|\b(broad|wide|excessive|unfettered)\s+discretion\s+to\s+(deny|refuse|restrict|block|ban|revoke|close)\b|\b(has|have|had)\s+(taken|adopted|imposed|introduced|pushed\s+through)\s+([\w-]+\s+){0,3}?(steps|measures|decisions|laws|amendments|changes)\s+([^.;]{0,60}?\s)?without\s+(consulting|any\s+consultation|consultation\s+with|the\s+consent\s+of)\b|\black(ed|s)\s+(the\s+)?(\w+\s+)?(transparency|impartiality|accountability|proportionality|credibility|legitimacy)\b|\black(ed|s)?\s+(important\s+|key\s+|basic\s+|essential\s+)?(prerequisites|conditions|elements)\s+(of|for)\s+(a\s+)?genuine(ly)?\s+democratic\b|\b(treat\w*|regard\w*)\s+(\w+\s+){0,2}as\s+(a\s+)?(mere\s+)?formality\b|\b(regards?|regarded|considers?|considered|deems?|deemed)\s+[^.;:]{3,100}?\s+as\s+(wholly\s+|grossly\s+|clearly\s+|entirely\s+|completely\s+|utterly\s+)?(disproportionate|unacceptable|unjustified|unjustifiable|arbitrary|excessive|politically\s+motivated|counterproductive|destructive)\b|\ba\s+deliberate\s+attempt\s+to\s+(starve|undermine|weaken|sabotage|paraly[sz]e|silence|discredit|destroy|cripple|obstruct)\b|\b(had|has|have)\s+(seriously\s+|severely\s+)?undermined\s+(the\s+)?(voters|citizens|public|trust|confidence|independence|integrity|credibility|freedom|ability|rule|democratic)\w*\b"), 0.5, "cue:negative-judgement", Spoken: true),
        // "ODIHR sent a small election assessment mission to Turkmenistan": a body visits by the mission it sends; "I returned yesterday
        // from Chișinău, where I met …", "Just back from Yerevan, where …": whoever is back from a place they met people in visited it
        // ("On Monday I was in Ashgabat, where I met …": so did whoever was there)
        new(EventKind.Visit, Pattern(@"\b(sent|deployed|dispatched)\s+(a|an|its)\s+([\w-]+\s+){0,4}mission\s+to\b|\b(back|returned(\s+(yesterday|today|home))?)\s+from\s+(?=(?-i:\p{Lu})[\p{L}-]+,\s+where\b)|(?<=\b(?<who>I|we|he|she)\s+(was|were)\s+in\s+(?<in>(?-i:\p{Lu})[\p{L}-]+)),\s+where\b"), 0.6, "cue:mission-sent-or-back-from"),
        // "a platform for anti-Russian propaganda", "applied “double standards”", "will make it practically impossible for independent organisations to …"
        // (a judgement of what a law will do, in the speaker's words, not an announcement),
        // "failed to produce any results in 28 years"
        // ("has abandoned any pretence of impartiality", "stop using it as a tool of their geopolitical interests": here too, not in the large automaton, where they cost a fifth of its speed)
        // ("it presumes to pass judgement on an election it did not see", "Its conclusions are drawn from hearsay", "personal attacks that left little
        // room for discussing policies", "do not take into account our national realities", "to hold the budget hostage", "bears the main responsibility for", "was responsible for the deaths of civilians")
        new(EventKind.CriticismRaised, Pattern(@"\banti-[\w-]+\s+propaganda\b|\bmake\s+it\s+(practically\s+|virtually\s+|all\s+but\s+)?impossible\s+for\b|\b(platform|tool|instrument|mouthpiece)\s+(for|of)\s+([\w-]+\s+){0,2}propaganda\b|\bdouble\s+standards?\b|\bfail(s|ed)?\s+to\s+(produce|yield|achieve|bring)\s+(any\s+|a\s+)?(tangible\s+|concrete\s+|meaningful\s+|real\s+)?(results|progress|outcomes?|consensus)\b|\babandon\w*\s+(any|all|every)\s+preten[cs]es?\s+of\b|\b(is|are|was|were)\s+not\s+(supported|borne\s+out)\s+by\s+(the\s+)?facts\b|\b(using|uses|use|used|turn\w*)\s+(it|the\s+\w+)\s+(as|into)\s+(a|an)\s+(tool|instrument)\s+(of|for)\b|\bpresum(es|ed|ing)\s+to\s+(pass\s+judge?ment|judge|lecture|dictate|instruct)\b|\b(left|leaves?|leaving)\s+(little|no)\s+room\s+for\b|\bchilling\s+(signal|effect|message)\b|\b(is|are)\s+a\s+(serious\s+|grave\s+|real\s+|direct\s+)?threat\s+to\s+(all|us|everyone|democracy|media\s+freedom|journalists)\b|\b(turned|transformed)\s+into\s+an?\s+(tool|instrument)\s+for\s+(lecturing|pressure|propaganda|interference|punishing)\b|\b(has|have)\s+(long\s+)?become\s+an?\s+(political|geopolitical)\s+(tool|instrument)\b|\b(do|does|did)\s+not\s+take\s+into\s+account\b|\b(hold|holds|held|holding)\s+([\w’'-]+\s+){1,3}hostage\b|\bbears?\s+(the\s+)?(main|primary|chief|principal|sole|full)\s+responsibility\s+for\b|\b(is|are|was|were)\s+(directly\s+|fully\s+)?responsible\s+for\s+(the\s+)?(deaths?|killings?|shelling|attacks?|abuses?|torture|destruction|suffering)\b|\b(drawn|based|relies|relied|rely)\s+(\w+\s+)?(on|from|upon)\s+(hearsay|rumou?rs|unverified\s+(claims|reports|sources|information))\b"), 0.55, "cue:criticised", Spoken: true),
        // "Belgrade has refused to implement its part of the agreement"; "Amnesty International considers him a prisoner of conscience"
        new(EventKind.CriticismRaised, Pattern(@"\b(has|have|had)\s+(repeatedly\s+|so\s+far\s+)?refused\s+to\s+(implement|comply|co-?operate|engage|allow|release|investigate|recogni[sz]e|honou?r|fulfil+)\b|\b(considers?|regards?|declared|named)\s+(him|her|them)\s+(a\s+)?prisoners?\s+of\s+conscience\b"), 0.55, "cue:negative-judgement", Evaluative: true),
        // "The OSCE has lost its role as a platform for equal dialogue", "the authorities keep jailing those who speak out", "Bloggers
        // continue to be prosecuted for …", "Its provisions are too broad" (small and compiled: in the large automaton above, "continue", common in pledges, would let
        // many more sentences be scanned)
        new(EventKind.CriticismRaised, Pattern(@"\b(has|have|had)\s+lost\s+(its|their)\s+(way|role|relevance|credibility|legitimacy|purpose|independence)\b|\b(keeps?|continues?\s+to)\s+(jail(ing)?|arrest(ing)?|detain(ing)?|imprison(ing)?|harass(ing)?|persecut(e|ing))\b|\bcontinue[sd]?\s+to\s+be\s+(prosecuted|detained|arrested|jailed|imprisoned|harassed|persecuted|targeted|intimidated|threatened|attacked|banned|blocked)\b|\b(is|are|was|were|remains?)\s+(far\s+|much\s+)?too\s+(broad|vague|broadly\s+worded|restrictive|harsh)\b"), 0.55, "cue:negative-judgement", Spoken: true),
        // "The Serbian authorities have created a climate in which attacking a journalist carries no risk", "believes that Anar Mammadli is
        // being targeted solely for his legitimate election-monitoring work" (kept apart, small and compiled)
        new(EventKind.CriticismRaised, Pattern(@"\b(created|fostered|cultivated|fuell?ed|entrenched)\s+an?\s+(climate|atmosphere|culture|environment)\s+(of\s+(impunity|fear|intimidation|hostility|self-censorship)\b|in\s+which\b)|\bbeing\s+targeted\s+(solely\s+|simply\s+|only\s+|purely\s+)?(for|because\s+of|in\s+retaliation\s+for)\s+(his|her|their|its)\b|\b(remains?|remained|is|are)\s+(largely\s+|deeply\s+|highly\s+|entirely\s+|completely\s+)?opaque\b|\billegal(ly)?\s+(occupation|annexation|occupied|annexed)\b|\b(has|have|had)\s+(illegally\s+|forcibly\s+)?deported\s+(tens\s+of\s+thousands|thousands|hundreds|\d[\d,]*)\b|\b(does|do|did)\s+not\s+meet\s+(international|OSCE|democratic|European)\s+standards\b"), 0.55, "cue:negative-judgement", Spoken: true),
        // "Moscow is nevertheless prepared to continue working in the OSCE"
        // "Turkmenistan … will give due consideration to the recommendations" (not in the large automaton above: there it costs a fifth of its speed)
        // ("The Russian Federation, for its part, remains open to professional cooperation with ODIHR", "Moscow and Minsk will coordinate their
        // positions", a visit's outcomes listed as nouns: "• Agreement with the Ministry … to hold a workshop", "• Commitment by the Government … to second two experts")
        // ("has never allowed an independent monitor …, despite promising in 2019 to consider visits …", "announced his intention to visit Chisinau")
        new(EventKind.CommitmentMade, Pattern(@"\b(is|are|remains?)\s+(\w+\s+)?(prepared|ready|willing)\s+to\s+continue\b|\bwould\s+(also\s+)?be\s+(ready|prepared|willing)\s+to\s+\w+|(?<present>\bagrees?\s+to\b)|\b(remains?|remained|stays?)\s+open\s+to\s+(an?\s+|the\s+)?([\w-]+\s+){0,3}(dialogue|co-?operation|engagement|talks|contacts|consultations)\b|\bwill\s+(closely\s+)?coordinate\s+(their|its|our)\s+(positions|efforts|actions|approaches)\b|\bwill\s+continue\s+(its\s+|their\s+|our\s+|the\s+)?(consultations|dialogue|efforts|engagement)\b|^\W*(Agreement|Commitment|Pledge|Undertaking)\s+(with|between|by|of|from)\s+[^.;]{1,120}?\s+to\s+(?-i:[a-z])|\b(has|have|had)\s+decided\s+to\s+(extend|issue|send|host|invite|open|grant|provide|allocate|second|contribute|establish|deploy)\b|\bdespite\s+(having\s+)?(promised|promising|pledged|pledging|undertaken|undertaking)\s+(in\s+\d{4}\s+)?to\b|\bannounced\s+(his|her|its|their)\s+intention\s+to\b|\b(told|assured)\s+[^.;]{3,80}?\s+that(?=\s+no\s+[\w-]+(\s+[\w-]+)?\s+would\s+(ever\s+)?be\s+(imprisoned|jailed|prosecuted|detained|arrested|closed|banned|punished|persecuted|blocked)\b)|" + DueConsideration), 0.6, "cue:committed"),
        // "Kazakhstan has made real progress in responding to domestic violence …", "Georgia's municipal elections … were competitive and well administered"
        // "The Ministry has shown real determination to investigate …", "The Programme Office has done valuable work on border security"
        // ("Kazakhstan values the HCNM's expert support": whose support is valued is praised)
        new(EventKind.PraiseExpressed, Pattern(@"\b(shown|showed|shows|demonstrated|demonstrates)\s+(real|strong|genuine|great|clear|remarkable|considerable)\s+(determination|commitment|leadership|resolve|political\s+will)\b|\b(were|was)\s+(\w+\s+){0,2}(competitive|peaceful|orderly)\s+and\s+(well|efficiently|professionally)[\s-](administered|organi[sz]ed|run|conducted|managed)\b|\b(has|have|had)\s+made\s+(real|significant|considerable|substantial|great|remarkable|notable|tangible|important|genuine|impressive|clear|steady|visible)\s+([\w-]+\s+)?progress\b|\b(we\s+are|I\s+am)\s+proud\s+to\s+(support|work\s+with|partner\s+with)\b|\b(has|have|had)\s+done\s+(very\s+)?(valuable|excellent|important|impressive|great|remarkable|outstanding)\s+work\b|\b(saw|see|seen|noted)\s+(real|significant|considerable|genuine|tangible)\s+progress\b|\b(remains?|is|are)\s+(an?\s+)?(indispensable|invaluable|irreplaceable)\s+(platform|forum|partner|instrument|tool)\b|\bone\s+of\s+the\s+best\s+investments\b|\bvalues\s+(the\s+)?[\w’'-]+(’s|'s)\s+(\w+\s+){0,2}(support|assistance|expertise|co-?operation|partnership|contribution)\b"), 0.5, "cue:positive", Evaluative: true),
        // ("Tokayev, who told him that Kazakhstan would decriminalise defamation", "Mayor X said the municipality would allocate …": what a
        // speaker says their own side would do, reported; the cue's "reported" group, kept to a speaker's own side by <see cref="ReportedPledger"/>)
        // ("Decides to extend the mandate of the OSCE Mission to Moldova until …": a decision's operative paragraph, its body's undertaking)
        // "“We will train 60 crime scene officers …,” he said": a pledge of what the speaker's side will do, in their own words
        // (and "confirmed that it will host …", "said Ashgabat would “carefully study” …": a pledge to host or to study, in the speaker's own voice)
        // (but "ODIHR will request 300 short-term observers from OSCE participating States", an observation mission's plan, pledges nothing)
        // ("“… We will follow the trials closely.”": and what the speaker's side will watch)
        new(EventKind.CommitmentMade, Pattern(@"(?<own>\b[Ww]e\s+will\s+(also\s+|further\s+)?(?<verb>train|provide|deliver|build|establish|open|organi[sz]e|hold|host|conduct|complete|adopt|introduce|equip|deploy|create|launch|allocate|double)\b)|(?<own>\b[Ww]e\s+will\s+(continue\s+to\s+)?(?<verb>follow|monitor|watch)\s+([\w’'-]+\s+){0,4}?closely\b)|(?<own>\b(will|would)\s+[“""]?(carefully\s+|seriously\s+|thoroughly\s+)?(?<verb>host|study|consider|examine)\b)|(?<decides>(?-i:^\W*(Decides|Agrees|Resolves)\s+to\b))|(?<reported>\b(would|will)\s+)(\w+ly\s+|also\s+|soon\s+|further\s+|now\s+)?(?!(be|have|not|never|like|rather|need|prefer|request\s+[\d,]+|respond(?!\s+to\s+(the|its|their|all)\s+([\w’'-]+\s+){0,2}recommendations)|retaliate|regret|lose|suffer|face|mean|depend|hardly|only|otherwise|cost|take|happen|make\s+sense)\b)(?<verb>\p{Ll}{3,})\b|(?<reported>\b(will|would)\s+)(always\s+|continue\s+to\s+)?(?<verb>be|remain)\s+an?\s+(reliable|trusted|strong|committed|constructive|active|predictable)\s+partner\b"), 0.6, "cue:committed"),
        new(EventKind.CriticismRaised, Pattern(@"\bas\s+a\s+pretext\s+(to|for)\b|\bblow\s+to\b|(?<!\b(prosecut\w*|investigat\w*|trials?|tr(y|ying|ied)|punish\w*|document\w*|accountability)\s+((of|for)\s+)?(the\s+)?)\bwar\s+crimes?\b|\bcrimes\s+against\s+humanity\b|\bignor(e|es|ed|ing)\s+(all\s+|the\s+|every\s+)?(peace\s+|international\s+)?(efforts|calls|appeals|recommendations?|obligations)\b|\b(had\s+been|has\s+been|have\s+been|was|were|is|are)\s+(largely\s+|completely\s+|totally\s+|entirely\s+)?(ineffective|futile|fruitless)\b"), 0.5, "cue:negative-judgement", Spoken: true),
        new(EventKind.CriticismRaised, Pattern(@"\b(have|has|had)\s+not\s+(yet\s+)?(brought|led\s+to|produced|resulted\s+in|delivered)\s+(any\s+)?(meaningful|real|significant|tangible|genuine|concrete)\s+(improvements?|changes?|progress|results)|\bputs?\s+((human\s+)?rights|freedoms?|lives|journalists|activists|(the\s+)?safety)\s+at\s+risk\b|\b(watching|following|observing|monitoring|view(s|ed)?|learned\s+of)\s+(\w+\s+){0,4}with\s+((great|deep|grave|serious|growing)\s+)?concern\b|\bdoes\s+not\s+reflect\s+(the\s+)?(\w+\s+){0,2}(commitments?|values|principles|standards)\b|\b(illegal|unprovoked|unjustifiable|unjustified|brutal|full-scale)\s+([\w,]+\s+){0,3}war\b|\bwar\s+of\s+aggression\b|\brisks?\s+(stigmati[sz]|undermin|restrict|silenc|criminali[sz]|discriminat)\w*|\b(blatant|brazen|direct|flagrant|serious|outrageous)\s+(attack|assault)\s+on\b|\bundermines?\s+(reconciliation|trust|democracy|the\s+rule\s+of\s+law|media\s+freedom|stability|human\s+rights)\b|\berodes?\s+(public\s+)?trust\b|\b(remains?|remained|are|is|were|was)\s+(\w+\s+)?under\s+(tight\s+|strict\s+|full\s+)?(state|government)\s+control\b|\b(routinely|systematically|regularly|arbitrarily)\s+(blocked|censored|denied|harassed|detained|arrested|jailed)\b|\b(implementation|enforcement|progress)\s+(remains?|is|was|has\s+been)\s+(uneven|slow|limited|incomplete|patchy|inconsistent|insufficient)\b|\bposes?\s+(a\s+)?((serious|grave|real|direct|significant|major)\s+)?(threat|danger|risk)s?\s+to\b|\bsteps?\s+(in\s+the\s+wrong\s+direction|backwards?)\b|\b(violently\s+)?(suppressed|dispersed|crushed|quashed)\s+(\w+\s+){0,2}(protests?|demonstrations?|rall(y|ies)|dissent)\b|\b(remain|remains|remained)\s+(in\s+(prison|jail|detention|custody)|behind\s+bars)\b|\bto\s+silence\s+(independent|critical|dissenting|opposition)\s+(voices|media|journalists|critics|outlets)\b|\bdisproportionate\s+(\w+\s+){0,2}(restrictions?|obligations?|burdens?|requirements?|measures|penalties|sanctions|interference|force)\b|\bwould\s+(stigmati[sz]e|criminali[sz]e|curtail|unduly\s+restrict)\b|\bcontinues?\s+to\s+face\s+(criminal\s+)?(prosecution|harassment|persecution|pressure|charges|imprisonment|reprisals)\b|\bwithout\s+a\s+court\s+(order|decision|ruling)\b|\btravest(y|ies)\s+of\s+justice\b|\b(is|are|was|were|constitutes?)\s+an?\s+(direct\s+|serious\s+)?(attack|assault)\s+on\s+(the\s+)?(public|media|press|freedom|right|rights|journalis|democracy|civil)\w*|\b(blatant|clear|transparent|thinly\s+veiled|deliberate)\s+attempt\s+to\s+(punish|silence|intimidate|suppress|muzzle|stifle|discredit)\b|\bfabricated\s+(\w+\s+)?(charges|accusations|evidence|case)\b"), 0.5, "cue:negative-judgement", Spoken: true),
        // "the campaign took place amid continued restrictions" (the words a vote is held in, looked behind for, so that only sentences with
        // "amid", "backdrop", … are tried), "marred by", "discouraged open debate", "has all but destroyed independent
        // journalism", "trials failed to meet basic fair-trial standards" (a standard failed, not a commitment), "the judiciary is still dependent
        // on the executive", "their detention is unjustified", "a law designed to silence civil society" (small, compiled)
        new(EventKind.CriticismRaised, Pattern(@"(?<=\b(took\s+place|were\s+held|was\s+held|were\s+conducted|was\s+conducted)\s+)(amid(st)?|in\s+an?\s+(highly\s+|very\s+|tightly\s+)?(restrictive|repressive|controlled|hostile|intimidating|coercive)\s+(environment|atmosphere|climate)\b|(?<=against\s+(a|the)\s+)backdrop\s+of|(?<=in\s+an?\s+)(environment|atmosphere|climate)\s+of)\b|\b(marred|overshadowed)\s+by\b|\b(discouraged|stifled|hampered|chilled|curtailed|constrained)\s+(open|free|public|genuine|political|critical)\s+(debate|discussion|expression|reporting|competition)\b|\b(has|have|had)\s+(all\s+but\s+|effectively\s+|virtually\s+|systematically\s+)?(destroyed|decimated|crushed|dismantled|gutted|eradicated)\b|\b(has|have|had)\s+(all\s+but|virtually|almost\s+entirely)\s+(disappeared|vanished)\b|\b(fail(s|ed)?|failure)\s+to\s+meet\s+" + StandardsFailed + @"|\b(remains?|is|are)\s+(still\s+)?(dependent\s+on|subordinate\s+to|controlled\s+by)\s+the\s+(executive|government|presidential\s+administration|ruling\s+party)\b|\b(is|are|was|were)\s+(completely\s+|totally\s+|wholly\s+)?(unjustified|unjustifiable|illegitimate)\b|\b(designed|intended|aimed|meant)\s+to\s+(silence|stifle|intimidate|punish|muzzle|suppress)\b|\b(is|are|was|were|poses?|posed|represents?)\s+an?\s+(serious|grave|real|direct|major)\s+threat\s+to\b|\bstill\s+lacks?\s+(the\s+)?(staff|resources|budget|funding|independence|capacity)\b|\b(is|are|was|were|forms?|fits?)\s+(part\s+of\s+|into\s+)?an?\s+(worrying|disturbing|troubling|alarming|deeply\s+\w+)\s+(pattern|trend)\b"), 0.55, "cue:criticised", Spoken: true),
        // "are being targeted for their professional activities": people punished for their work (small, compiled); "this was a serious mistake"
        // ("the Tajik government is still punishing an entire community for daring to protest")
        new(EventKind.CriticismRaised, Pattern(@"\b(are|is|were|was|being|been)\s+(being\s+)?(targeted|punished|persecuted|prosecuted|detained|jailed|imprisoned|behind\s+bars(\s+in\s+(?-i:\p{Lu})[\w-]+)?)\s+(solely\s+|simply\s+|merely\s+)?(for|because\s+of)\s+(doing\s+)?(their|his|her)\s+(\w+\s+)?(work|job|activities|activism|journalism|reporting|views|opinions|beliefs)\b|\b(are|is|were|was)\s+(still\s+)?(punishing|persecuting|targeting|prosecuting)\s+(him|her|them|journalists|reporters|activists|(an?\s+|the\s+)?(whole\s+|entire\s+)(community|people|population|minority))\s+(solely\s+|simply\s+|merely\s+)?(for|because\s+of)\s+((doing\s+)?(their|his|her)\s+(\w+\s+)?(work|job|activities|activism|journalism|reporting|views|opinions|beliefs)|daring\s+to\s+\w+)\b|\b(is|are|was|were|been)\s+(deliberately\s+|systematically\s+|increasingly\s+)?targeting\s+(independent|critical|opposition)\s+(media|journalists|voices|outlets)\b|\bweaponi[sz](ed|es|ing)\b|\bnothing\s+to\s+do\s+with\s+(the\s+)?(reality|facts|truth)\b|\b(was|were)\s+(also\s+)?marked\s+by\s+(\w+\s+){0,2}(pressure|intimidation|violence|irregularities|vote[- ]buying|misuse|abuse|restrictions|harassment|fraud)\b|\b(turned|turning|become|became|becoming)\s+(into\s+)?an?\s+(instrument|tool|weapon)\s+(of\s+((?-i:\p{Lu})\w+\s+)?(political\s+)?(pressure|interference|coercion)|serving\s+the\s+interests\s+of)\b|\b(confirms?|shows?|demonstrates?|proves?|reveals?)\s+(once\s+again\s+)?(the\s+|its\s+|their\s+|the\s+organi[sz]ation[’']s\s+)?(political\s+|clear\s+|obvious\s+)?(bias|partiality|politici[sz]ation)\b|\b(was|is|were|would\s+be)\s+(a\s+)?(serious|grave|big|major|historic|strategic|terrible)\s+(mistake|error)\b"), 0.6, "cue:criticised"),
        new(EventKind.RecommendationMade, Pattern(@"\b(must|should)\s+not\s+be\s+\w+ed\b|\b(must|should)\s+(also\s+|not\s+only\s+|now\s+|all\s+)?(be\s+)?(\w+ly\s+(and\s+\w+ly\s+)?)?(work\s+together|back(ed)?\s+up|speak\s+out|insist|provide[sd]?|support(ed)?|increase[sd]?|strengthen(ed)?|engage[sd]?|refrain(ed)?|use[sd]?|consider(ed)?|take[sn]?|make|give|be\s+held\s+accountable|release[sd]?|disclose[sd]?|investigate[sd]?|drop(ped)?|lift(ed)?|repeal(ed)?|end(ed)?|stop(ped)?|allow(ed)?|ensure[sd]?|respect(ed)?|guarantee[sd]?|reverse[sd]?|do\s+more|place|cease|continue\s+to|press|push|set|focus|prioriti[sz]e|seek|pursue|put\s+an\s+end\s+to|free[sd]?|kept|honou?red|fulfilled|expand|step\s+up|refrain|review|address|adopt|implement|protect|uphold|halt|amend(ed)?|abolish(ed)?|decriminali[sz]e[sd]?|employed|rehabilitated|assume\s+(its|their)\s+responsibility|raise|condition|monitor|restore|grant|reconsider|withdraw|revise|align|introduce|abandon|suspend|publish|invite|establish|reform|return|abide\s+by|adhere\s+to|comply\s+with|complete|keep|maintain|follow\s+up|resume|facilitate|co-?operate|invest|hold|ratify|sign|remove|reinstate|compensate|extend|expedite|repatriate|reject|convene|agree\s+on|appoint|reopen|negotiate|open|send|submit|permit|refer)\b"), 0.5, "cue:must", Spoken: true),
        // "…'s reforms have reduced presidential powers, a step ODIHR welcomed in its 2023 report": the body named before "welcomed" praises (small, compiled)
        new(EventKind.PraiseExpressed, Pattern(@"\b(a|the)\s+(step|move|development|decision|change)\s+(that\s+|which\s+)?(?=(?-i:\p{Lu})[\w’'-]+(\s+(?-i:\p{Lu})[\w’'-]+){0,3}\s+(has\s+|had\s+)?welcomed\b)"), 0.6, "cue:step-welcomed"),
        // "The Secretary General supported the initiative", after Kulubaev proposed holding a conference in Bishkek: an offer backed (small, compiled)
        new(EventKind.PraiseExpressed, Pattern(@"\bsupported\b(?=\s+(the|this|that)\s+(initiative|proposal|idea)\b)"), 0.6, "cue:commended"),
        // "I asked the Minister to allow more flexibility …", "has pressed both sides to lift restrictions": a request made of someone is a call on them (small, compiled)
        // ("has asked Turkmen authorities to let diplomats visit …": the authorities of a State its adjective names)
        // ("… and we hope the ministry will reconsider": a hope the speaker's side voices of someone asks them too; not an interviewee's own "I hope", u141)
        // "we expect the OSCE to respect the sovereignty of …": an expectation voiced of someone asks them (screened on "expect", the we looked behind for;
        // "Moscow expects the Swiss Chairpersonship to ensure …": or a named subject's)
        new(EventKind.RecommendationMade, Pattern(@"((?<=\b(we|I)\s+(also\s+|fully\s+|firmly\s+)?)expect|(?<=(?-i:\p{Lu})[\w-]+\s+(also\s+)?)expects|(?<=\b(said|stated|noted)\s+(that\s+)?((?-i:\p{Lu})[\w-]+|the\s+(bloc|union|government|ministry))\s+)expected)\b(?=\s+(the\s+(?-i:\p{Lu})[\w-]+(\s+(?-i:\p{Lu})[\w-]+){0,3}|the\s+(authorities|government|sides|parties)|them|him|her)\s+to\s+\w)|\bwe\s+hope\s+(the|that)\b(?=[^.;]{0,150}\b(will|would)\b)"), 0.6, "cue:called-on"),
        new(EventKind.RecommendationMade, Pattern(@"\binvited\s+(?-i:\p{Lu})[\w-]+(\s+(?-i:\p{Lu})[\w-]+){0,2}\s+to\s+(join|accede\s+to|ratify|sign\s+up\s+to)\b|(?<!\bjointly\s+)\b(asked|requested|pressed|(?<=\b(we|I)\s+(also\s+)?)(ask|request))\s+(the\s+(?-i:\p{Lu})[\w-]+(\s+((of|for|on)\s+(the\s+)?)?(?-i:\p{Lu})[\w-]+){0,3}|him|her|you|(the\s+)?((?-i:\p{Lu})[\w-]+\s+)?(authorities|government)|(both|the)\s+(sides|parties))\s+to\s+(?!(attend|participate|comment|speak|present|join|be)\b)"), 0.55, "cue:called-on"),
        // "raised the cases of journalists detained last year", "We reject the statement made by the OSCE Representative …" (small, compiled)
        new(EventKind.CriticismRaised, Pattern(@"\braised\s+(the\s+)?(cases?|plight|fate)\s+of\b|\braised\s+(the\s+)?(continued\s+|ongoing\s+|arbitrary\s+)?(blocking|detention|arrest|closure|harassment|prosecution|persecution|imprisonment|jailing|banning|shutdown|expulsion|deportation|torture|ill-treatment|disappearance|conviction|sentencing|liquidation)\s+of\b|\braised\s+(their|his|her)\s+(cases?|plight|fate)\s+with\b|\b(reject|dismiss)(s|es|ed)?\s+(the\s+|an?\s+)?(statement|report|accusations|allegations|claims|criticism|assessment|conclusions)\b|\bno\s+(legal\s+|factual\s+)?(grounds|basis|justification)\s+for\s+(such|these|this|that|the)\s+(assessments?|criticism|claims|accusations|allegations|statements?|conclusions)\b"), 0.55, "cue:criticised"),
        // "Russia accuses Latvia of discriminating against …": who accuses criticises whom (not "was accused of"; small, compiled)
        // ("the European Court of Human Rights held, unanimously, that there had been: a violation of Article 5 § 1 …": a court's finding)
        new(EventKind.CriticismRaised, Pattern(@"\baccus(es|ed|ing)\s+(?=(the\s+)?(?-i:\p{Lu})|the\s+(\w+\s+)?(authorities|government|regime|organi[sz]ation[’']s)\b)|\b(ruled|found|held)\s+(\w+\s+){0,3}?that\s+[^.;]{0,60}?\b(had\s+|has\s+)?violated\b|\b(ruled|found|held),?\s+(unanimously,?\s+)?that\s+there\s+(had|has)\s+been\s*(:\s*$|:?\s*(a\s+)?violations?\s+of\b)|\b(rejected|dismissed)\s+(the|this|that|its)\s+(\w+\s+)?(ruling|judge?ment|verdict)\b"), 0.6, "cue:accused"),
        // "Switzerland will provide an additional CHF 5 million for humanitarian demining": money pledged (small, compiled; "will" looked behind for, as it opens at every other sentence)
        new(EventKind.CommitmentMade, Pattern(@"(?<=\bwill\s+)(provide|allocate|contribute|donate|give|make\s+available|mobili[sz]e)\s+(an?\s+)?(additional\s+|further\s+|extra\s+|total\s+of\s+)?((CHF|EUR|USD|GBP|SEK|NOK|DKK|US\$|\$|€|£)\s?\d|\d[\d.,]*\s+(million\s+|billion\s+)?(euros?|francs|dollars|pounds)\b)|\bannounced\s+(a|an)\s+(further\s+|additional\s+|new\s+)?(contribution|donation|grant)\s+of\s+(CHF|EUR|USD|GBP|US\$|\$|€|£)\s?\d"), 0.6, "cue:funding-pledged"),
        // ("The EU will continue its Mission in Armenia (EUMA)": what the speaker's side already does, to go on with)
        new(EventKind.CommitmentMade, Pattern(@"(?<own>\bwill\s+continue\s+(its|their|our)\s+([\w-]+\s+){0,2}(Mission|mission|support|presence|assistance|engagement|programme|funding)\b)"), 0.6, "cue:committed"),
        // "despite an unprecedented campaign of Russian interference": a State's meddling named by its adjective (small, compiled)
        // ("part of a sweeping campaign against independent media", "sentences … were "grossly disproportionate"", "the hybrid attacks on its elections",
        // "despite constant Russian pressure": a State's pressure named by its adjective, whose maker <see cref="AttackerPattern"/> reads;
        // "had used the criminal code to sideline opposition candidates", "is on the verge of irrelevance", "Too many attacks … still go unpunished", "seriously undermines the
        // confidence of …", "had been carried out without any consultation with …", "had failed to consult minority communities", "charges that CPJ has
        // found to be retaliation for their reporting", "one of the worst jailers of journalists", "makes a mockery of President Mirziyoyev's pledge",
        // "Statements that glorify convicted war criminals … have no place in public life")
        new(EventKind.CriticismRaised, Pattern(@"\b(campaign|acts?|attempts?|forms?)\s+of\s+([\w-]+\s+){0,2}?(interference|meddling)\b|\bcampaign\s+against\s+(independent\s+(media|journalism|journalists|voices|reporting)|the\s+free\s+press|civil\s+society|dissent|critics|the\s+opposition)\b|\b(grossly|wholly|manifestly|utterly)\s+disproportionate\b|\bhybrid\s+(attacks?|warfare|war|operations?)\s+(on|against)\b|\b(constant|continued|continuing|relentless|persistent|ongoing|growing|unprecedented)\s+(?-i:\p{Lu})\p{Ll}+\s+(pressure|interference|meddling)\b|\bto\s+sideline\s+(the\s+)?(\w+\s+)?(opposition|critics|rivals|opponents|candidates)\b|\bon\s+the\s+verge\s+of\s+(irrelevance|collapse|paralysis)\b|\b(go|goes|went|gone|remain|remains|remained)\s+unpunished\b(?<!\b(not|never)\s+\w+\s+unpunished)|\b(seriously\s+|severely\s+|further\s+)?undermines\s+(the\s+)?(trust|confidence|independence|integrity|credibility)\b|\b(had|has|have|was|were)\s+(been\s+)?(carried\s+out|taken|adopted|decided|imposed|introduced)\s+without\s+(any\s+)?(prior\s+)?(consultation|consulting)\b|\bfailed\s+to\s+consult\b|\bmak(es|e|ing)\s+a\s+mockery\s+of\b|\bfraudulent\s+(elections?|vote|polls)\b|\bdismissed\s+(the|this|that|these|its)\s+(\w+\s+)?(report|statement|findings|criticism|accusations?|allegations?|ruling|verdict|resolution)\s+as\b|\b(pure|outright|blatant|sheer)\s+propaganda\b|\b(have|has)\s+no\s+place\s+in\s+(public\s+life|(a|any|our)\s+(democratic\s+|modern\s+)?society|politics|Europe|the\s+OSCE)\b|\bretaliation\s+for\s+(their|his|her|its)\s+(reporting|journalism|journalistic\s+work|work|activism|criticism)\b|\bjailers?\s+of\s+journalists\b(?<=\b(worst|leading|largest|biggest|top)\s+jailers?\s+of\s+journalists)"), 0.5, "cue:negative-judgement", Evaluative: true),
        // "The ODIHR election observation mission concluded that the elections were competitive and that fundamental freedoms were respected" (small, compiled)
        new(EventKind.PraiseExpressed, Pattern(@"\b(elections?|vote|campaign)\s+((in|of)\s+(?-i:\p{Lu})[\w-]+(\s+on\s+\d{1,2}\s+(?-i:\p{Lu})\p{Ll}+(\s+\d{4})?)?\s+)?(was|were)\s+[""“]?(genuinely\s+|highly\s+|technically\s+|generally\s+)?(competitive|well[- ]administered|pluralistic)\b|\bfundamental\s+freedoms\s+were\s+(generally\s+|broadly\s+)?respected\b|\b(managed|conducted|administered|organi[sz]ed|handled|ran)\s+([\w-]+\s+){0,3}?in\s+an?\s+(\w+\s+)?(professional|transparent|efficient|orderly|impartial|inclusive)\b|\b(worked|operated|performed|functioned)\s+(\w+\s+)?(professionally|transparently|impartially|efficiently|independently)\b|\b(administered|conducted|managed|organi[sz]ed|handled)\s+(the\s+)?([\w-]+\s+){0,3}?(professionally|transparently|impartially|efficiently|independently|effectively)\b"), 0.55, "cue:commended"),
        // "The report contains 24 recommendations, including that the authorities ensure …": what a report recommends, its author does (small, compiled)
        new(EventKind.RecommendationMade, Pattern(@"\b(contains|includes|offers|makes|sets\s+out|puts\s+forward|presents)\s+(\d+|a\s+number\s+of|several|[\w-]+)\s+(key\s+|priority\s+|specific\s+)?recommendations,?\s+(including|among\s+them|notably)\b"), 0.6, "cue:called-on", Evaluative: true),
        // "To the Government of Tajikistan: release all journalists …": a report's recommendations addressed line by line (small, compiled)
        new(EventKind.RecommendationMade, Pattern(@"^\W*To(?=\s+(the\s+)?((government|authorities|parliament)\s+of\s+(the\s+)?)?(?-i:\p{Lu})[^:.;]{2,80}:\s*(?-i:[a-z]))"), 0.6, "cue:addressed-to", Evaluative: true),
        new(EventKind.PraiseExpressed, Pattern(@"\b(noted|stressed|highlighted|underlined|emphasi[sz]ed)\s+(the\s+)?(great\s+|high\s+)?(importance|significance|value)\s+of\s+(the\s+)?(?-i:OSCE|ODIHR)\s+(assistance|support|activities|work|efforts|contribution|projects)\b|\bwelcome\s+steps?\b|\bpositive\s+(first\s+)?(signals?|developments?|steps?|role|contribution)\b|\b(noted|stressed|highlighted|underlined)\s+the\s+(constructive|positive|important|valuable)\s+role\s+of\b|\b(noted|stressed|highlighted|underlined|praised)\s+the\s+(longstanding|long-standing|excellent|fruitful|close)\s+partnership\s+(between|with)\b|\b(like|wish|want)\s+to\s+thank\b|\b(allow|permit)\s+me\s+to\s+thank\b|\blet\s+me\s+(also\s+)?thank\b|\bvaluable\s+example\b|\b(excellent|successful|constructive|fruitful)\s+(co-?operation|collaboration|partnership)\b|\bnoting\b.{0,40}\b(increased|positive|progress)\b|\bheartening\b|\bencouraging\s+(signs?|steps?|developments?)\b|\b(more\s+)?constructive\s+approach\b|\b(notable|important|significant)\s+steps\s+to\s+improve\b|\bwelcome\s+development\b|\bcommendable\b|\binspiring\s+(development|step|example)\b|\b(did|done|doing)\s+an?\s+(excellent|great|outstanding)\s+job\b|\breached\s+a\s+(new|qualitatively\s+new|higher)\s+level\b|\bdoing\s+(\w+\s+)?(significant|important|valuable|excellent|great|good|remarkable|tremendous)\s+work\b|\bmost\s+(reliable|trusted|valued|dependable)\b|\b(reliable|trusted|valued|dependable|committed|constructive)\s+partners?\b"), 0.5, "cue:positive", Evaluative: true),
        // "… is an example for the whole region", "a model for others", "has made a significant contribution to" (on its own, as the pledges and criticisms above)
        new(EventKind.PraiseExpressed, Pattern(@"\b(good\s+|positive\s+|excellent\s+|shining\s+)?(example|model)\s+(for|to)\s+(the\s+)?(whole\s+|entire\s+|wider\s+)?(region|others|OSCE\s+area)\b|\b(has|have|had)\s+made\s+an?\s+(significant|important|great|valuable|substantial|major|key|tangible)\s+contribution\s+to\b|\b(has|have|had)\s+played\s+an?\s+(very\s+)?(useful|important|key|valuable|constructive|positive|vital|crucial|significant|instrumental|helpful)\s+role\s+in\b|\bdeserves?\s+(great\s+|much\s+|real\s+|full\s+)?(credit|praise|recognition)\s+for\b"), 0.5, "cue:positive", Evaluative: true),
        // "Kamp recognised the efforts made by the Estonian authorities to prepare teachers for the transition" (small, compiled)
        new(EventKind.PraiseExpressed, Pattern(@"\b(recogni[sz]ed|recogni[sz]es|acknowledged|acknowledges)\s+the\s+(considerable\s+|significant\s+|important\s+|great\s+|serious\s+)?(efforts|progress|steps)\s+(made|taken|undertaken|achieved)\s+by\b"), 0.7, "cue:commended"),
        // "said Armenia values the OSCE as an important regional platform" (small, compiled: kept out of the automaton below)
        // "noted the effectiveness of the policy", "stand firmly with … in their tireless efforts", "’s release is very welcome news", "We express our gratitude to the OSCE",
        // "We note with appreciation the release of …", "We thank the OSCE Project Co-ordinator …", "The Minister highly appreciated the assistance of …"
        // ("Let me begin by thanking the Swiss Chairpersonship for …": a speaker's thanks)
        // (its judge is who is named before it, not the document's author; small, compiled)
        new(EventKind.PraiseExpressed, Pattern(@"\b(noted|praised|highlighted|stressed|underlined|emphasi[sz]ed)\s+the\s+(high\s+|great\s+)?effectiveness\s+of\b|\b(tireless|untiring|invaluable|commendable|outstanding)\s+(efforts|work|dedication|contribution)\b|\b(is|was)\s+(a\s+)?(very\s+)?welcome\s+(news|development|move|decision)\b|\bexpress\s+our\s+(deep\s+|sincere\s+)?(gratitude|appreciation)\s+to\b|\b(note[sd]?|noting|welcome[sd]?|observe[sd]?)\s+with\s+(great\s+|deep\s+|particular\s+)?(appreciation|satisfaction)\b|\b(we|I)\s+(also\s+|sincerely\s+|warmly\s+|further\s+)?thank\b|\b(begin|start|conclude|end)\s+by\s+(warmly\s+|sincerely\s+)?thanking\b|\b(organi[sz]ers|co-organi[sz]ers|authors)\s+(also\s+|sincerely\s+|warmly\s+)?thank\b|\bhighly\s+(value[sd]?|appreciate[sd]?|apprais\w+)\b|\b(highlighted|stressed|underlined|emphasi[sz]ed|noted)\s+the\s+([\w-]+\s+){0,5}?[\w-]+(’s|'s)\s+(important\s+|key\s+|positive\s+|valuable\s+)?(role|contribution)\b|\b(noted|highlighted)\s+the\s+(great\s+)?(importance|significance|value)\s+of\s+the\s+([\w-]+\s+){0,3}?[\w-]+(’s|'s)\s+(activities|work|efforts|assistance|projects|support)\b|\b(noted|highlighted|stressed|underlined|emphasi[sz]ed)\s+the\s+(great\s+)?(importance|significance|value)\s+of\s+the\s+((?-i:\p{Lu})[\w-]*\s+|of\s+|in\s+|for\s+){1,8}in\s+(supporting|helping|assisting|promoting)\b|\bvalues?\s+(its|their|the|our)\s+(\w+\s+)?(partnership|co-?operation)\s+with\b|\b(is|are|am|remains?|was|were)\s+(deeply\s+|very\s+|most\s+|sincerely\s+)?grateful\s+to\b"), 0.55, "cue:commended"),
        // "values the OSCE as an indispensable platform"; "We value the work of the OSCE Programme Office in Bishkek", "highly values the contribution of ODIHR"
        new(EventKind.PraiseExpressed, Pattern(@"\bvalues?\b(?=\s+(the\s+|its\s+|their\s+)?([\w-]+\s+){0,3}?as\s+(an?\s+|the\s+)?(most\s+)?(important|valuable|key|essential|indispensable|reliable|trusted|unique)\b)|\bvalu(e|es|ed)\s+(highly\s+|greatly\s+|deeply\s+)?(the|its|their|your)\s+([\w-]+\s+){0,2}?(work|role|contribution|efforts|support|assistance|engagement|expertise)\s+(of|by)\b"), 0.55, "cue:valued"),
        new(EventKind.PraiseExpressed, Pattern(@"\bcommend(ed|s|ing)?\b|\bexpress(ed|es|ing)\s+((his|her|their|its|our)\s+)?(high\s+|great\s+|warm\s+)?praise\s+for\b|\bcongratulat(ed|es)\b|\bprais(ed|es)\b|\b(I|we)\s+(must|have\s+to|want\s+to|wish\s+to|would\s+like\s+to)\s+(also\s+)?praise\b|\bwelcom(ed|es)\b(?![^.;]{0,200}\b(for|to)\s+(a|an|the)\s+([\w-]+\s+){0,3}(meeting|talks|consultations)\b)(?!\s+((Mr|Ms|Mrs|Dr|H\.\s?E)\.?\s|(His|Her)\s+Excellency\b))|\bthanked\b|\bby\s+thanking\b|\bpa(y|ys|id)\s+tribute\s+to\b|\bthanks\s+(the|all|his|her|their|its|our|him|them|(?-i:\p{Lu}))|\b(highlighted|stressed|underlined|emphasi[sz]ed|noted|acknowledged)\s+(the|their|his|her|its)\s+(important|valuable|crucial|key|vital|significant|positive)\s+(role|contribution)\b|\b(big|many|special|sincere)\s+thanks\s+to\b|\bexpressed\s+(\w+\s+){0,2}support\s+for\b|\bappreciat(e|es|ed)\b|\bpositively\s+assessed\b|\b(hailed|lauded|applaud|applauds|applauded)\b|\b(express|extend|convey|articulat|voic)\w*\s+(his\s+|her\s+|their\s+|its\s+|my\s+|our\s+)?(sincere\s+|deep\s+)?(appreciation|gratitude|thanks)\b|\bimpressed\s+(by|with)\b|\bviewed\s+positively\b|\backnowledged\b|\b(wish|like|want)\s+to\s+(acknowledge|recogni[sz]e)\b|\bstep\s+forward\b|\b(expressed|voiced)\s+(his|her|their|its)?\s*(deep\s+|great\s+|full\s+)?satisfaction\b|\b(I|we|they|our\s+(organi[sz]ations|groups))\s+(\w+\s+){0,3}welcome\b(?!\s+the\s+(opportunity|chance|invitation)\b)(?!\s+((Mr|Ms|Mrs|Dr)\.?\s|our\s+new\b))|\bconsiders?\s+(it\s+)?(very\s+|highly\s+)?(beneficial|valuable)\b|\bapprov(ed|es)\s+of\b|\b(exceptional|remarkable|great)\s+courage\b|\b(would\s+(also\s+)?like|wish|want)\s+to\s+(thank|congratulate|commend|praise)\b|^[•*–-]\s*(?-i:Welcome|Commend|Congratulate|Applaud|Praise|Thank)\s+(?-i:the|his|her|their|its|\p{Lu})|^\W*(?-i:Welcome|Welcoming)\s+(?-i:the|today|yesterday|this|\p{Lu})|^\W*Thank\s+you,?\s+(@\w+|(?-i:\p{Lu})[\w’'-]+(\s+(?-i:\p{Lu})[\w’'-]+){0,2}),?\s+for\b", splitLookArounds: true), 0.6, "cue:commended"),
    ];

    /// <summary>Every cue's pattern, in the order they are tried: for checking that each matches as its regular expression would.</summary>
    public static IReadOnlyList<CuePattern> CuePatterns => [.. Cues.Select(c => c.Pattern)];

    /// <summary>Where each cue's alternatives are in <see cref="Screen"/>, after the cues themselves: -1 for a cue that does not screen them.</summary>
    private static readonly int[] PartsAt = [.. Cues.Select((c, k) => c.Pattern.PartsNeeded is null ? -1
        : Cues.Length + Cues.Take(k).Sum(d => d.Pattern.PartsNeeded?.Count ?? 0))];

    /// <summary>
    /// The expressions asked of (a part of) each sentence, or of each cue a sentence has, most often: the screen reads what each
    /// needs with the cues' words (<see cref="RequiredText"/>), and one is not run where the sentence has none of it
    /// (<see cref="Has(Regex, string)"/>). Asked of a part of the sentence, the sentence's reading still tells: what the part has, it has.
    /// </summary>
    private static readonly Regex[] Checks =
    [
        // of each sentence, as the document is read through
        DaysLater(), GatheringOpenedOrClosed(), SpeakingNow(), WeAgreed(), BodysOfficial(), ReportWelcomed(), Rejected(), SaidToday(), SaysNowAtEnd(),
        ThankedFor(), FollowingMonth(), ButMarred(), MeetingsListed(), PledgesListed(), WhoField(), StatementFollows(), Hereinafter(),
        // of each sentence with a cue, and of each cue it has
        Likened(), RelativeAfter(), Unattributed(), Attributive(), AgainstBefore(), WhoRightBefore(), AttributionAtEnd(), TogetherWith(), Dates.SameDay(),
        ItWentOn(), TheParties(), WhenClauseHe(), WhomHeRightBefore(), ReportPublished(), Repeatedly(),
        // of every sentence (or the first few), before the document is read through
        Donors(), SaidOn(), UnderAgreement(), Closing(), Salutation(), HerebyDecree(), ExpertsLabel(), ConcernsHeading(), RecommendationsFollow(),
        // of each sentence's titles and dates
        Referents.TitleAlone(), Referents.StatesOfficial(), Referents.CoChairs(), .. Dates.Checks,
    ];

    /// <summary>Where each check's needs are in <see cref="Screen"/>, after the cues' and their alternatives'.</summary>
    private static readonly Dictionary<Regex, int> CheckAt = Checks.Select((check, k) => (check, k))
        .ToDictionary(x => x.check, x => Cues.Length + Cues.Sum(c => c.Pattern.PartsNeeded?.Count ?? 0) + x.k); // (an expression is equal only to itself)

    // which cues a sentence has the words for, and which of their alternatives: read once per sentence, instead of running each cue to
    // find it does not match (the first of its patterns are the cues', then each cue's alternatives that it screens, at PartsAt, then
    // the checks', at CheckAt)
    private static readonly CueScreen Screen = Cues.Length <= CueScreen.Capacity
        ? new([.. Cues.Select(c => c.Pattern.Needed), .. Cues.SelectMany(c => c.Pattern.PartsNeeded ?? []),
            .. Checks.Select(RequiredText.Of)])
        : throw new InvalidOperationException($"A sentence's cues are screened as bits of one number: up to {CueScreen.Capacity}, not {Cues.Length}.");

    /// <summary>Whether the sentence has any of what a match of the check needs (see <see cref="Checks"/>).</summary>
    private static bool Could(Regex check, string sentence) => Screen.Possible(ScreenReading(sentence), CheckAt[check], 1) != 0;

    /// <summary>Whether the check matches the sentence, not run where the screen tells it cannot.</summary>
    internal static bool Has(Regex check, string sentence) => Could(check, sentence) && check.IsMatch(sentence);

    /// <summary>Whether the check matches a part of the sentence, not run where the screen tells the sentence cannot have it.</summary>
    private static bool Has(Regex check, string sentence, ReadOnlySpan<char> part) => Could(check, sentence) && check.IsMatch(part);

    /// <summary>The check's first match in the sentence from <paramref name="start"/> on (none where the screen tells it cannot match).</summary>
    internal static Match Found(Regex check, string sentence, int start = 0) => Could(check, sentence) ? check.Match(sentence, start) : Match.Empty;

    /// <summary>The check's matches in the sentence (none where the screen tells it cannot match).</summary>
    internal static IReadOnlyList<Match> Every(Regex check, string sentence) => Could(check, sentence) ? check.Matches(sentence) : [];

    /// <summary>The expressions the screen tells of, for checking that what it tells holds (a sentence it says cannot match does not).</summary>
    public static IReadOnlyList<Regex> ScreenedChecks => Checks;

    /// <summary>Whether the screen lets the check run on the sentence.</summary>
    public static bool ScreenAllows(Regex check, string sentence) => Could(check, sentence);

    /// <summary>The screen's reading of a sentence (a sentence's cues are looked for more than once).</summary>
    private static readonly LastRead<CueScreen.Reading> Readings = new(text => Screen.Read(text), keep: 4096); // (a long report's sentences, each read once)

    private static CueScreen.Reading ScreenReading(string text) => Readings.Of(text);

    /// <summary>Which of a cue's alternatives the sentence read could match (all, to a cue that does not screen them).</summary>
    private static UInt128? PartsPossible(CueScreen.Reading reading, int cue) =>
        PartsAt[cue] < 0 ? null : Screen.Possible(reading, PartsAt[cue], Cues[cue].Pattern.PartsNeeded!.Count);

    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(";:“”\"");

    private static readonly CuePattern[] Calls = [.. Cues.Where(c => c.Kind == EventKind.RecommendationMade && c.Rule is "cue:called-on" or "cue:must" or "cue:addressed-to").Select(c => c.Pattern)];

    /// <summary>The strings one of which every match of <see cref="Calls"/> needs, as the cue screen reads them from the patterns (none if one cannot be read).</summary>
    private static readonly SearchValues<string>? CallWords = Calls.All(c => c.Needed is not null)
        ? SearchValues.Create([.. Calls.SelectMany(c => c.Needed!).Distinct(StringComparer.OrdinalIgnoreCase)], StringComparison.OrdinalIgnoreCase)
        : null;

    /// <summary>Whether what a criticism goes on to call for is screened before the calls are run (<see cref="CallWords"/> could be read).</summary>
    public static bool CallsScreened => CallWords is not null;

    private static readonly (string Cue, string Topic)[] Topics =
    [
        ("media", "Media freedom and development"), ("libel", "Media freedom and development"), ("journalist", "Media freedom and development"),
        ("election", "Elections"), ("electoral", "Elections"), ("observer", "Elections"), ("trafficking", "Combating trafficking in human beings"),
        ("border", "Border management"), ("terroris", "Countering terrorism"), ("money laundering", "Countering terrorism"), ("tolerance", "Tolerance and non-discrimination"),
        ("discrimination", "Tolerance and non-discrimination"), ("minorit", "National minority issues"), ("roma", "Roma and Sinti"), ("gender", "Gender equality"),
        ("rule of law", "Rule of law"), ("justice", "Rule of law"), ("torture", "Human rights"), ("human rights", "Human rights"), ("assembly", "Human rights"),
        ("democra", "Democratization"), ("reform", "Democratization"), ("party", "Democratization"), ("pluralism", "Democratization"), ("environment", "Environmental activities"),
        ("youth", "Youth"), ("civil society", "Human rights"), ("co-operation", "Conflict prevention and resolution"), ("security", "Conflict prevention and resolution"),
    ];

    /// <summary>The context a sentence is read in: who wrote the document, the State it is mostly about, the official last named, a list being read.</summary>
    /// <param name="Undated">the date of what a sentence reports without a date, when the document has none either: some time up to today</param>
    /// <param name="Story">the day the news is about: the first date a sentence reporting a meeting or visit gives that falls in the week up to publication ("on Thursday", "yesterday", "June 13"); sentences with no date of their own report that day</param>
    /// <param name="LastDate">the last date a sentence gave, for "on the same day"</param>
    /// <param name="NextSpeaker">who the sentence closing the quotation this one opens or continues names as speaker</param>
    /// <param name="LastJudge">the official who last judged: whom "she wrote" means after a victim has been named</param>
    /// <param name="Quoting">who the last sentence quoted: a quotation that runs on into the next sentence is still theirs</param>
    /// <param name="Group">the States last named together ("Central Asian governments", "Kazakhstan, Kyrgyzstan and Tajikistan"): what "the countries" are</param>
    /// <param name="InQuote">a quotation opened before this sentence is still open: the sentence is quoted</param>
    /// <param name="Sides">the parties to the last meeting reported, each as the State or body its official speaks for: what "the sides" agreed</param>
    /// <param name="Officials">the officials named so far, the last named first: whom "the Slovak Minister", "the Turkish official" mean</param>
    /// <param name="Previous">the one State the sentence before named: what the next sentence of its paragraph goes on about</param>
    /// <param name="Speaking">the State or body last reported judging on its own: whom "we" means when the document's author is not known</param>
    /// <param name="Voice">who delivers the statement the document is ("Ambassador X welcomes …"): the author's "we" is said by them</param>
    /// <param name="Conflict">a breakaway region's de facto authorities the document has named, and the State the region lies in: whom "both sides" of a settlement mean</param>
    /// <param name="Council">the Permanent Council, when the document is a statement made at one of its meetings: whom its pledges naming no one are made to</param>
    /// <param name="Reported">the body whose report the document answers ("Comments on the Final Report of the ODIHR Election Assessment Mission"): whom "the Report" is by</param>
    /// <param name="RepliedTo">whose statement the document replies to ("Right of reply to the statement by the European Union"): whom "our colleagues" are</param>
    /// <param name="Host">the State the last visit reported went to, or whose capital a sentence last opened on ("In Belgrade, …"): where the visitor is</param>
    /// <param name="Instrument">the document is the instrument its parties agree in: it named them "hereinafter 'the Sides'", so its "The Sides agree to …" is the agreement made</param>
    /// <param name="StatesBefore">the States the sentence before named, in its order: whose decision "this decision" is</param>
    /// <param name="Observers">the body whose observation mission the document names ("the limited election observation mission of the OSCE Office for Democratic Institutions and Human Rights"): whom "international observers" are</param>
    /// <param name="Terms">the document tells what each party to an agreement signed will do ("Under the memorandum, the Mission will …"): those are the commitments, not the signing</param>
    private sealed record Context(ActorRef? Author, ActorRef? MainState, ActorRef? LastOfficial, PartialDate? Published, PartialDate Undated, (EventKind Kind, List<ActorRef> Actors, List<ActorRef> Counterparts)? List,
        FoundDate? Story = null, FoundDate? LastDate = null, Mentions? Names = null, ActorRef? LastBody = null, IReadOnlyList<ActorRef>? Sides = null,
        IReadOnlyList<ActorRef>? Group = null, ActorRef? Quoting = null, ActorRef? NextSpeaker = null, ActorRef? LastJudge = null, bool InQuote = false,
        IReadOnlyList<ActorRef>? Officials = null, ActorRef? Previous = null, IReadOnlyList<ActorRef>? Voice = null, ActorRef? Speaking = null, ActorRef? Host = null,
        FoundDate? Statement = null, IReadOnlyList<ActorRef>? Met = null, IReadOnlyList<ActorRef>? LastMakers = null, IReadOnlyList<ActorRef>? Pair = null,
        IReadOnlyList<ActorRef>? Critics = null, string? LastCommitment = null, ActorRef? LastDoer = null, IReadOnlyList<ActorRef>? Hosted = null, FoundDate? Scene = null,
        string? Asked = null, FoundDate? Period = null, IReadOnlyList<ActorRef>? Conflict = null, ActorRef? Council = null, ActorRef? RepliedTo = null, ActorRef? Reported = null,
        ActorRef? HimOrHer = null, ActorRef? Answering = null, bool Instrument = false, bool Terms = false, IReadOnlyList<ActorRef>? StatesBefore = null, FoundDate? ReportDay = null,
        ActorRef? Observers = null);

    private static readonly HashSet<string> NotToldToDo = new(StringComparer.Ordinal) { "be", "have", "not", "never", "only", "no", "we", "you", "it", "there", "they", "he", "she", "this", "that", "rather", "ideally", "do", "happen", "seem", "look" };

    private static readonly HashSet<string> Imperatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "strengthen", "enhance", "work", "continue", "reform", "release", "introduce", "implement", "ensure", "adopt", "establish", "support", "promote", "align",
        "investigate", "end", "stop", "guarantee", "allow", "repeal", "amend", "bring", "invite", "cooperate", "co-operate", "conduct", "decriminalise", "decriminalize",
        "abolish", "protect", "respect", "take", "refrain", "provide", "create", "increase", "improve", "review", "uphold", "engage", "consider", "publish", "ratify",
        "issue", "lift", "drop", "free", "grant", "withdraw", "restore", "reinstate", "reopen", "extend", "remove", "cease", "halt", "suspend", "facilitate",
        "enable", "appoint", "submit", "sign", "return", "compensate", "disclose", "include", "hold", "seek", "pursue", "revise", "revoke", "annul", "quash", "overturn",
    };

    /// <summary>Proposals for a whole document; <paramref name="author"/> is who speaks when a judgement names no speaker (a brief's authors, an NGO).</summary>
    public IReadOnlyList<ProposedEvent> Propose(string documentId, string text, PartialDate? published, ActorRef? author = null)
    {
        // "«The Organization has been turned into a tool …», — Lavrov said": guillemets and the dash after them read as the quotation
        // marks and comma they stand for (character for character, so that every span stays the document's; the quotes are its own)
        if (text.AsSpan().IndexOfAny('«', '»') >= 0)
        {
            var read = Guillemets().Replace(text, m => m.Value[0] == '«' ? "“" : "”" + (m.Groups["dash"].Success ? "," + new string(' ', m.Groups["dash"].Length - 1) : ""));
            return ProposeAsRead(documentId, read, text, published, author);
        }

        // "Ambassador Kilian Wahl[8], met today with … Afrim Gashi[9], to discuss the [10]ODIHR recommendations": a page as a text browser
        // dumps it, each link numbered in brackets and the addresses listed under "References" at its foot, reads without the numbers
        // (character for character: a number before punctuation gives way to it, "Gashi[9]," read "Gashi,   ")
        if (text.Contains("References", StringComparison.Ordinal) && LinkReferences().IsMatch(text) && LinkNumber().Count(text) >= 3)
        {
            var unnumbered = LinkNumber().Replace(text, m => m.Groups["stop"].Success ? m.Groups["stop"].Value + new string(' ', m.Length - 1) : new string(' ', m.Length));
            return ProposeAsRead(documentId, unnumbered, text, published, author);
        }

        // "Toraga [TN: Speaker] of the Jogorku Kenesh …", "the conclusions [sic; “opinion” is meant] of the Representative": a translator's or
        // an editor's note in brackets reads as if it were not there (the spans found mapped back to the document's, the quotes its own)
        if (text.Contains('[', StringComparison.Ordinal) && EditorialNote().IsMatch(text))
        {
            var kept = new System.Text.StringBuilder(text.Length);
            var at = new List<int>(text.Length + 1);
            var from = 0;
            foreach (Match note in EditorialNote().Matches(text))
            {
                for (var k = from; k < note.Index; k++) { kept.Append(text[k]); at.Add(k); }
                from = note.Index + note.Length;
            }

            for (var k = from; k < text.Length; k++) { kept.Append(text[k]); at.Add(k); }
            at.Add(text.Length);
            return [.. Propose(documentId, kept.ToString(), published, author).Select(p =>
            {
                var (start, end) = (at[p.Draft.Source.Start], at[p.Draft.Source.Start + p.Draft.Source.Length - 1] + 1);
                return p with { Draft = p.Draft with { Source = p.Draft.Source with { Start = start, Length = end - start, Quote = text[start..end] } } };
            })];
        }

        // "Had the honour to meet @Maria Telalian, Director of @OSCE/ODIHR": a name a post tags reads as the name (character for character)
        if (TaggedName().IsMatch(text))
        {
            var untagged = TaggedName().Replace(text, " ");
            return ProposeAsRead(documentId, untagged, text, published, author);
        }

        // "DUSHANBE, DEC 1 (KHOVAR) -- OSCE CHAIRPERSON-IN-OFFICE … MET TAJIK PRESIDENT EMOMALI RAHMON …": a text in capitals, as a
        // telex prints it, is read in the case a newspaper would print it (character for character; the quotes are its own)
        if (InCapitals(text))
        {
            var cased = Recased(text, published);
            return ProposeAsRead(documentId, cased, text, published, author);
        }

        published ??= Dates.Publication(text);
        var sentences = WithoutLinks(Sentences.Split(text), text);
        var local = mentions.ForDocument(text, OnOrToday(published), out _);
        var items = Items(sentences, published);
        var sources = Sources(text);
        // "Andrii Sybiha / Minister of Foreign Affairs of Ukraine / 3d • / Met with … / Ararat Mirzoyan / … / 2d • / Productive meeting …": a
        // feed of several people's posts is read post by post, each its poster's, as of the day its age counts back to
        if (published is { Precision: DatePrecision.Day } && text.AsSpan().IndexOfAny('•', '·') >= 0 && PostedBy().Matches(text).Where(m => m.Groups["role"].Success && PostAge().IsMatch(m.Value)).ToList() is { Count: >= 2 } posts)
        {
            return [.. posts.SelectMany((post, k) =>
            {
                var end = k + 1 < posts.Count ? posts[k + 1].Index : text.Length;
                var age = PostAge().Match(post.Value);
                var days = int.Parse(age.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) * (age.Groups["unit"].Value == "w" ? 7 : age.Groups["unit"].Value == "d" ? 1 : 0);
                var day = PartialDate.Day(published.Earliest.AddDays(-days));
                return ProposeIn(documentId, text, [.. sentences.Where(x => x.Start >= post.Index && x.Start < end)], day, PersonNamed(local, post.Groups["name"].Value, day, ActorKind.Official), local, sources);
            })];
        }

        // "On Wed, 2 Dec 2026 at 16:05, Maria Telalian <…> wrote: / > It was a pleasure to meet you …": the message a reply quotes is
        // its writer's, as of the day they wrote it; the reply above it is the reply's
        if (text.Contains("wrote:", StringComparison.Ordinal) && ReplyHeader().Match(text) is { Success: true } reply && QuotedLines().IsMatch(text.AsSpan(reply.Index + reply.Length))
            && Dates.Find(reply.Groups["when"].Value, published).FirstOrDefault(d => d.Date.Precision == DatePrecision.Day) is { } wrote)
        {
            var writer = PersonNamed(local, reply.Groups["name"].Value, wrote.Date);
            // (its "> " marks read as the spaces they take, character for character, so that its sentences end where they do)
            var unquoted = QuoteMark().Replace(text, m => new string(' ', m.Length));
            var lines = WithoutLinks(Sentences.Split(unquoted), unquoted);
            return QuotedFrom(text, ProposeIn(documentId, unquoted, [.. lines.Where(x => x.Start < reply.Index)], published, author, local, sources)
                .Concat(ProposeIn(documentId, unquoted, [.. lines.Where(x => x.Start >= reply.Index)], wrote.Date, writer, local, sources)));
        }

        // "After the meeting, Sybiha wrote on X: / Thank you @ignaziocassis for … / — Andrii Sybiha (@andrii_sybiha) December 2, 2026": a post
        // a story embeds is its poster's, as of the day under it; the story around it is the story's
        if (items.Count == 1 && text.Contains("(@", StringComparison.Ordinal) && EmbeddedPost().Matches(text) is { Count: > 0 } embeds)
        {
            var embedded = embeds.Select(e => (From: text.LastIndexOf("\n\n", e.Index, StringComparison.Ordinal) is var gap and >= 0 ? gap : 0, To: e.Index + e.Length,
                Day: Dates.Find(e.Groups["when"].Value, published).FirstOrDefault(d => d.Date.Precision == DatePrecision.Day)?.Date ?? published, Name: e.Groups["name"].Value)).ToList();
            return [.. ProposeIn(documentId, text, [.. sentences.Where(x => embedded.All(p => x.Start < p.From || x.Start >= p.To))], published, author, local, sources)
                .Concat(embedded.SelectMany(p => ProposeIn(documentId, text, [.. sentences.Where(x => x.Start >= p.From && x.Start < p.To)], p.Day, PersonNamed(local, p.Name, OnOrToday(p.Day)), local, sources)))];
        }

        if (items.Count == 1) return ProposeIn(documentId, text, sentences, published, author, local, sources);
        // a newsroom page listing several press releases: each is read on its own, as of its own date
        return [.. items.SelectMany((from, k) =>
        {
            var to = k + 1 < items.Count ? items[k + 1].From : sentences.Count;
            return ProposeIn(documentId, text, [.. sentences.Skip(from.From).Take(to - from.From)], from.Date ?? published, author, local, sources);
        })];
    }

    /// <summary>
    /// The sentences less the links a news page lists under a label of their own ("RELATED", "Read more", "See also", or "Read also: …"
    /// with the first link on its line, or "Related news" over headlines with no stop, read as one sentence with it), up to the
    /// next blank line: other stories' headlines ("Turkmen President's Son Wins Landslide In Vote Criticized As Undemocratic").
    /// </summary>
    private static IReadOnlyList<Sentence> WithoutLinks(IReadOnlyList<Sentence> sentences, string text)
    {
        var labelled = -1;
        for (var i = 0; i < sentences.Count && labelled < 0; i++)
            if (OverLinks(sentences[i])) labelled = i;
        if (labelled < 0) return sentences;
        var kept = new List<Sentence>(sentences.Count);
        var (inLinks, references) = (false, false);
        for (var i = 0; i < sentences.Count; i++)
        {
            // ("References / "Cassis in Astana". Kazinform. 10 November 2026. / …": a page's references, each its own paragraph, go on to its end)
            if (OverLinks(sentences[i])) (inLinks, references) = (true, ReferencesLabel().IsMatch(sentences[i].Text));
            else if (inLinks && !references && text.AsSpan(sentences[i - 1].End, sentences[i].Start - sentences[i - 1].End).Count('\n') >= 2) inLinks = false;
            if (!inLinks) kept.Add(sentences[i]);
        }

        return kept;
    }

    /// <summary>A diplomatic note's opening formula, <c>to</c> its addressees: "presents its compliments to the Swiss Chairpersonship of the OSCE and to the OSCE Secretariat and has the honour to inform that".</summary>
    [GeneratedRegex(@"\bpresents\s+its\s+compliments\s+to\s+(?<to>.+?)\s+and\s+has\s+(further\s+)?the\s+honou?r\b")]
    private static partial Regex Compliments();

    /// <summary>What may open a clause before the State it names as the subject: "", "… inform that the Government of the Republic of ", "The Government of ".</summary>
    [GeneratedRegex(@"(^\W*|\bthat\s+)(the\s+)?(Government\s+of\s+)?(the\s+)?(Republic\s+of\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnGovernmentBefore();

    [GeneratedRegex(@"«|»(?<dash>,\s*[—–]\s)?")]
    private static partial Regex Guillemets();

    [GeneratedRegex(@"\bas\s+(it|he|she|they|we|the\s+\w+)\s+(has|have|had)\s+(done|been\s+doing|always\s+done)\s+$")]
    private static partial Regex AsItHasDone();

    /// <summary>What follows a State's adjective that names a people or a language: "-language", "-speaking", " minority", " community".</summary>
    [GeneratedRegex(@"^(-language|-speaking|-medium|\s+(language|minority|minorities|community|communities|diaspora|speakers))\b")]
    private static partial Regex PeopleOrLanguage();

    /// <summary>Proposals from <paramref name="read"/>, a text read character for character as another way of writing <paramref name="text"/>, quoting <paramref name="text"/> itself.</summary>
    private IReadOnlyList<ProposedEvent> ProposeAsRead(string documentId, string read, string text, PartialDate? published, ActorRef? author) =>
        QuotedFrom(text, Propose(documentId, read, published, author));

    /// <summary>The day a document is read as of: the day given, else today.</summary>
    private static PartialDate OnOrToday(PartialDate? day) => day ?? PartialDate.Day(DateOnly.FromDateTime(DateTime.UtcNow));

    /// <summary>The person or official a name given as a document's author names: whom the document's names know by it, else a new one.</summary>
    private static ActorRef PersonNamed(Mentions names, string name, PartialDate on, ActorKind unknown = ActorKind.Person) =>
        names.In(name, on, null).FirstOrDefault(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person)?.Actor ?? new ActorRef(Actor.IdFor(name), name, unknown);

    /// <summary>Proposals made from a re-reading of the text character for character, each quoting the text itself at its span.</summary>
    private static IReadOnlyList<ProposedEvent> QuotedFrom(string text, IEnumerable<ProposedEvent> proposals) =>
        [.. proposals.Select(p => p with { Draft = p.Draft with { Source = p.Draft.Source with { Quote = text.Substring(p.Draft.Source.Start, p.Draft.Source.Length) } } })];

    /// <summary>An arrival for a visit of some days: "arrived in Astana on Wednesday for a three-day visit", "arrives … for a two-day official visit".</summary>
    [GeneratedRegex(@"\barriv(ed|es)\b[^.;]{0,80}?\bfor\s+an?\s+(?<days>\w+)-day\s+(\w+\s+)?visit\b")]
    private static partial Regex ArrivedFor();

    /// <summary>Where a bill is read or voted on: "before its second reading in the ", "ahead of the vote in ".</summary>
    [GeneratedRegex(@"\b(reading|readings|vote|debate|hearing)\s+(in|by)\s+(the\s+)?$")]
    private static partial Regex ReadIn();

    /// <summary>Whose word a pledge waits for: "only after receiving the conclusions of the ", "upon receipt of the opinion of ", "after obtaining comments from ".</summary>
    [GeneratedRegex(@"\b(after|upon|on|before)\s+(receiving|receipt\s+of|obtaining|hearing|seeing)\s+(the\s+)?([\w’'-]+\s+){0,3}(of|from)\s+(the\s+)?(OSCE\s+)?$")]
    private static partial Regex AwaitedFrom();

    /// <summary>A translator's or an editor's note in brackets, with the space before it: " [TN: Speaker]", " [sic]", " [Ed.: …]", " [Translator's note: …]".</summary>
    [GeneratedRegex(@"[ \t]?\[(?:TN\b|T\.N\.|Tr\.|Trans\.|[Tt]ranslator['’]s\s+note\b|[Ee]ditor['’]s\s+note\b|Ed\.|sic\b)[^\]\n]{0,200}\]")]
    private static partial Regex EditorialNote();

    /// <summary>An embedded post's footer, as a network prints it under the post: "— Andrii Sybiha (@andrii_sybiha) December 2, 2026".</summary>
    [GeneratedRegex(@"^[ \t]*[—–-]{1,2}[ \t]*(?<name>\p{Lu}[\p{L}.'’-]+(?:[ \t]+\p{Lu}[\p{L}.'’-]+){1,3})[ \t]*\(@\w{2,}\)[ \t]*(?<when>[^\n]{6,40}?)[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex EmbeddedPost();

    /// <summary>A post's age under its poster's name and role: "3d •", "5h ·", "2w •".</summary>
    [GeneratedRegex(@"\n[ \t]*(?<n>\d{1,2})\s?(?<unit>h|d|w)\b[ \t]*[•·]")]
    private static partial Regex PostAge();

    /// <summary>A reply's line over the message it quotes: "On Wed, 2 Dec 2026 at 16:05, Maria Telalian &lt;director@odihr.example&gt; wrote:".</summary>
    [GeneratedRegex(@"^[ \t]*On\s+(?<when>[^\n]{6,60}?),?\s+(?<name>\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})\s*(?:<[^<>\n]+>)?\s*wrote:[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex ReplyHeader();

    /// <summary>The "&gt;" marks that open a quoted line ("&gt; ", "&gt;&gt; ").</summary>
    [GeneratedRegex(@"(?<=^[ \t]*)>[> \t]*", RegexOptions.Multiline)]
    private static partial Regex QuoteMark();

    /// <summary>Lines quoted with "&gt;" right after a reply's header.</summary>
    [GeneratedRegex(@"^\s*\n?[ \t]*>")]
    private static partial Regex QuotedLines();

    /// <summary>A text browser's link number, "[9]" right after a word (with the stop or comma after it) or right before one: "Gashi[9],", "[10]ODIHR".</summary>
    [GeneratedRegex(@"(?<=\w)\[\d{1,4}\](?<stop>[,.;:])?|\[\d{1,4}\](?=\w)")]
    private static partial Regex LinkNumber();

    /// <summary>A text browser's list of a page's links at its foot: "References" on a line, then "   1. https://…".</summary>
    [GeneratedRegex(@"(?m)^References\s*\n(\s*\n)?\s+1\.\s+\S+:")]
    private static partial Regex LinkReferences();

    /// <summary>The "@" a post tags a name or a body with, before its capital: "@Maria Telalian", "@OSCE/ODIHR" (not a handle: "@andrii_sybiha", "@AraratMirzoyan").</summary>
    [GeneratedRegex(@"(?<![\w@])@(?=\p{Lu}\p{Ll}+[ \t]+\p{Lu}|\p{Lu}{2,}([/-]\p{Lu}+)?([ \t,.;:!?)]|$))")]
    private static partial Regex TaggedName();

    /// <summary>Whether a text is in capitals throughout: of 200 letters or more, nine in ten upper case.</summary>
    private static bool InCapitals(string text)
    {
        int letters = 0, upper = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (char.IsUpper(c)) upper++;
        }

        return letters >= 200 && upper * 10 >= letters * 9;
    }

    /// <summary>
    /// A text in capitals in the case a newspaper prints: lower case, but a sentence's first word, the words of a name the dictionary
    /// knows (an acronym it knows kept in capitals), a State's adjective, a month or weekday, a title ("President", "Councillor") and
    /// the two words after a title that are no small word ("President Emomali Rahmon in …"). Character for character: every span
    /// stays the text's.
    /// </summary>
    private string Recased(string text, PartialDate? published)
    {
        var on = OnOrToday(published);
        var cased = text.ToCharArray();
        for (var i = 0; i < cased.Length; i++) cased[i] = char.ToLowerInvariant(cased[i]);
        var lower = new string(cased);
        var words = CasedWord().Matches(lower).ToList();
        void Capital(int at) => cased[at] = char.ToUpperInvariant(cased[at]);
        void Upper(Match w) { for (var k = w.Index; k < w.Index + w.Length; k++) cased[k] = text[k]; }
        var afterTitle = 0;
        for (var k = 0; k < words.Count; k++)
        {
            var w = words[k];
            var before = lower.AsSpan(0, w.Index).TrimEnd(" \t\"“(");
            if (before.IsEmpty || before[^1] is '.' or '!' or '?' or '\n' or '-' or '–' or '—' or ':') Capital(w.Index);
            if (Demonyms.State(w.Value) is not null || DatesWord().IsMatch(w.Value)) Capital(w.Index);
            if (TitleWord().IsMatch(w.Value)) { Capital(w.Index); afterTitle = 2; continue; }
            if (afterTitle > 0 && !SmallCasedWord().IsMatch(w.Value) && !w.Value.EndsWith("ed", StringComparison.Ordinal)) { Capital(w.Index); afterTitle--; }
            else afterTitle = 0;
        }

        // the names the dictionary knows, found in the text as cased so far, line by line
        var start = 0;
        foreach (var line in new string(cased).Split('\n'))
        {
            foreach (var m in mentions.In(line, on, null))
                foreach (var w in words.Where(w => w.Index >= start + m.Start && w.Index < start + m.End))
                {
                    if (SmallCasedWord().IsMatch(w.Value)) continue;
                    Capital(w.Index);
                    // ("OSCE", "ODIHR": an acronym the name is written in keeps its capitals)
                    if (w.Length <= 6 && m.Actor.Name.Contains(text.Substring(w.Index, w.Length), StringComparison.Ordinal)) Upper(w);
                }

            start += line.Length + 1;
        }

        return new string(cased);
    }

    [GeneratedRegex(@"\b(told|assured|promised)\s+me\b")]
    private static partial Regex ToldMe();

    [GeneratedRegex(@"\b[Ww]e\s+(first\s+|last\s+|also\s+)?$")]
    private static partial Regex WeBeforeCue();

    /// <summary>"our ", "my last ": the writer's own, before what is theirs.</summary>
    private const string Own = @"\b([Oo]ur|[Mm]y)\s+((first|last|recent|latest|bilateral)\s+)?";

    /// <summary>"At our meeting with …", "During my meeting with …": the writer's own meeting, told before what was said at it.</summary>
    [GeneratedRegex(Own + @"meeting\s+with\b")]
    private static partial Regex OurMeetingWith();

    /// <summary>The author's own people right before a cue: "our team ", "our delegation also "; or the author's own before a meeting: "At our meeting with", "my last meeting with".</summary>
    [GeneratedRegex(@"\b[Oo]ur\s+(team|delegation|staff|researchers|representatives|monitors|colleagues)\s+(first\s+|last\s+|also\s+)?$|" + Own + "$")]
    private static partial Regex OurPeople();

    [GeneratedRegex(@"\b(will|would)\s+(always\s+|continue\s+to\s+)?(be|remain)\s+an?\s+$")]
    private static partial Regex PartnerPledged();

    /// <summary>Between a speaker and the words they are quoted in: "told me when we met in Astana on 12 November: "", "said: “".</summary>
    [GeneratedRegex(@"^[^""“”]{0,120}\b(told|said|says|stressed|assured|declared)\b[^""“”]{0,80}[:,]\s*[""“]$")]
    private static partial Regex QuotationOpened();

    [GeneratedRegex(@"^(tireless|untiring|invaluable|commendable|outstanding)\s")]
    private static partial Regex TirelessWork();

    [GeneratedRegex(@"\b(commend|commends|commended|praise|praises|praised|thank|thanks|thanked|appreciate|appreciates|appreciated|acknowledge|acknowledged)\b")]
    private static partial Regex PraisedBefore();

    [GeneratedRegex(@"\b(told|tells|assured|assures|informed|promised|pledged)\b")]
    private static partial Regex TalkVerb();

    /// <summary>"has assured", "have told": a telling in the present perfect, as a news lead reports it.</summary>
    [GeneratedRegex(@"\b(has|have)\s+(\w+ly\s+)?(assured|told|informed|promised|pledged|urged|thanked)\b")]
    private static partial Regex HasTold();

    /// <summary>A verb of saying or judging in the past: what a sentence tells was said or done then.</summary>
    [GeneratedRegex(@"\b(said|told|assured|informed|confirmed|promised|pledged|noted|stressed|added|replied|welcomed|urged|called|praised|thanked|expressed|agreed|raised|highlighted|underlined|emphasi[sz]ed|reaffirmed|announced)\b")]
    private static partial Regex ToldThere();

    /// <summary>"told him", "assured her": the other one met, told.</summary>
    [GeneratedRegex(@"\b(told|assured|informed|promised)\s+(him|her|the\s+envoy)\b")]
    private static partial Regex ToldHimHer();

    /// <summary>A sentence opening on an office, the name of its holder set off after it: "The OSCE Representative on Freedom of the Media, ".</summary>
    [GeneratedRegex(@"^\W*The\s+(?-i:\p{Lu})[^,;:.“”""]{2,80},\s+$")]
    private static partial Regex OfficeThenName();

    /// <summary>A second verb the subject of a meeting goes on to: "… and urged", "… and called on", "… and praised".</summary>
    [GeneratedRegex(@"\band\s+(also\s+)?(urged|called\s+on|called\s+for|asked|encouraged|praised|commended|criticised|criticized|condemned|thanked|welcomed)\b")]
    private static partial Regex ThenJudged();

    /// <summary>A body's official named by office, not by name: "The OSCE's top media freedom official", "the Mission's chief".</summary>
    [GeneratedRegex(@"^\W*[Tt]he\s+(?<body>\p{Lu}[\p{L}-]*(\s+\p{Lu}[\p{L}-]*){0,3})(’s|'s)\s+([a-z-]+\s+){0,4}(official|envoy|chief|representative|diplomat|negotiator)\b")]
    private static partial Regex BodysOfficial();

    [GeneratedRegex(@"\p{L}[\p{L}'’]*")]
    private static partial Regex CasedWord();

    [GeneratedRegex(@"^(of|the|in|on|at|to|for|and|or|with|from|by|a|an|as|its|his|her|their|s)$")]
    private static partial Regex SmallCasedWord();

    [GeneratedRegex(@"^(president|minister|councillor|ambassador|secretary|general|chairperson|chairman|chair|director|commissioner|representative|envoy|spokesperson|spokesman|speaker|premier|prime|foreign|deputy|mr|ms|mrs|dr|head|mayor|governor|king|queen|prince|sheikh)$")]
    private static partial Regex TitleWord();

    [GeneratedRegex(@"^(" + Dates.Months + "|" + Dates.Weekdays + @"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$", RegexOptions.IgnoreCase)]
    private static partial Regex DatesWord();

    [GeneratedRegex(@"^(RELATED|Related|Related\s+(articles|stories|news|content|links|coverage)|References(\[edit\])?|Footnotes|Notes\s+and\s+references|READ\s+MORE|Read\s+more|Read\s+also|Also\s+read|See\s+also|More\s+on\s+this(\s+topic|\s+story)?|You\s+may\s+also\s+like|Most\s+read)\s*(:?$|:\s+\S.*$|:?[ \t]*\n[\s\S]*$|(?<gap>[ \t]{2,})\S.*$)", RegexOptions.IgnoreCase)]
    private static partial Regex LinksLabel();

    /// <summary>A label over other stories' links: opening its line, or, on a page scraped onto one line, set off by a gap of spaces ("… three years. Related news   Japarov meets …").</summary>
    private static bool OverLinks(Sentence sentence) => LinksLabel().Match(sentence.Text) is { Success: true } label && (sentence.OpensLine || label.Groups["gap"].Success);

    /// <summary>"References", "Footnotes", "Notes and references" alone on a line: an encyclopedia page's sources, to its end.</summary>
    [GeneratedRegex(@"^(References(\[edit\])?|Footnotes|Notes\s+and\s+references)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReferencesLabel();

    /// <summary>
    /// Where the items of a page listing several press releases begin: each has its own "Publishing date:" line or dateline
    /// ("VIENNA, 30 August 2018 –") after body text of the one before, and its headline lines before that.
    /// </summary>
    private static List<(int From, PartialDate? Date)> Items(IReadOnlyList<Sentence> sentences, PartialDate? published)
    {
        var items = new List<(int From, PartialDate? Date)> { (0, null) };
        var body = false;
        for (var i = 0; i < sentences.Count; i++)
        {
            var line = sentences[i].Text;
            var stamp = Dates.Filed(line) ?? (Stamp().IsMatch(line) ? Dates.For(line, published)?.Date : null);
            if (stamp is not null && stamp.Precision == DatePrecision.Day)
            {
                // (a stamp under a page's standfirst, "Ambassador X condemns … . From: … Published 16 October 2025", dates the one item it
                // has: another item opens on a stamp only after the one before had its own)
                if (body && items[^1].Date is not null)
                {
                    var from = i;
                    while (from - 1 > items[^1].From && Heading(sentences[from - 1].Text)) from--;
                    items.Add((from, stamp));
                }
                else if (items[^1].Date is null) items[^1] = (items[^1].From, stamp);
            }

            // a dateline opens the body: "VIENNA, 30 August 2018 – The Representative today condemned …"
            body = (body && stamp is null) || !Heading(line);
        }

        return items.Count == 1 ? [(0, null)] : items;
    }

    /// <summary>The sex a courtesy title gives each surname it precedes in these sentences ("Mrs. Gísladóttir": f), unless titles disagree.</summary>
    private static Dictionary<string, string?> SurnamesByCourtesy(IReadOnlyList<Sentence> sentences)
    {
        var sexes = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
            foreach (Match m in TitledSurname().Matches(sentence.Text))
            {
                var surname = Names.FoldWord(m.Groups["s"].ValueSpan);
                var sex = m.Groups["f"].Success ? "f" : "m";
                sexes[surname] = sexes.TryGetValue(surname, out var seen) && seen != sex ? null : sex;
            }

        return sexes;
    }

    private static string? Gender(ActorRef person, Dictionary<string, string?> titled) =>
        titled.Count > 0 && person.Name.LastIndexOf(' ') is var space && space > 0 ? titled.GetValueOrDefault(Names.FoldWord(person.Name.AsSpan(space + 1))) : null;

    /// <summary>A courtesy title and the surname it goes with: "Mrs. Gísladóttir", "Mr Matteo Mecacci".</summary>
    [GeneratedRegex(SexedTitle + @"(?:\p{Lu}[\p{L}'’-]+\s+){0,2}(?<s>\p{Lu}[\p{L}'’-]+)")]
    private static partial Regex TitledSurname();

    /// <summary>", where she met", ", when he visited": a subordinate clause whose subject is a pronoun.</summary>
    [GeneratedRegex(@",\s+(?:where|when|after|before|until)\s+(?<p>she|he)\s+\p{Ll}")]
    private static partial Regex WhereSheMet();

    /// <summary>A line that does not end like a sentence (a stop, perhaps inside a closing quotation mark): a headline, a "Label: value" line.</summary>
    private static bool Heading(string line) => NoteMarksAtEnd().Replace(line.TrimEnd(), "").TrimEnd('”', '"', '’') is { Length: > 0 and <= 300 } t && !(t.EndsWith('.') || t.EndsWith('!') || t.EndsWith('?'));

    /// <summary>Footnote marks after a sentence's last stop ("… independent NGOs.[1]", "… in 2023.²"): the sentence still ends there.</summary>
    [GeneratedRegex(@"(?:\[\d{1,3}\]|[\u00B9\u00B2\u00B3\u2070-\u2079]+)+$")]
    private static partial Regex NoteMarksAtEnd();

    /// <summary>
    /// "Published: 16 October 2025", "Date 2024-06-25", "Date: November 30, 2026 → December 1, 2026" (a note's span); not a table's
    /// header "Date | What happened". And "Source: MFA Kazakhstan press release, Astana, 1 December 2026 (quoted in full below)": the
    /// day of the release a note quotes, whose "today" is that day.
    /// </summary>
    [GeneratedRegex(@"^(Publishing\s+date|Published|Posted|Date|Dated|Source(?=\s*:[^\n]{0,80}?\b(?:press\s+release|statement|readout|communiqu[ée]|news\s+release)\b))\s*:?\s(?!\s*\|)", RegexOptions.IgnoreCase)]
    private static partial Regex Stamp();

    /// <summary>
    /// The days a document's numbered sources are dated, by their number: an encyclopedia's references ("4. ^ "…". Human Rights
    /// Watch. 30 November 2010.") or a post's footnotes ("² OSCE Representative on Freedom of the Media, statement, 23 September 2025.").
    /// </summary>
    private static Dictionary<string, PartialDate> Sources(string text)
    {
        var sources = new Dictionary<string, PartialDate>(StringComparer.Ordinal);
        if (text.IndexOf('^') < 0 && text.AsSpan().IndexOfAny(Superscripts) < 0) return sources;
        PartialDate? previous = null;
        foreach (Match line in SourceLine().Matches(text))
        {
            // ("⁵ Ibid.": the source the note before cites)
            var dated = Dates.Find(line.Groups["source"].Value).LastOrDefault(d => d.Date.Precision is DatePrecision.Day or DatePrecision.Month)?.Date
                        ?? (Ibid().IsMatch(line.Groups["source"].Value) ? previous : null);
            if (dated is not null) sources.TryAdd(Ascii(line.Groups["n"].Value), dated);
            previous = dated;
        }

        return sources;
    }

    private static readonly SearchValues<char> Superscripts = SearchValues.Create("¹²³⁴⁵⁶⁷⁸⁹⁰");

    /// <summary>"²" as "2".</summary>
    private static string Ascii(string number) => string.Concat(number.Select(c => "⁰¹²³⁴⁵⁶⁷⁸⁹".IndexOf(c) is var digit and >= 0 ? (char)('0' + digit) : c));

    /// <summary>The dated source a sentence cites by number ("… at home.[4]", "… VPN services.²"), if any.</summary>
    private static PartialDate? Cited(string sentence, Dictionary<string, PartialDate> sources) =>
        sources.Count == 0 ? null : CitationMark().Matches(sentence).Select(m => sources.GetValueOrDefault(Ascii(m.Groups["n"].Value))).FirstOrDefault(d => d is not null);

    [GeneratedRegex(@"^[ \t]*(?<n>\d{1,3})\.[ \t]*\^[ \t]*(?<source>.+)$|^[ \t]*(?<n>[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})[ \t]+(?<source>.+)$", RegexOptions.Multiline)]
    private static partial Regex SourceLine();

    /// <summary>A note citing the source the one before it cites: "Ibid.", "Ibidem", "Ibid., p. 4".</summary>
    [GeneratedRegex(@"^\s*(Ibid|Ibidem)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ibid();

    [GeneratedRegex(@"\[(?<n>\d{1,3})\]|(?<=[\p{L}.,;”""')])(?<n>[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})")]
    private static partial Regex CitationMark();

    private static List<ProposedEvent> ProposeIn(string documentId, string text, IReadOnlyList<Sentence> sentences, PartialDate? published, ActorRef? author, Mentions local,
        Dictionary<string, PartialDate> sources)
    {
        // "WARSAW, May 7, 2019 –": the day the text was filed is what "today", "yesterday" and undated sentences mean
        // ("Minister Saidov receives … / Tashkent, 2 December 2026 / Minister … received …": so does a place and a day alone on a line)
        // ("MINUTES / Third meeting of the Joint Steering Committee / … / Date: 26 November 2026": and so does a record's date line)
        // ("Lecture by OSCE Secretary General Feridun Sinirlioğlu, 3 December 2026": and so does the day a speech's heading says it was given)
        // ("… Publisher: / Federal Department of Foreign Affairs / Bern, 04.12.2026": and a place and a day alone on a line at the foot, where some releases put them)
        var filed = sentences.Take(6).Select(x => Dates.Filed(x.Text) ?? Dates.PlaceAndDay(x.Text) ?? (StatementVoice().IsMatch(x.Text) ? Dates.SpokenOn(x.Text) : null)).FirstOrDefault(d => d is not null)
                    ?? sentences.Take(10).Where(x => x.OpensLine && Stamp().IsMatch(x.Text)).Select(x => Dates.Find(x.Text).Select(f => f.Date).FirstOrDefault(d => d.Precision is DatePrecision.Day or DatePrecision.Interval))
                        .FirstOrDefault(d => d is not null)
                    ?? (sentences.Count > 6 ? sentences.TakeLast(3).Where(x => x.OpensLine).Select(x => Dates.PlaceAndDay(x.Text)).LastOrDefault(d => d is not null) : null);
        if (filed is not null && (published is null || published.Overlaps(filed) || Math.Abs(published.Earliest.DayNumber - filed.Earliest.DayNumber) <= 7)) published = filed;
        var on = OnOrToday(published);
        var referents = new Referents { BodyOf = official => local.SpeaksFor(official, on, institutions: true), StateOf = official => local.SpeaksFor(official, on), Osce = () => local.First("OSCE", on),
            OwnMinister = author is { Kind: ActorKind.ParticipatingState or ActorKind.State or ActorKind.NationalInstitution } };
        var dates = sentences.Select(x => Dates.For(x.Text, published)).ToList();
        // "The two-day OSCE regional conference … ended today in Almaty. / On the first day, the Minister … announced …. The Head of … thanked
        // …. / On the second day, …": the days of a gathering whose length and last day the text tells, counted from its first, each
        // dating the paragraph it opens
        if (sentences.Count > 2 && Enumerable.Range(0, Math.Min(6, sentences.Count)).Select(k => (At: k, Ended: GatheringEnded().Match(sentences[k].Text)))
                .FirstOrDefault(x => x.Ended.Success && dates[x.At] is { Date.Precision: DatePrecision.Day }) is { Ended.Success: true } gathering)
        {
            var lastDay = dates[gathering.At]!.Date.Earliest;
            var length = Dates.Count(gathering.Ended.Groups["n"].Value);
            for (var k = gathering.At + 1; k < sentences.Count; k++)
                if (sentences[k].OpensLine && NoDayOfItsOwn(dates[k], published) && GatheringDay().Match(sentences[k].Text) is { Success: true } opening
                    && (opening.Groups["o"].Value.ToLowerInvariant() switch { "first" or "opening" => 1, "second" => 2, "third" => 3, "fourth" => 4, _ => length }) is var nth && nth <= length)
                {
                    var onDay = new FoundDate(PartialDate.Day(lastDay.AddDays(nth - length)), "date:gathering-day", 0);
                    for (var j = k; j < sentences.Count && (j == k || !sentences[j].OpensLine); j++)
                        if (NoDayOfItsOwn(dates[j], published)) dates[j] = onDay;
                }
        }

        // "Date: November 30, 2026 → December 1, 2026 / … / Day 1 / - Kamp met … / Day 2 / - Kamp met …": a note's days, numbered under the
        // span its head gives, each dating the lines under it up to the next
        if (sentences.Count > 2 && Enumerable.Range(0, Math.Min(10, sentences.Count)).Select(k => dates[k]).FirstOrDefault(d => d is { Stated: true, Date.Precision: DatePrecision.Interval }) is { } noted)
        {
            DateOnly? numberedDay = null;
            for (var k = 0; k < sentences.Count; k++)
            {
                if (sentences[k].OpensLine && NumberedDay().Match(sentences[k].Text) is { Success: true } numbered)
                    numberedDay = noted.Date.Earliest.AddDays(Dates.Count(numbered.Groups["n"].Value) - 1) is var nthDay && nthDay <= noted.Date.Latest ? nthDay : null;
                else if (numberedDay is { } underDay && NoDayOfItsOwn(dates[k], published))
                    dates[k] = new FoundDate(PartialDate.Day(underDay), "date:numbered-day", 0);
            }
        }

        // "Host: Mr Braathu, you were in Tbilisi yesterday. Whom did you meet? / Jan Braathu: I met the Speaker …. The Speaker promised me …":
        // an answer's account of what was done, with no day of its own, is of the day the question just asked about
        for (var k = 1; k < sentences.Count; k++)
        {
            if (!sentences[k].OpensLine || !sentences[k - 1].Text.TrimEnd().EndsWith('?') || !Sentences.Labelled(sentences[k].Text)) continue;
            var asked = k - 1;
            while (asked > 0 && !sentences[asked].OpensLine) asked--;
            if (Enumerable.Range(asked, k - asked).Select(j => dates[j]).LastOrDefault(d => d is { Stated: true, Date.Precision: DatePrecision.Day } && d.Date.Latest <= (published?.Latest ?? d.Date.Latest)) is not { } askedAbout) continue;
            for (var j = k; j < sentences.Count && (j == k || !sentences[j].OpensLine); j++)
                if (NoDayOfItsOwn(dates[j], published) && AccountOfDone().IsMatch(sentences[j].Text))
                    dates[j] = askedAbout with { Rule = "date:asked-about", Index = 0 };
        }

        // "In January 2024, police raided the offices …. The Representative criticized the arrests at the time": the day the sentence before told
        // ("… recommended that it be removed.1 ¶ The government promised at the time that …": over a footnote's mark read as a sentence of its own)
        for (var i = 1; i < sentences.Count; i++)
            if (dates[i] is { Rule: "date:publication" } && Enumerable.Range(0, i).Reverse().SkipWhile(k => k > 0 && sentences[k].Text.Trim().Length <= 3).First() is var told
                && dates[told] is { Stated: true } before && before.Date.Latest < on.Earliest && AtTheTime().Match(sentences[i].Text) is { Success: true } atTheTime)
                dates[i] = before with { Rule = "date:at-the-time", Index = atTheTime.Index };
        var (found, himOrHer) = Named(sentences, local, on, dates, referents);

        // the story's day is a meeting's or a visit's: a date inside what a statement judges ("the detention on 23 May") is not it
        // ("An interview with Ambassador Alexey Rogov, …, published on 3 December 2026. / … I met the Governor … on Monday. …": an
        // interview has no story's day; what is said with no day of its own is said on the day it was published)
        // ("… told Eurasianet on December 2 that he had raised the case … during a meeting … last week": an encounter's day, not the telling's)
        var encounterDays = published is { Precision: DatePrecision.Day } ? dates.Select((d, i) => d is { Stated: true } ? DayTold(sentences[i].Text, d, sentences[i].Text.Length, published) : d).ToList() : dates;
        var story = published is { Precision: DatePrecision.Day } day && !sentences.Take(6).Any(x => InterviewWith().IsMatch(x.Text))
            // ("SARAJEVO, 3 December 2026 – … met today with …. They discussed the Law on Courts, which the Council of Ministers sent
            // to parliament on 26 November.": a meeting held today makes today the story's day, not a day told after it; a visit that
            // ends today tells its days after)
            ? encounterDays.Where((d, i) => d is { Rule: not ("date:publication" or "date:recently") } && (d.Rule != "date:today" || !ConcludedVisit().IsMatch(sentences[i].Text))
                && d.Date.Precision is DatePrecision.Day or DatePrecision.Interval && d.Date.Latest >= day.Earliest.AddDays(-7) && d.Date.Earliest >= day.Earliest.AddDays(-31) && d.Date.Latest <= day.Latest
                && (TellsEncounter(sentences[i].Text)
                    // ("Held at the Palais Wilson, Geneva, on Tuesday, 7 July 2026, at 10 a.m.": a summary record's meeting, what it records said then)
                    || (i < 8 && HeldOn().IsMatch(sentences[i].Text))
                    // ("At its plenary session in Venice on 13-14 June 2025, the Commission adopted an opinion": what the opinion finds is of those days)
                    || SessionAdopted().IsMatch(sentences[i].Text)
                    // ("On December 1, the Helsinki Commission held a hearing on human rights in Central Asia": what was said there is of that day)
                    // ("On 28–30 November, the delegation … took part in the Autumn Meeting of the OSCE PA in Yerevan": what its members said there is of those days)
                    // ("2026 OSCE Chairpersonship Conference on Water Diplomacy …\nAlmaty, 24–25 November 2026": a gathering's page dated in its header, what its summary tells)
                    || (i < 4 && d.Date.Precision is DatePrecision.Interval && PlaceAndDays().IsMatch(sentences[i].Text) && GatheringNamed().IsMatch(string.Concat(sentences.Take(i + 1).Select(x => x.Text))))
                    || HeldHearing().IsMatch(sentences[i].Text) || AddressedGathering().IsMatch(sentences[i].Text)
                    // ("…, international observers said at a press conference in Bishkek on Thursday": what was presented there is of that day)
                    || AtPressConference().IsMatch(sentences[i].Text)
                    // ("Wednesday 9 April 2025, 13:00 - 14:00 BST": an event page's day and hours; what its summary tells was said then)
                    || (sentences[i].OpensLine && EventHours().IsMatch(sentences[i].Text)))).FirstOrDefault()
            : null;

        // "OSCE Mission to Serbia … Annual Report 2024": what a year's report tells with no date of its own is of that year
        if (story is null && published is not null && sentences.Take(8).Select(x => ReportYear().Match(x.Text)).FirstOrDefault(m => m.Success) is { } reportOf
            && int.Parse(reportOf.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) is var year && year < published.Earliest.Year && year >= published.Earliest.Year - 2)
            story = new FoundDate(PartialDate.Parse(reportOf.Groups["y"].Value), "date:report-year", 0);

        // (the sentences before the story's own tell of something else: "Polyansky told Interfax on Wednesday … Polyansky met with the
        // Secretary General in Vienna last week.")
        var storyAt = story is null ? -1 : encounterDays.IndexOf(story);
        // ("The local council elections held … on November 30 were …, international observers said at a press conference in Bishkek on
        // Thursday": the day of the press conference, not of what it was about)
        if (storyAt >= 0 && ConferenceDay(sentences[storyAt].Text, published, 0) is { } conferenceDay
            && conferenceDay.Date.Text != story!.Date.Text && published is not null && conferenceDay.Date.Latest <= published.Latest)
            story = conferenceDay;
        // "VIENNA, 18 March 2025 – … concluded her visit to Bosnia and Herzegovina": what the visit's report tells of took place
        // on the days the visit lasted, up to the day it ended; the day that ended it dates them to its month
        var endedAt = published is null ? -1 : Enumerable.Range(0, sentences.Count).FirstOrDefault(i => ConcludedVisit().IsMatch(sentences[i].Text)
            && dates[i] is { Date.Precision: DatePrecision.Day } d && d.Date.Latest <= published.Latest && d.Date.Earliest >= published.Earliest.AddDays(-7), -1);
        if (endedAt >= 0)
        {
            var ended = dates[endedAt]!.Date;
            // "… concluded her two-day visit to Belgrade": a visit whose length is told lasted those days, up to the one it ended
            // (told by any sentence ending it that day: the headline "X concludes visit to Y" gives no length, the lead under it may)
            var days = Enumerable.Range(endedAt, sentences.Count - endedAt).Where(i => dates[i]?.Date.Text == ended.Text)
                .Select(i => VisitEnding().Match(sentences[i].Text)).Where(m => m.Success).Select(m => Dates.Count(m.Groups["days"].Value)).FirstOrDefault(n => n is > 1 and <= 14);
            // ("… concluded an official visit to Mongolia today …. During the two-day visit, …": or by a sentence just after it, naming the visit by its length)
            if (days == 0)
                days = Enumerable.Range(endedAt, Math.Min(4, sentences.Count - endedAt)).Select(i => TheDaysVisit().Match(sentences[i].Text)).Where(m => m.Success)
                    .Select(m => Dates.Count(m.Groups["days"].Value)).FirstOrDefault(n => n is > 1 and <= 14);
            // ("During meetings over the past 24 hours in Astana …": days the report dates up to the one the visit ended are the visit's)
            // ("… concludes visit to Georgia / Berlin, 4 December 2026. A delegation … visited Tbilisi and Kutaisi from 30 November to 3
            // December 2026": or up to the day before, a release the day after)
            var told = dates.FirstOrDefault(d => d is { Date.Precision: DatePrecision.Interval } && d.Date.Latest <= ended.Latest && d.Date.Latest >= ended.Latest.AddDays(-1) && d.Date.Earliest >= ended.Earliest.AddDays(-14));
            var (span, spanRule) = days > 0
                ? (Lasted(ended, days), "date:visit-length")
                : told is not null ? (told.Date, "date:visit-days")
                : (PartialDate.Parse(ended.Text[..7]), "date:visit-month");
            // (not a day told by its weekday, as a wire tells each day of a trip: "Aliyev told the OSCE's chairman on Thursday …, as
            // Cassis wrapped up a two-day trip")
            // ("… concluded a two-day visit to Uzbekistan on Friday, during which he met …": but the day the visit ended, told by its
            // weekday right after it, is the day of the ending only; what the sentence tells of it met is of the visit's days)
            // ("… Pons said at a press conference at the end of the visit": and what was said at its end is of the day it ended)
            bool EndsOnWeekday(int i) => dates[i] is { Rule: "date:weekday" } endDay && ConcludedVisit().Match(sentences[i].Text) is { Success: true } end && end.Index < endDay.Index;
            var endedOnWeekday = false;
            for (var i = 0; i < dates.Count; i++)
                if (AtVisitEnd().IsMatch(sentences[i].Text))
                {
                    if (dates[i] is null or { Rule: "date:publication" }) dates[i] = new FoundDate(ended, "date:visit-end", 0);
                }
                else if (dates[i] is { } d && d.Date.Text == ended.Text && (d.Rule != "date:weekday" || EndsOnWeekday(i)))
                {
                    endedOnWeekday |= d.Rule == "date:weekday";
                    dates[i] = d with { Date = span, Rule = spanRule };
                }
            if (story is { } storyDay && (storyDay.Rule != "date:weekday" || endedOnWeekday) && story.Date.Text == ended.Text) story = story with { Date = span, Rule = spanRule };
            // (a release on the day the visit ended is about the visit's days, though no sentence dates a meeting in them)
            else if (story is null && published?.Text == ended.Text) story = new FoundDate(span, spanRule, 0);
        }

        // "Skopje, 9 September 2020 (MIA) – Prime Minister Zoran Zaev …": the State whose capital the dateline names (not a city the OSCE sits in)
        var datelined = sentences.Take(3).Select(x => Capitals.State(x.Text.TrimStart()[..Math.Min(x.Text.TrimStart().Length, 40)])).FirstOrDefault(n => n is not null && !OsceSeats.Contains(n)) is { } capitalOf
            ? local.First(capitalOf, on) : null;
        // (of States named as often, the one also named by its adjective more often ("Georgian citizens"), then the one the dateline
        // names: "Baku, 9 September 2025 … Azerbaijan and Armenia …")
        // (not the donors a field operation thanks: "He thanked Germany and Norway for funding the project")
        // ("Donors / • Germany / • Norway": the States a fact sheet lists under its donors' heading fund it, as "funded by" says)
        var donorsListed = new HashSet<int>();
        for (var d = 0; d < sentences.Count; d++)
            if (sentences[d].OpensLine && DonorsHeading().IsMatch(sentences[d].Text))
                for (var item = d + 1; item < sentences.Count && found[item] is [{ Actor.Kind: ActorKind.ParticipatingState or ActorKind.State }] && sentences[item].OpensLine && sentences[item].Text.Length <= 60; item++)
                    donorsListed.Add(item);
        var statesNamed = found.Where((_, i) => !Has(Donors(), sentences[i].Text) && !donorsListed.Contains(i)).SelectMany(f => f).Select(m => m.Actor).Where(a => a.Kind is ActorKind.ParticipatingState or ActorKind.State)
            .GroupBy(a => a.Id).Select(g => (State: g.First(), Count: g.Count())).OrderByDescending(g => g.Count).ToList();
        // the States the document names by their adjective ("Georgian citizens"), most often first (read only when asked for)
        List<(ActorRef State, int Count)> NamedByAdjective() =>
            [.. sentences.SelectMany(x => Mentions.Words(x.Text).Where(w => !PeopleOrLanguage().IsMatch(x.Text.AsSpan(w.End)) && !SpokeIn().IsMatch(Preceding(x.Text, w.Start, 24)))).Select(w => Demonyms.State(w.Folded)).OfType<string>().GroupBy(n => n)
                .Select(g => (State: local.First(g.Key, on), Count: g.Count())).Where(g => g.State is { Kind: ActorKind.ParticipatingState or ActorKind.State })
                .Select(g => (g.State!, g.Count)).OrderByDescending(g => g.Count)];
        // ("Freedom House / Uzbekistan: Release of Blogger Welcome, but Reforms Remain Hollow": an NGO's headline that opens on the State
        // it is about, read as a label and so counted nowhere)
        var headlined = sentences.Take(4).Where(x => x.OpensLine).Select(x => HeadlineState().Match(x.Text)).Where(m => m.Success)
            .Select(m => local.First(m.Groups["state"].Value, on)).FirstOrDefault(a => a is { Kind: ActorKind.ParticipatingState or ActorKind.State });
        if (statesNamed is [var top, var next, ..] && next.Count == top.Count)
        {
            var adjectives = NamedByAdjective();
            // (a field operation's own document is about the State it works in, of those named as often)
            var hosting = author is { Kind: ActorKind.FieldOperation } operation ? HostState(operation, local, on) : null;
            statesNamed = [.. statesNamed.OrderByDescending(g => g.Count).ThenByDescending(g => g.State.Id == hosting?.Id).ThenByDescending(g => g.State.Id == headlined?.Id).ThenByDescending(g => adjectives.FirstOrDefault(a => a.State.Id == g.State.Id).Count).ThenByDescending(g => g.State.Id == datelined?.Id)];
        }
        // ("… met the Head of the OSCE Mission to Moldova …. The sides agreed to maintain close cooperation in the run-up to the 2027 Cypriot
        // OSCE Chairpersonship." on the Moldovan Foreign Ministry's site: a State's own release is about that State, though it names another
        // once, or by its adjective only)
        // (not a State's embassy writing from another State's capital: "Tashkent, 26 Nov – MFA / Ambassador … met Deputy Foreign Minister …"
        // in the Swiss embassy's notes is about Uzbekistan)
        var placedFirst = sentences.Take(6).Select(x => Capitals.Where(x.Text)).FirstOrDefault(n => n is not null && !OsceSeats.Contains(n)) is { } placedAt ? local.First(placedAt, on) : null;
        var writtenFrom = sentences.Take(2).Where(x => x.OpensLine).Select(x => Capitals.State(x.Text)).FirstOrDefault(n => n is not null && !OsceSeats.Contains(n)) is { } writtenIn ? local.First(writtenIn, on) : placedFirst;
        var mainState = (author is { Kind: ActorKind.ParticipatingState or ActorKind.State } && statesNamed.All(g => g.Count == 1 && g.State.Id != author.Id)
                         && !(writtenFrom is { Kind: ActorKind.ParticipatingState or ActorKind.State } && writtenFrom.Id != author.Id && statesNamed.Any(g => g.State.Id == writtenFrom.Id)) ? author : null)
            ?? (headlined is not null && statesNamed.All(g => g.Count <= 1) ? headlined : null)
            ?? statesNamed.Select(g => g.State).FirstOrDefault()
            // "the Greek daily newspaper": a State named only by its adjective
            ?? NamedByAdjective().Select(g => g.State).FirstOrDefault()
            ?? datelined
            // "… met with Prime Minister Nikol Pashinyan in Yerevan on Monday": the State whose capital the document's opening sentences
            // place what they tell in, though none names a State (not a city the OSCE sits in)
            ?? placedFirst
            // "The OSCE Mission to Bosnia and Herzegovina strongly condemns …": the State a field operation named is in, though no sentence names it alone
            ?? found.SelectMany(f => f).Where(m => m.Actor.Kind is ActorKind.FieldOperation).Select(m => HostState(m.Actor, local, on)).FirstOrDefault(a => a is not null);
        // "Delegation of the Russian Federation" on a line of its own at the top of a statement the Permanent Council's journal
        // publishes: the State whose delegation gives it speaks, whoever published it
        var delegationLines = Enumerable.Range(0, Math.Min(12, sentences.Count)).Where(k => sentences[k].OpensLine).Select(k => DelegationLine().Match(FirstLine(sentences[k].Text))).Where(m => m.Success).ToList();
        if (author is not { Kind: ActorKind.ParticipatingState or ActorKind.State }
            && delegationLines.Select(line => local.Author(line.Groups["who"].Value, on, wholly: true)).FirstOrDefault(a => a is { Kind: ActorKind.ParticipatingState or ActorKind.State }) is { } delegation)
            author = delegation;
        // "We, members of the Civic Solidarity Platform (CSP), are alarmed …": an appeal's signatories speak, not whoever published it
        var signed = Enumerable.Range(0, Math.Min(8, sentences.Count)).Select(i => WeMembers().Match(sentences[i].Text) is { Success: true } we
            ? found[i].FirstOrDefault(m => m.Start >= we.Index + we.Length && m.Start <= we.Index + we.Length + 4 && m.Actor.Kind is ActorKind.Organisation or ActorKind.CivilSociety or ActorKind.Institution)?.Actor
            : null).FirstOrDefault(a => a is not null);
        author = signed ?? author;
        // "1 December 2025 | Daniyar Seitkali … I share that assessment": a signed commentary written in the first person is its signer's
        // ("Irina Grecu | Commentary | 16 November 2026 … Irina Grecu is a senior researcher at …. The views expressed are her own.": so is
        // one whose note says whose views it gives)
        // ("By Tanya Lokshina⏎Published 2 December 2026": a byline is a line, whatever sentence its next line runs on into)
        // (the lines of the opening sentences, where a byline stands)
        ActorRef? signedFor = null;
        var openingLines = Enumerable.Range(0, Math.Min(6, sentences.Count)).SelectMany(i => sentences[i].Text.Split('\n')).Select(line => line.Trim()).ToList();
        // ("INTERVIEW / Maria Telalian: "Observation is not interference" / … / By Nikos Papadakis / … It has been a year of pressure …": an
        // interview printed without labels speaks in its interviewee's voice, not its interviewer's)
        if (Interviewee(sentences, local, on) is { } interviewee && sentences.Any(x => FirstPersonSingular().IsMatch(x.Text) && x.Text.IndexOfAny(['“', '”', '"']) < 0))
            author = interviewee;
        else if (openingLines.Select(line => Byline().Match(line)).FirstOrDefault(m => m.Success) is { } byline
            && sentences.Any(x => FirstPersonSingular().IsMatch(x.Text) && x.Text.IndexOfAny(['“', '”', '"']) < 0
                                  || ViewsOwn().IsMatch(x.Text) || x.Text.StartsWith(byline.Groups["name"].Value + " is ", StringComparison.Ordinal)))
            author = new ActorRef(Actor.IdFor(byline.Groups["name"].Value), byline.Groups["name"].Value, ActorKind.Person);
        // ("Syinat Sultanalieva⏎Central Asia Researcher": a piece its researcher signs over their post, as a non-governmental
        // organisation's dispatches are, is theirs, in the first person or not)
        else if (ResearcherSigned().Match(string.Join('\n', openingLines)) is { Success: true } researcher)
            author = new ActorRef(Actor.IdFor(researcher.Groups["name"].Value), researcher.Groups["name"].Value, ActorKind.Person);
        // "… That is why we will keep showing up. / Ian Borg is Malta's Minister for Foreign and European Affairs and Trade.": a piece in
        // the first person whose last lines say who wrote it is theirs
        // ("After Lugano: … / Lena Hartmann / The 33rd OSCE Ministerial Council … / Lena Hartmann is a researcher at CORE.": and one signed
        // under its title, whose foot says who that is, in the third person or not)
        else if (sentences.TakeLast(3).Select(x => FootBio().Match(x.Text)).FirstOrDefault(m => m.Success) is { } bio
                 && (sentences.Any(x => FirstPersonSingular().IsMatch(x.Text) && x.Text.IndexOfAny(['“', '”', '"']) < 0)
                     || sentences.Take(10).SelectMany(x => x.Text.Split('\n')).Any(line => line.Trim() == bio.Groups["name"].Value)))
            author = PersonNamed(local, bio.Groups["name"].Value, on);
        // ("SWP Comment 2026/C 61, December 2026 / The OSCE after Lugano: … / Sebastian Schiek / The Lugano Ministerial Council …": a comment
        // or paper, as the line of its series says, signed with a name alone under its title, is its signer's)
        else if (openingLines.Where(line => line.Length > 0).ToList() is [var series, _, ..] signedLines && CommentarySeries().IsMatch(series)
                 && signedLines.Skip(2).Take(2).FirstOrDefault(NewNames.PersonName) is { } signedUnder)
            author = PersonNamed(local, signedUnder, on);
        // "Andrii Sybiha 🇺🇦 / @andrii_sybiha / 1/3 Productive talks …": a post is by the person named over its handle
        // ("Jan Lundgren • 2nd / Head of the OSCE Mission to Montenegro / 2d • Yesterday … I had a very good meeting …": or over their
        // role, when the post is written in the first person)
        else if (PostedBy().Match(string.Join('\n', sentences.Take(8).Select(x => x.Text))) is { Success: true } poster
            && (!poster.Groups["role"].Success || sentences.Any(x => FirstPersonSingular().IsMatch(x.Text) && x.Text.IndexOfAny(['“', '”', '"']) < 0))
            && local.In(poster.Groups["name"].Value, on, null) is [{ Actor.Kind: ActorKind.Official or ActorKind.Person } posterName])
            author = posterName.Actor;
        // "Address by the OSCE Secretary General Feridun H. Sinirlioğlu to the Permanent Council … I urge …": a speech given in the
        // first person is its one speaker's, whoever published it
        // ("Statement made by Stephen Doughty (Minister of State, …) / Made on: 4 December 2026 / I attended …": a minister's written
        // statement to parliament is theirs, and they speak for the State whose parliament publishes it)
        else if (Enumerable.Range(0, Math.Min(12, sentences.Count)).Select(i => StatementMadeBy().Match(sentences[i].Text)).FirstOrDefault(m => m.Success) is { } made
            && sentences.Any(x => FirstPersonSingular().IsMatch(x.Text) && x.Text.IndexOfAny(['“', '”', '"']) < 0)
            && PersonNamed(local, made.Groups["name"].Value, on, ActorKind.Official) is var maker)
        {
            if (author is { Kind: ActorKind.ParticipatingState or ActorKind.State } parliamentOf) local.Listed(maker, parliamentOf.Name);
            author = maker;
        }
        // ("HON. JOE WILSON / of south carolina / in the house of representatives / … Mr. WILSON of South Carolina. Madam Speaker, … I rise
        // to commend …": a member's remarks in the Congressional Record, in the first person, are theirs)
        else if (text.Contains("HON", StringComparison.Ordinal) && Honourable().Match(text, 0, Math.Min(text.Length, 3000)) is { Success: true } member
                 && sentences.Any(x => FirstPersonSingular().IsMatch(x.Text) && x.Text.IndexOfAny(['“', '”', '"']) < 0))
            author = PersonNamed(local, FromCapitals(member.Groups["name"].Value), on, ActorKind.Official);
        // ("That this House welcomes …; condemns …; and calls on the Government to … / Primary sponsor / Fabian Hamilton": an early day
        // motion is its primary sponsor's)
        else if (text.Contains("this House", StringComparison.Ordinal) && ThisHouse().IsMatch(text) && PrimarySponsor().Match(text) is { Success: true } sponsor)
            author = PersonNamed(local, sponsor.Groups["name"].Value, on, ActorKind.Official);
        else if (Enumerable.Range(0, Math.Min(10, sentences.Count)).Select(i => Reading.PlainText.SpeechBy().Match(sentences[i].Text) is { Success: true } s
                ? found[i].Where(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person && m.Start >= s.Groups["name"].Index).Select(m => m.Actor).DistinctBy(a => a.Id).ToList()
                : null).FirstOrDefault(a => a is not null) is [var speaker]
            && sentences.Any(x => FirstPersonSingular().IsMatch(x.Text) && x.Text.IndexOfAny(['“', '”', '"']) < 0))
            author = speaker;
        // "ELINA VALTONEN" alone on a line under an op-ed's headline: a piece its signer, an official or a person the document knows,
        // writes in the first person is theirs
        else if (Enumerable.Range(0, Math.Min(10, sentences.Count)).Select(i => UpperName().Match(sentences[i].Text)).FirstOrDefault(m => m.Success) is { } signature
            && local.In(FromCapitals(signature.Value), on, null) is [{ Actor.Kind: ActorKind.Official or ActorKind.Person } signer]
            && sentences.Any(x => FirstPersonSingular().IsMatch(x.Text) && x.Text.IndexOfAny(['“', '”', '"']) < 0))
            author = signer.Actor;
        // "Yours sincerely, / Feridun H. Sinirlioğlu": a letter in the first person is its one signer's, whoever published it (and a statement
        // signed at its foot, "Ignazio Cassis / Federal Councillor, OSCE Chairperson-in-Office")
        // ("Delegation of the Russian Federation / LETTER FROM THE PERMANENT REPRESENTATIVE … / Dmitry Polyansky": a delegation's letter is
        // its signer's, who writes in the State's voice)
        else if ((LetterSigner(sentences, local, on) ?? FootSigner(sentences, local, on)) is { } letterSigner && sentences.Any(x => FirstPersonSingular().IsMatch(x.Text) && x.Text.IndexOfAny(['“', '”', '"']) < 0))
        {
            if (author is { Kind: ActorKind.ParticipatingState or ActorKind.State } && delegationLines.Count > 0)
                signedFor = letterSigner;
            else author = letterSigner;
        }
        // "… the Public Defender finds that … / Public Defender Levan Ioseliani": a decision its one office gives in the third person,
        // signed at its foot by title and name, is the holder's
        else if (TitledFootSigner(sentences, local, on) is { } officeHolder) author = officeHolder;
        // "The Secretary General's week / Monday, 30 November / - Meeting with …": a diary's items are its holder's, whoever published it
        else if (sentences.Count > 0 && DiaryOf().Match(sentences[0].Text) is { Success: true } diary
                 && local.In(diary.Groups["holder"].Value, on, null).FirstOrDefault(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person) is { } holder)
            author = holder.Actor;
        // "Ladies and gentlemen, … This morning I met Foreign Minister Andrii Sybiha …": the "I" of what an office publishes (a video
        // statement's subtitles from the Chairpersonship), where nothing else says who speaks, is whoever heads it on the day
        else if (author is { Kind: ActorKind.Institution or ActorKind.FieldOperation } && HeadOf(author, local, on) is { } head
                 && sentences.Any(x => FirstPersonSingular().IsMatch(x.Text) && x.Text.IndexOfAny(['“', '”', '"']) < 0))
            author = head;
        // "This was my fourth mission as a short-term observer with OSCE/ODIHR": the writer of a personal post no known body publishes
        // tells what they did as one of the body they serve with ("we met the chair …", "who assured us")
        if (author is null && Enumerable.Range(0, Math.Min(15, sentences.Count)).Select(i => sentences[i].Text.Contains(" as ", StringComparison.Ordinal) && ServingWith().Match(sentences[i].Text) is { Success: true } serving
                ? found[i].FirstOrDefault(m => m.Start >= serving.Groups["body"].Index && m.Start <= serving.Groups["body"].Index + 6
                                               && m.Actor.Kind is ActorKind.Institution or ActorKind.Organisation or ActorKind.FieldOperation)?.Actor
                : null).FirstOrDefault(a => a is not null) is { } servedWith)
            author = servedWith;
        // "Joint statement by Human Rights Watch, Amnesty International and the Human Rights Centre “Viasna”": the bodies that sign it speak together
        var cosigned = Enumerable.Range(0, Math.Min(8, sentences.Count)).Where(i => JointStatement().IsMatch(sentences[i].Text))
            // ("Joint statement by the OSCE Mission to Bosnia and Herzegovina and the Delegation of the European Union": a field operation signs too)
            .Select(i => found[i].Where(m => m.Actor.Kind is ActorKind.Organisation or ActorKind.CivilSociety or ActorKind.Institution or ActorKind.NationalInstitution or ActorKind.FieldOperation)
                .Select(m => m.Actor).DistinctBy(a => a.Id).ToList())
            .FirstOrDefault(bodies => bodies.Count >= 2);
        // "Sincerely, / Freedom Now / International Partnership for Human Rights (IPHR) / …": so do those a letter is signed by
        cosigned ??= Signatories(sentences, local, on);
        // "The experts: Nils Muižnieks, Special Rapporteur on …; Irene Khan, Special Rapporteur on …": a release of the UN's independent
        // experts is theirs, whom it lists at its foot
        cosigned ??= Experts(sentences, found);
        cosigned ??= Authors(sentences, text, author);
        // "By Maria Lipman and Walter Kemp … We have both worked with the Organization …": a piece two people sign, in their "we", is both of theirs
        if (cosigned is null && openingLines.Select(line => TwoAuthors().Match(line)).FirstOrDefault(m => m.Success) is { } two
            && sentences.Any(x => OurVoice().IsMatch(x.Text) && x.Text.IndexOfAny(['“', '”', '"']) < 0))
        {
            cosigned = [.. new[] { two.Groups["a"].Value, two.Groups["b"].Value }.Select(name => PersonNamed(local, name, on))];
            author = cosigned[0];
        }
        // "We, the Foreign Ministers of Estonia, Latvia and Lithuania, Margus Tsahkna, Baiba Braže and Kęstutis Budrys, condemn …": those
        // the statement's "we" is set beside, States and people, say it together
        cosigned ??= Enumerable.Range(0, Math.Min(8, sentences.Count)).Select(i => WeTheNamed().Match(sentences[i].Text) is { Success: true } we
                ? found[i].Where(m => m.End <= we.Length && m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State or ActorKind.Official or ActorKind.Person)
                    .Select(m => m.Actor).DistinctBy(a => a.Id).ToList()
                : null).FirstOrDefault(named => named is { Count: >= 2 });
        if (cosigned is not null && (author is null || cosigned.All(b => b.Id != author.Id))) author = cosigned[0];
        // "Deputy Ambassador Deirdre Brown thanks …", "As delivered by Ambassador X": who delivers a State's or a union's statement, whose "we" is theirs
        // ("Statement by High Representative Josep Borrell and Commissioner Olivér Várhelyi": each it names)
        var voice = author is { Kind: ActorKind.ParticipatingState or ActorKind.State or ActorKind.Organisation or ActorKind.Institution or ActorKind.FieldOperation }
            ? Enumerable.Range(0, Math.Min(10, sentences.Count)).Select(i => StatementVoice().Match(sentences[i].Text) is { Success: true } v
                ? found[i].Where(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person && Inside(m, v.Groups["name"]))
                    .Select(m => m.Actor).DistinctBy(a => a.Id).ToList() is { Count: > 0 } named
                    // ("… Aykhan Hajizada on the statement of the OSCE Representative on Freedom of the Media": not whom the comment is on)
                    ? [.. named.Where(a => found[i].First(m => m.Actor.Id == a.Id && m.Start >= v.Groups["name"].Index).Start is var at && !CommentOn().IsMatch(sentences[i].Text.AsSpan(v.Groups["name"].Index, at - v.Groups["name"].Index)))]
                  // ("STATEMENT BY MR. DMITRY POLYANSKIY, PERMANENT REPRESENTATIVE …": a name in a statement's capitals, as the dictionary knows it or new)
                  : UpperCaseName(v.Groups["name"].Value, local, on) is { } upper ? [upper]
                  // ("Briefing by the Official Representative of the Ministry of Foreign Affairs Aibek Smadiyarov": a headline, whose names are
                  // not learnt; the two capitalised words its title ends on, no one else's name)
                  // ("Statement by Minister of Foreign Affairs of Estonia Margus Tsahkna at the 33rd OSCE Ministerial Council": the title and
                  // name before where it was made; "Address by the Deputy Prime Minister …, Mihai Popșoi, to the OSCE Permanent Council": the
                  // name set off after the title)
                  : TitledName().Match(VoiceOccasion().Replace(v.Groups["name"].Value, "")) is { Success: true } titled
                    && !found[i].Any(m => m.End > v.Groups["name"].Index + titled.Groups["person"].Index && m.Start < v.Groups["name"].Index + titled.Groups["person"].Index + titled.Groups["person"].Length)
                    ? [new ActorRef(Actor.IdFor(titled.Groups["person"].Value), titled.Groups["person"].Value, ActorKind.Person)]
                  : NameSetOff().Match(sentences[i].Text, v.Groups["name"].Index + v.Groups["name"].Length) is { Success: true } setOff
                    ? [found[i].FirstOrDefault(m => m.Start == setOff.Groups["person"].Index)?.Actor
                       ?? new ActorRef(Actor.IdFor(setOff.Groups["person"].Value), setOff.Groups["person"].Value, ActorKind.Person)]
                  // ("Spokesperson for the UN High Commissioner for Human Rights: Ravina Shamdasani": a person's name alone, not learnt)
                  : v.Groups["name"].Value.Trim() is var nameAlone && NewNames.PersonName(nameAlone) ? [new ActorRef(Actor.IdFor(nameAlone), nameAlone, ActorKind.Person)]
                    : []
                // ("Foreign Minister Johann Wadephul issued the following statement:", published by his ministry: he speaks for its State)
                : author.Kind is not ActorKind.Organisation && Has(StatementFollows(), sentences[i].Text)
                    ? found[i].Where(m => m.Actor.Kind is ActorKind.Official).Select(m => m.Actor).DistinctBy(a => a.Id).Take(1).ToList()
                    : null).FirstOrDefault(a => a is { Count: > 0 })
            : null;
        if (signedFor is not null) voice ??= [signedFor];
        // "TALKING POINTS … [As delivered by Deputy Secretary General Maria Kostadinova]", published by the Secretariat: what an OSCE body's
        // official delivers is theirs, as an address they give is (a State's or a union's statement stays theirs, with whoever delivers it)
        if (author is { Kind: ActorKind.Institution or ActorKind.FieldOperation })
            (author, voice) = (voice is [var deliverer] ? deliverer : author, null);
        // "Diplomatic Academy of Vienna / … / Lecture by OSCE Secretary General Feridun Sinirlioğlu, 3 December 2026": a lecture the host
        // publishes is its lecturer's words, "I" the lecturer
        else if (author is { Kind: ActorKind.Organisation } && voice is [{ Kind: ActorKind.Official } lecturer]
                 && sentences.Take(10).Any(x => LectureBy().IsMatch(x.Text)))
            (author, voice) = (lecturer, null);
        // "Chairman Joe Wilson and Co-Chairman Roger Wicker today issued the following statement:": the people who issue it together sign it
        cosigned ??= Enumerable.Range(0, Math.Min(8, sentences.Count)).Where(i => Has(StatementFollows(), sentences[i].Text))
            .Select(i => found[i].Where(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person).Select(m => m.Actor).DistinctBy(a => a.Id).ToList())
            .FirstOrDefault(people => people.Count >= 2 && people.Count <= 3);
        // "As delivered by Ambassador Neil Holland, …, on behalf of Canada, Iceland, Norway, Switzerland and the United Kingdom": the States
        // a statement is made on behalf of say it together, with whoever delivers it and whoever published it
        var behalf = author is null ? null : Enumerable.Range(0, Math.Min(8, sentences.Count)).Select(i => MadeOnBehalfOf().Match(sentences[i].Text) is { Success: true } b
                // ("I deliver this statement on behalf of the following participating States: Canada, Denmark, …": the list after its heading)
                ? ListedFrom(sentences[i].Text, found[i], b.Index + b.Length + FollowingStates().Match(sentences[i].Text, b.Index + b.Length).Length).Where(a => a.Kind is ActorKind.ParticipatingState or ActorKind.State or ActorKind.Organisation).ToList()
                : null)
            .FirstOrDefault(states => states is { Count: >= 2 });
        // "…, Human Rights Watch (HRW) said on November 16.": the day, in the fortnight before the report, a statement it reports was made
        var statement = published is { Precision: DatePrecision.Day } reported
            ? Enumerable.Range(0, sentences.Count).Select(i => Found(SaidOn(), sentences[i].Text) is { Success: true } said
                    && dates[i] is { Stated: true, Date.Precision: DatePrecision.Day } d && d.Index >= said.Index + said.Length && d.Index <= said.Index + said.Length + 4
                    && d.Date.Latest < reported.Earliest && d.Date.Earliest >= reported.Earliest.AddDays(-14) ? d with { Rule = "date:statement" } : null)
                .FirstOrDefault(d => d is not null)
            : null;
        var answers = Answers(sentences, local, on, voice);
        var proposals = new List<ProposedEvent>();
        // "Amnesty International calls on the authorities to:" followed by its items: the call is told by its items, each its own
        ProposedEvent? listLead = null;
        // "Interim Report … 22 October – 4 November 2026": the period a report covers, standing alone near its top, is when the
        // meetings it tells with no date of their own took place
        // (a line of its own, though the heading above runs into it: "ODIHR NEEDS ASSESSMENT MISSION REPORT\n 10-13 November 2026")
        var period = published is null ? null : sentences.Take(10).SelectMany(x => x.Text.Split('\n')).Where(line => line.Trim().Length <= 48 && PeriodLine().IsMatch(line))
            .Select(line => Dates.Find(line, published).FirstOrDefault(d => d.Date.Precision is DatePrecision.Interval && d.Date.Latest <= published.Latest && d.Date.Latest.DayNumber - d.Date.Earliest.DayNumber >= 2))
            .FirstOrDefault(d => d is not null) is { } covered ? covered with { Rule = "date:report-period", Index = 0 } : null;
        // ("HON. JOE WILSON / … / Tuesday, December 1, 2026 / Mr. WILSON …. I rise to commend …", printed the day after: what one speaker says
        // is of the day alone on a line of the heading above their words, in the week before publication)
        if (story is null && author is { Kind: ActorKind.Official or ActorKind.Person } && published is { Precision: DatePrecision.Day } printed
            && sentences.Take(12).SelectMany(x => x.Text.Split('\n')).Where(line => line.Trim().Length <= 40 && DayHeading().IsMatch(line))
                .Select(line => Dates.Find(line, published).FirstOrDefault(d => d.Date.Precision == DatePrecision.Day && d.Date.Latest < printed.Earliest && d.Date.Earliest >= printed.Earliest.AddDays(-7)))
                .FirstOrDefault(d => d is not null) is { } spokenOn)
            story = spokenOn with { Rule = "date:spoken", Index = 0 };
        // "STATEMENT BY … AT THE 1512th MEETING OF THE OSCE PERMANENT COUNCIL": where a statement is made
        var council = sentences.Take(12).Any(x => CouncilMeeting().IsMatch(x.Text)) ? local.First("Permanent Council", on) : null;
        var context = new Context(author, mainState, null, published, PartialDate.Parse($"../{PartialDate.Day(on.Latest).Text}"), null, story, Names: local, Voice: voice, Statement: statement, Period: period,
            Council: council, Terms: sentences.Any(x => Has(UnderAgreement(), x.Text)),
            // "Comments on the Final Report of the OSCE/ODIHR Election Assessment Mission …": the body whose report the document answers
            Reported: NamedAfterHeading(ReportOf(), 8, a => a.Kind is ActorKind.Institution or ActorKind.Organisation),
            // "Right of reply to the statement by the European Union": whose statement a reply answers
            RepliedTo: NamedAfterHeading(RightOfReply(), 12, a => a.Kind is ActorKind.ParticipatingState or ActorKind.State or ActorKind.Organisation),
            Observers: NamedAfterHeading(ObservationMissionOf(), 10, a => a.Kind is ActorKind.Institution or ActorKind.Organisation));

        // the first actor of the kind wanted that a heading near the top names after its words
        ActorRef? NamedAfterHeading(Regex heading, int within, Func<ActorRef, bool> wanted) =>
            Enumerable.Range(0, Math.Min(within, sentences.Count)).Select(k => heading.Match(sentences[k].Text) is { Success: true } words
                ? found[k].FirstOrDefault(m => m.Start >= words.Index + words.Length && wanted(m.Actor))?.Actor : null).FirstOrDefault(a => a is not null);
        List<ProposedEvent> saidBefore = [];
        // who held the meetings a line ending "… held bilateral meetings with:" lists, when and where
        (ActorRef Who, FoundDate? When, string? Place)? meetingsListed = null;
        // to whom, and when, the pledges a line ending "Pledges announced at the event:" lists were made
        (List<ActorRef> To, FoundDate? When)? pledgesListed = null;
        var pledgesHeaded = false;
        // a record of a meeting whose participants are listed by side: the writer's side, the others, the day; and whether a
        // "Follow-up:" list of what each side is to do is being read
        (ActorRef Own, ActorRef Head, List<ActorRef> Others, HashSet<string> Listed, FoundDate? When)? sidesMet = null;
        var followingUp = false;
        ProposedEvent? ruling = null;
        var speakingNow = false;
        // the day of the paragraph a line opening on its day began ("25 March – …", "- 24.11: …"), while the paragraph goes on
        FoundDate? openItem = null;
        // the scene the sentence before was set in, which the rest of its paragraph goes on in
        FoundDate? sceneBefore = null;
        (int From, int To)? standfirst = null;
        ActorRef? resolvedBy = null;
        // "Monday, 3 November" on a line of its own, twice or more: a digest's days, each dating the items under it
        // (lines of their own that a pattern names, each stating a day: used when there are two or more)
        // (in a diary, "Public agenda of …", one is enough: a day heads its entries however few)
        var diaryHeaded = sentences.Count > 0 && DiaryOf().IsMatch(sentences[0].Text);
        List<int> DayLines(Regex line, DatePrecision precision = DatePrecision.Day) => Enumerable.Range(0, sentences.Count).Where(k => sentences[k].OpensLine && line.IsMatch(sentences[k].Text) && dates[k] is { Stated: true } d && d.Date.Precision == precision).ToList() is { Count: > 0 } lines
            && (lines.Count >= 2 || diaryHeaded) ? lines : [];
        // ("Q1 2026 / The Head of Mission … met …. / Q2 2026 / …": a year's highlights by quarter, each quarter dating what it heads)
        var dayHeadings = DayLines(DayHeading()) is { Count: > 0 } headedDays ? headedDays : DayLines(QuarterHeading(), DatePrecision.Interval);
        // (the day each sentence's own dateline gives, read once, where day headings date the items under them)
        var filedIn = dayHeadings.Count > 0 ? sentences.Select(x => Dates.Filed(x.Text)).ToList() : null;
        // ("30 November 2026 / … Tomorrow 10:00 at the MFA: FM … receives …", "1 December 2026 / … Today Foreign Minister … met …": what a
        // day's item tells as today, tomorrow, yesterday or by weekday counts from that day, not from the day of publication)
        // (not a day the sentence names itself: "On Thursday, 3 December, Cassis met …")
        foreach (var k in Enumerable.Range(0, sentences.Count).Where(k => dayHeadings.Count > 0 && k > dayHeadings[0] && !dayHeadings.Contains(k)))
            if (dates[k] is null or { Rule: "date:publication" or "date:today" or "date:yesterday" or "date:tomorrow" }
                && dates[dayHeadings.Last(h => h < k)] is { } heading && heading.Date.Text != published?.Text
                // ("27 November 2026 / … / DUSHANBE, 26 November 2026 – … met today with …" in a feed: an item's own dateline says which day it means)
                && Dates.For(sentences[k].Text, filedIn![k] ?? heading.Date) is { Rule: "date:today" or "date:yesterday" or "date:tomorrow" or "date:weekday" or "date:weekdays" } counted)
                dates[k] = counted;
        // "8.1K 10 March 2026, 11:24" under each post of a channel's page: a post's views and time, dating the post above it
        var postFooters = dayHeadings.Count > 0 ? [] : DayLines(PostFooter());
        // "H.E. Ms Elina Valtonen / Minister for Foreign Affairs of Finland / … Dear Minister,": whom a letter is addressed to, named
        // in the address block above its salutation
        var (salutation, addressee) = LetterAddressee(sentences, found);
        // ("… my sincere appreciation for your personal engagement …, including your visit to Chișinău in September": below the
        // salutation, "you" is the one addressed where the writer speaks as themselves and quotes no one else; "We, the undersigned
        // organisations, are writing to you …" is read as it was, the calls it makes of "you" made of the addressee below)
        if (addressee is not null)
            for (var k = salutation + 1; k < sentences.Count; k++)
                if (YouAddressed().Matches(sentences[k].Text) is { Count: > 0 } yous && WritersOwn(sentences[k].Text)
                    && yous.Where(y => !Quoted(sentences[k].Text, y.Index)).ToList() is { Count: > 0 } addressed)
                    found[k] = [.. found[k].Concat(addressed.Select(y => new Mention(addressee, y.Index, y.Index + y.Length, "actor:addressee"))).OrderBy(m => m.Start)];
        var trip = -1;
        // "DECREE OF THE PRESIDENT OF THE REPUBLIC OF UZBEKISTAN … I hereby decree: 1. To approve the Roadmap …. 2. The Central Election
        // Commission … shall submit …": a decree's articles are what its signer, and their State, undertake, to the body its preamble
        // names (whose recommendations or co-operation it acts on)
        var decreeAt = Enumerable.Range(0, Math.Min(20, sentences.Count)).FirstOrDefault(k => Has(HerebyDecree(), sentences[k].Text), -1);
        var decreedBy = decreeAt < 0 ? null : Enumerable.Range(Math.Max(decreeAt + 1, sentences.Count - 8), sentences.Count - Math.Max(decreeAt + 1, sentences.Count - 8))
            .SelectMany(k => sentences[k].Text.Split('\n')).Select(line => line.Trim()).Where(line => line.Length is > 3 and < 60)
            .Select(line => UpperCaseName(line, local, on)).FirstOrDefault(a => a is { Kind: ActorKind.Official });
        List<ActorRef>? decreeing = decreedBy is null ? null
            : local.SpeaksFor(decreedBy, on) is { Kind: ActorKind.ParticipatingState or ActorKind.State } decreeingState ? [decreedBy, decreeingState] : [decreedBy];
        // (and what a plan's measures implement, whoever adopts it)
        var decreedTo = decreeAt < 0 ? null
            : Enumerable.Range(0, decreeAt + 1).SelectMany(k => found[k]).FirstOrDefault(m => m.Actor.Kind is ActorKind.Institution or ActorKind.Organisation)?.Actor;
        // a line that is only a State's name ("Turkmenistan", "Turkmenistan:", "4.1 Kazakhstan")
        ActorRef? LoneState(int k) => k >= 0 && k < sentences.Count && sentences[k].OpensLine && found[k] is [{ Actor.Kind: ActorKind.ParticipatingState or ActorKind.State } lone]
            && SectionNumber().Replace(sentences[k].Text.Trim(), "").TrimEnd(':').Length == lone.End - lone.Start ? lone.Actor : null;
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            context = context with { HimOrHer = himOrHer[i] };
            // "Turkmenistan's Foreign Ministry did not respond …. The country has never allowed …": a sentence opening on "The country"
            // tells of the one State the sentence before named
            if (context.Previous is { } previousState && TheCountryOpens().Match(sentence.Text) is { Success: true } country
                && found[i].All(m => m.End <= country.Index || m.Start >= country.Index + country.Length))
                found[i] = [.. found[i].Append(new Mention(previousState, country.Index, country.Index + country.Length, "actor:the-country")).OrderBy(m => m.Start)];
            // "Kamp: I asked the Minister to …": an interview's answers are their speaker's words, its questions the interviewer's
            // (said on the day of the interview: a question or an answer with no date of its own is not of the news's day)
            if (answers is { } interview) context = context with { Author = interview.By[i] ?? author, Story = i >= interview.From ? null : story, Answering = interview.By[i] };
            // "By the delegation of the Russian Federation: “… we regret that …”": an interpretative statement attached to a decision is its delegation's
            if (sentence.OpensLine && DelegationSection().IsMatch(sentence.Text) && found[i].FirstOrDefault(m => m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State) is { } attachedBy)
                context = context with { Author = attachedBy.Actor, Voice = null, MainState = null };
            // "Turkmenistan" heading a digest's section: what the section tells, where it names no State, is about that State
            // (not one of a list of them, line by line: "Donors / • Germany / • Norway")
            if (LoneState(i) is { } section && LoneState(i - 1) is null && LoneState(i + 1) is null)
                context = context with { MainState = section };
            // "In Georgia, I welcome the Constitutional Court's decision …" in a report that goes country by country: the paragraph is about
            // the State it opens on, not the one before
            else if (sentence.OpensLine && found[i] is [{ Actor.Kind: ActorKind.ParticipatingState or ActorKind.State } opening, ..] && InStateOpening().Match(sentence.Text) is { Success: true } inState
                     && opening.Start == inState.Groups["state"].Index)
                context = context with { MainState = opening.Actor, Previous = opening.Actor };
            // ("BUDGET / * Foreign Minister Constantinos Kombos told … / UKRAINE / * Kombos … said Cyprus would …": a minister of no State
            // named is of the State the document was about where they were first named, under whatever heading they are named again)
            if (context.MainState is { } stateHere)
                foreach (var m in found[i])
                    if (m.Actor.Kind is ActorKind.Official && local.MinisterOfUnnamedState(m.Actor)) local.FirstNamedUnder(m.Actor, stateHere);
            // "“… elections. Obstruction … is a matter of great concern,” Désir said.": the quotation opened here is closed, and attributed, in the next sentence
            context = context with
            {
                NextSpeaker = (StartsQuoted(sentence.Text) || context.InQuote) && !Closed(sentence.Text)
                    // ("“ODIHR has long turned …. We invited it …,” the diplomat said.": a title standing for the official last named)
                    ? Enumerable.Range(i + 1, Math.Min(4, sentences.Count - i - 1)).Where(j => sentences[j].Text.IndexOfAny(['”', '"']) >= 0)
                        .Select(j => Speaker(sentences[j].Text, found[j], Pronominal(context)) ?? TitledSpeaker(sentences[j].Text, context)).FirstOrDefault()
                    : null,
            };
            // "She arrived in Yerevan on 25 November …. The next day, Telalian met …. Two days later, … she met …": counted on from the
            // day the text last gave (which the count then becomes)
            // (the span of a visit the text went on to date is no day of the sentence's own)
            if (dates[i] is null or { Rule: "date:publication" or "date:visit-length" or "date:visit-days" or "date:visit-month" } && Found(DaysLater(), sentence.Text) is { Success: true } later
                && context.LastDate is { Date.Precision: DatePrecision.Day } lastDay && LaterBy(later) is int days)
                dates[i] = new FoundDate(PartialDate.Day(lastDay.Date.Earliest.AddDays(days)), "date:days-later", later.Index);
            if (sentence.OpensLine)
                openItem = dates[i] is { Stated: true, Date.Precision: DatePrecision.Day } opening && OpensOnDay().Match(sentence.Text) is { Success: true } dayOpened
                           && !dayOpened.Value.TrimEnd().EndsWith(',') ? opening : null;
            // "…, said in a March 19 press release that …. However, he urged …": what the same speaker goes on to say, with no date of its own, is of that day
            // (not a day the sentence before named only in what it judged: "noted with concern the amendments … adopted by the Parliament on 1 March. He urged …")
            // ("Foreign Minister Marko Đurić said on Tuesday …. Đurić thanked the Mission …": or the speaker named again, in the same paragraph)
            // ("I have just concluded a three-day visit …. Yesterday in Riga I met the Minister …. The Minister assured me that …": a day of
            // the visit the sentence before told, and one met then telling the speaker what they will do, by title too)
            var dated = i > 0 && dates[i - 1] is { Stated: true, Rule: not ("date:recently" or "date:today"), Date.Precision: DatePrecision.Day } said
                        && (dates[i] is { Rule: "date:publication" } || (dates[i] is { Rule: "date:visit-length" or "date:visit-days" } visitSpan && visitSpan.Date.Earliest <= said.Date.Earliest && said.Date.Latest <= visitSpan.Date.Latest))
                        && (GoesOn().IsMatch(sentence.Text) || NamedAgain(sentence, found[i], found[i - 1]) || ToldWhenMet(sentence, found[i], found[i - 1]))
                        && (saidBefore.Count == 0 || saidBefore.Any(p => p.Draft.Occurred.Text == said.Date.Text))
                ? said with { Rule = "date:goes-on", Index = 0 }
                // "… following his visit to Georgia from 15 to 18 January 2025. … During his visit, the Commissioner held meetings with …": the
                // days of the visit last reported, when the report told them
                : dates[i] is null or { Stated: false } && DuringTheVisit().IsMatch(sentence.Text)
                  && proposals.LastOrDefault(p => p.Draft.Kind == EventKind.Visit) is { Draft.Occurred: { Precision: DatePrecision.Interval } visitDays }
                ? new FoundDate(visitDays, "date:during-visit", 0)
                // "25 March – The Mission expressed concern …. It called on …": a paragraph opening on its day (a newsletter's item) is of that day throughout
                // ("- 24.11: HoM met w/ DPM …. Discussed …. DPM Fetai confirmed that the Govt would submit … by end-Jan 2027.": to the
                // paragraph's end, a day still ahead being what is pledged for)
                : i > 0 && !sentence.OpensLine && NoDayOfItsOwn(dates[i], published) && openItem is { } itemDay
                ? itemDay with { Rule = "date:item", Index = 0 }
                // ("29 October – The working group … has still not met. The Mission says the agreement of 17 September "remains unimplemented".":
                // so is one whose only day names what it judges)
                : i > 0 && !sentence.OpensLine && dates[i] is { Stated: true } judgedDay && NamedByDay().IsMatch(Preceding(sentence.Text, judgedDay.Index, 40))
                  && dates[i - 1] is { Stated: true, Date.Precision: DatePrecision.Day } entryDay && OpensOnDay().Match(sentences[i - 1].Text) is { Success: true } entry
                  && !entry.Value.TrimEnd().EndsWith(',') && entryDay.Date.Earliest > judgedDay.Date.Latest
                ? entryDay with { Rule = "date:item", Index = 0 }
                : dates[i];
            // "In March 2023, Kosovo and Serbia agreed in Ohrid on an annex. Serbia committed to …": what a paragraph opening on a past
            // month or year goes on to tell happened then (not what it judges: "… failure to implement … remains …")
            // ("On 12 March 2024, the Head of Mission met the Speaker …. The Speaker confirmed that …": so does a sentence opening on a past day)
            // ("The project's steering committee met in Dushanbe on 20 November 2026, …. The First Deputy Minister confirmed that the Ministry
            // would adopt the strategy by March 2027": and one telling a meeting on a past day; a day ahead is what is pledged for)
            // "Last month I travelled to Bishkek and Dushanbe. In Bishkek, President Sadyr Japarov told me …. In Dushanbe, I met …": a sentence
            // opening on a capital of a State the trip just told went to is of the trip's days
            var tripDay = i > 0 && !sentence.OpensLine && NoDayOfItsOwn(dates[i], published) && StateOpenedOn(local, sentence.Text, on) is { } openedOn
                && sentences.Take(i).LastOrDefault(x => x.OpensLine) is { } tripParagraph
                && proposals.LastOrDefault(p => p.Draft.Kind == EventKind.Visit && p.Draft.Source.Start >= tripParagraph.Start && p.Draft.Counterparts.Any(c => c.Id == openedOn.Id)) is { } toldTrip
                ? new FoundDate(toldTrip.Draft.Occurred, "date:trip", 0) : null;
            var scene = tripDay is not null ? tripDay
                : i > 0 && !sentence.OpensLine && NoDayOfItsOwn(dates[i], published) && dates[i - 1] is { Stated: true } sceneOpened
                && (sceneOpened.Date.Precision is DatePrecision.Month or DatePrecision.Year && sentences[i - 1].OpensLine && OpensOnPast().IsMatch(sentences[i - 1].Text)
                    || (published is not null && sceneOpened.Date.Latest < published.Earliest.AddDays(-7)
                        && (sceneOpened.Date.Precision is DatePrecision.Day && OpensOnDay().Match(sentences[i - 1].Text) is { Success: true } dayOpening && dayOpening.Value.TrimEnd().EndsWith(',')
                            || sceneOpened.Date.Precision is DatePrecision.Day or DatePrecision.Month && TellsEncounter(sentences[i - 1].Text)
                               // (not what a speaker recalls in passing: "Since January, he said, he had travelled to Kyiv twice, and in October he met …")
                               && !SaidAside().IsMatch(sentences[i - 1].Text)
                               // (nor a trip a speaker reports on where they speak: "… reported on her visit to the Greek-Turkish border in October. She commended …")
                               && !ReportedOnTrip().IsMatch(sentences[i - 1].Text))))
                ? sceneOpened with { Rule = "date:scene", Index = 0 }
                // ("Judges … met in Budva on 19 and 20 November for the Mission’s annual conference …. Opening the conference, Ambassador Waag
                // praised …": the gathering the sentence before dated, on its first day or, closing it, its last)
                // (a day the sentence names after that, "… for adopting its new Code of Ethics in September", is what it judges)
                : i > 0 && Found(GatheringOpenedOrClosed(), sentence.Text) is { Success: true } openedOrClosed && (NoDayOfItsOwn(dates[i], published) || dates[i]!.Index >= openedOrClosed.Length)
                  && dates[i - 1] is { Stated: true, Date.Precision: DatePrecision.Day or DatePrecision.Interval } gathered && gathered.Date.Latest <= (published?.Latest ?? gathered.Date.Latest)
                ? new FoundDate(PartialDate.Day(openedOrClosed.Groups["closing"].Success ? gathered.Date.Latest : gathered.Date.Earliest), "date:scene", 0)
                // ("In his meeting with Speaker Ismoilov on Thursday, President Pons welcomed …. He encouraged …", on a visit's days: the day
                // of the meeting the sentence before opened on)
                : i > 0 && !sentence.OpensLine && (NoDayOfItsOwn(dates[i], published) || dates[i] is { Rule: "date:visit-length" or "date:visit-days" })
                  && dates[i - 1] is { Stated: true, Date.Precision: DatePrecision.Day } meetingDay && MeetingOpening().IsMatch(sentences[i - 1].Text)
                ? meetingDay with { Rule = "date:scene", Index = 0 }
                // ("On 12 November, … Waag met the Speaker …. Speaker Mandić said that …. Ambassador Waag welcomed this and urged …": to the paragraph's end)
                // (what is told there, in the past: not "The UK will provide …", said now)
                : i > 0 && !sentence.OpensLine && NoDayOfItsOwn(dates[i], published) && ToldThere().IsMatch(sentence.Text) ? sceneBefore : null;
            sceneBefore = scene;
            // (and a day that names only what is judged, "the attack … in Novi Sad on 25 November", gives way to the item's day, as the news's day would)
            var heading = dayHeadings.Where(k => k < i).DefaultIfEmpty(-1).Last();
            // ("27 November 2026 / Head of OSCE Programme Office meets … / DUSHANBE, 26 November 2026 – …": an item's own dateline dates it)
            var headingDay = heading < 0 ? null
                : Enumerable.Range(heading + 1, i - heading).Select(k => filedIn![k]).FirstOrDefault(d => d is not null) is { } itemFiled
                    ? new FoundDate(itemFiled, "date:heading", 0) : dates[heading]! with { Rule = "date:heading", Index = 0 };
            if (dated is { Rule: "date:publication" } && headingDay is not null) dated = headingDay;
            var postDay = postFooters.FirstOrDefault(k => k > i, -1) is var footer and >= 0 ? dates[footer]! with { Rule = "date:post", Index = 0 } : null;
            if (dated is { Rule: "date:publication" } && postDay is not null) dated = postDay;
            // "Human Rights Watch criticised the chairmanship ….[4]": with no date of its own, of the day the source it cites is dated
            // ("… pledged that Turkmenistan would invite … before the 2028 parliamentary elections.²": nor of a day still to come, which is the pledge's term)
            if (scene is null && NoDayOfItsOwn(dated, published) && Cited(sentence.Text, sources) is { } cited) dated = new FoundDate(cited, "date:source", 0);
            // "Last week I travelled to Central Asia. … I urge all participating States to …. Let me express my deep concern at …. Their
            // detention is unacceptable.": what a speaker says now, and the rest of its paragraph, is of the day they speak, not of the trip told before
            speakingNow = Has(SpeakingNow(), sentence.Text) || (speakingNow && !sentence.OpensLine);
            // ("27 October: Secretary General … received by President Sadyr Japarov in Bishkek / … / President Japarov thanked the Secretary
            // General for …", a slide's speaker notes: told in the past with no day of its own, of the day the document reported the two meeting)
            if (scene is null && found[i].Count >= 2 && NoDayOfItsOwn(dated, published)
                && found[i].Where(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person).Select(m => m.Actor.Id).Distinct().ToList() is { Count: >= 2 } those
                && proposals.LastOrDefault(p => p.Draft.Kind == EventKind.Meeting) is { Draft.Occurred.Precision: DatePrecision.Day } lastMet
                && those.All(id => lastMet.Draft.Actors.Concat(lastMet.Draft.Counterparts).Any(a => a.Id == id)) && ToldThere().IsMatch(sentence.Text))
                dated = new FoundDate(lastMet.Draft.Occurred, "date:met-then", 0);
            // (a post's day is the day of what it tells, pledges for the years ahead included)
            var fromSentence = FromSentence(documentId, sentence, found[i], dated, (postDay ?? headingDay) is { } itemsDay ? context with { Story = itemsDay, Scene = scene }
                : ((speakingNow || i < storyAt) && context.Story is { Rule: not "date:spoken" } ? context with { Story = null } : context) with { Scene = scene });
            // ("“The OSCE remains an indispensable platform …,” Tokayev said." and, below it, ""The OSCE remains an indispensable platform …"":
            // a pull quote, words the story quoted already printed again, says nothing of its own)
            if (fromSentence.Count > 0 && PullQuote(text, sentence)) fromSentence = [];
            // ("Ambassador Neil Holland condemns Russia's attacks … and welcomes ODIHR's interim report. UK statement to the Permanent
            // Council. / From: Foreign, Commonwealth & Development Office / Published 16 October 2025": a GOV.UK page's summary of the
            // speech below it tells again what the speech says)
            if (fromSentence.Count > 0 && (standfirst ??= Standfirst(text)) is var (summaryFrom, summaryTo) && sentence.Start >= summaryFrom && sentence.Start < summaryTo) fromSentence = [];
            // "Jan Braathu … met Foreign Minister Jeyhun Bayramov on Tuesday …. According to a source in the ministry, Bayramov told him that
            // Azerbaijan would consider …": what one who met tells the other, in the next sentence and with no day of its own, was told then
            // ("Last week in Vienna I met Secretary General Feridun Sinirlioğlu. I told him that Lithuania will …": the week they met, too)
            if (i > 0 && dates[i] is not { Stated: true } && TalkVerb().IsMatch(sentence.Text)
                && proposals.FindLast(p => p.Draft.Kind == EventKind.Meeting && p.Draft.Source.Start == sentences[i - 1].Start) is { Draft.Occurred.Precision: DatePrecision.Day or DatePrecision.Interval } talks
                && talks.Draft.Actors.Concat(talks.Draft.Counterparts).ToList() is var metThere)
                fromSentence = [.. fromSentence.Select(p => p.Draft.Occurred.Text != talks.Draft.Occurred.Text && p.Rule.Contains("date:story", StringComparison.Ordinal) | p.Rule.Contains("date:publication", StringComparison.Ordinal) | p.Rule.Contains("date:heading", StringComparison.Ordinal)
                    && p.Draft.Actors.Concat(p.Draft.Counterparts).Count(a => metThere.Any(x => x.Id == a.Id)) >= (ToldHimHer().IsMatch(sentence.Text) ? 1 : 2)
                    ? p with { Draft = p.Draft with { Occurred = talks.Draft.Occurred }, Rule = Regex.Replace(p.Rule, @"date:(story|publication|heading)", "date:at-meeting") } : p)];
            // "Kazakh President … Tokaev has assured the OSCE High Commissioner …, Christophe Kamp, that the country will …. / Tokaev received Kamp
            // at the Akorda … on December 4": what a lead tells one has told another, with no day of its own, was told the day the sentence
            // after it has the two meet
            if (i > 0 && dates[i - 1] is not { Stated: true } && fromSentence.FirstOrDefault(p => p.Draft.Kind == EventKind.Meeting && p.Draft.Occurred.Precision is DatePrecision.Day) is { } metNext
                && HasTold().IsMatch(sentences[i - 1].Text))
                for (var k = proposals.Count - 1; k >= 0 && proposals[k].Draft.Source.Start == sentences[i - 1].Start; k--)
                    if (proposals[k] is { Draft.Kind: not EventKind.Meeting } toldThen && Regex.IsMatch(toldThen.Rule, "date:(story|publication)")
                        && metNext.Draft.Actors.Concat(metNext.Draft.Counterparts).All(a => toldThen.Draft.Actors.Concat(toldThen.Draft.Counterparts).Any(x => x.Id == a.Id)))
                        proposals[k] = toldThen with { Draft = toldThen.Draft with { Occurred = metNext.Draft.Occurred }, Rule = Regex.Replace(toldThen.Rule, "date:(story|publication)", "date:met-next") };
            // "In Dushanbe, I met Foreign Minister Sirojiddin Muhriddin. We agreed that the Border Management Staff College will remain …":
            // "we" are the two who met, agreeing together
            if (i > 0 && Has(WeAgreed(), sentence.Text)
                && proposals.FindLast(p => p.Draft.Kind == EventKind.Meeting && p.Draft.Source.Start == sentences[i - 1].Start) is { } metJustBefore)
                fromSentence = [.. fromSentence.Select(p => p.Draft.Kind == EventKind.CommitmentMade
                    // (agreeing then, when the sentence gives no day of its own: "I met the Governor … on Monday. We agreed that …")
                    ? p with { Draft = p.Draft with { Actors = [.. metJustBefore.Draft.Actors.Concat(metJustBefore.Draft.Counterparts).DistinctBy(a => a.Id)], Counterparts = [],
                        Occurred = dates[i] is { Stated: true } ? p.Draft.Occurred : metJustBefore.Draft.Occurred },
                        Rule = dates[i] is { Stated: true } ? p.Rule : Regex.Replace(p.Rule, @"date:(story|publication)", "date:at-meeting") } : p)];
            // "The OSCE's top media freedom official arrived in Baku on Monday …. Jan Braathu, the OSCE Representative on Freedom of the
            // Media, met …": a body's official left unnamed is the official the next sentence opens on, named and set off
            if (i + 1 < sentences.Count && Found(BodysOfficial(), sentence.Text) is { Success: true } unnamed
                && found[i].FirstOrDefault(m => m.Start == unnamed.Groups["body"].Index) is { } bodyOf
                && found[i + 1] is [{ Actor.Kind: ActorKind.Official } namedNext, ..] && namedNext.Start <= 1 && sentences[i + 1].Text.AsSpan(namedNext.End).TrimStart().StartsWith(",")
                && (Party(namedNext.Actor, dated?.Date ?? on, context, institutions: true) is not { Kind: ActorKind.ParticipatingState or ActorKind.State } || bodyOf.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State))
                fromSentence = [.. fromSentence.Select(p => p.Draft.Actors.Any(a => a.Id == bodyOf.Actor.Id)
                    ? p with { Draft = p.Draft with { Actors = [.. p.Draft.Actors.Select(a => a.Id == bodyOf.Actor.Id ? namedNext.Actor : a)] } } : p)];
            // "FOREIGN MINISTER BAYRAMOV: … Azerbaijan remains committed to …. At the same time, we expect the OSCE to …": what a State's
            // official answering says their State, or "we", does, they and their State do together
            // ("MS BRUCE: We call on …" in a State's department's briefing: the spokesperson, who has no State of their own read, speaks for the author's)
            if (answers is { } labels && labels.By[i] is { Kind: ActorKind.Official } answering
                && Party(answering, on, context) is var answeringFor
                && (answeringFor ?? (author is { Kind: ActorKind.ParticipatingState or ActorKind.State } ? author : null)) is { Kind: ActorKind.ParticipatingState or ActorKind.State } side)
                fromSentence = [.. fromSentence.Select(p => p.Draft.Kind is not (EventKind.Meeting or EventKind.Visit) && p.Draft.Actors is [var only]
                    && (only.Id == side.Id || (only.Id == answering.Id && (answeringFor is null || WeSpeak().IsMatch(sentence.Text))))
                    // ("Minister for Foreign Affairs (Deputy Helen McEntee): … I remain deeply concerned about …": words in the first person
                    // singular that name no State are the official's own, about whom they judge, else about that State: "TELALIAN: I am
                    // concerned about the level of hate speech online")
                    ? OwnWords(sentence.Text) && found[i].All(m => m.Actor.Id != side.Id)
                        ? p with { Draft = p.Draft with { Actors = [answering], Counterparts = p.Draft.Counterparts.Where(c => c.Id != answering.Id).ToList() is { Count: > 0 } judged ? judged : [side] } }
                        : p with { Draft = p.Draft with { Actors = [side, answering], Counterparts = [.. p.Draft.Counterparts.Where(c => c.Id != side.Id && c.Id != answering.Id)] } }
                    : p)];
            // "The OSCE Parliamentary Assembly: … 3. Condemns the detention of journalists in Azerbaijan, Belarus and …": a resolution's
            // operative paragraphs are its body's, and judge whom they name
            if (sentence.OpensLine && ResolvingBody().Match(sentence.Text) is { Success: true } resolving
                && found[i].FirstOrDefault(m => m.Actor.Kind is ActorKind.Organisation or ActorKind.Institution or ActorKind.NationalInstitution) is { } resolver)
                resolvedBy = resolver.Actor;
            else if (resolvedBy is { } body && OperativeParagraph().IsMatch(sentence.Text))
                fromSentence = [.. fromSentence.Select(p => p.Draft.Kind is EventKind.Meeting or EventKind.Visit || p.Draft.Actors is [var only] && only.Id == body.Id ? p
                    : p with { Draft = p.Draft with { Actors = [body], Counterparts = [.. found[i].Select(m => m.Actor).Where(a => a.Id != body.Id && a.Kind is not (ActorKind.Official or ActorKind.Person) || p.Draft.Counterparts.Any(c => c.Id == a.Id)).DistinctBy(a => a.Id)] } })];
            // an official answering for the State whose document it is: a pledge of that State is theirs too ("Answer: Yes. Kazakhstan
            // traditionally invites ODIHR and will send an invitation …"), and, where the turns are labelled "Question:" and "Answer:",
            // "we" is that State and the spokesperson ("Answer: We highly appreciate the cooperation with the Programme Office …")
            if (context.Answering is { Kind: ActorKind.Official or ActorKind.Person } spokesperson && author is { Kind: ActorKind.ParticipatingState or ActorKind.State } answeredFor)
            {
                var inOurName = answers is { Asked: true } && AnswerInOurName().IsMatch(sentence.Text);
                fromSentence = [.. fromSentence.Select(p => p.Draft.Actors is [var only]
                        && (p.Draft.Kind == EventKind.CommitmentMade && only.Id == answeredFor.Id
                            || inOurName && p.Draft.Kind is not (EventKind.Meeting or EventKind.Visit) && only.Id == spokesperson.Id)
                    ? p with { Draft = p.Draft with { Actors = [answeredFor, spokesperson], Counterparts = [.. p.Draft.Counterparts.Where(c => c.Id != answeredFor.Id)] } } : p)];
            }
            // "It was noted that the Project Co-ordinator has made a significant contribution …": what a release of talks says "was noted"
            // the people who met said
            if (context.Met is { Count: >= 2 } noting && ItWasNoted().IsMatch(sentence.Text))
                fromSentence = [.. fromSentence.Select(p => Judgements.Contains(p.Draft.Kind) && p.Draft.Actors is [var only] && (only.Id == author?.Id || only.Id == mainState?.Id)
                    ? p with { Draft = p.Draft with { Actors = [.. noting], Counterparts = [.. p.Draft.Counterparts.Where(c => noting.All(n => n.Id != c.Id))] } } : p)];
            // "We urge you to raise these cases with President Emomali Rahmon": what a letter asks of "you" it asks of its addressee
            if (addressee is not null && i > salutation && UrgeYou().IsMatch(sentence.Text))
                fromSentence = [.. fromSentence.Select(p => p.Draft.Kind == EventKind.RecommendationMade ? p with { Draft = p.Draft with { Counterparts = [addressee] } } : p)];
            // "I have the honour to inform you that the Government of the Republic of Moldova has decided to extend an invitation …": a
            // pledge told to the one addressed is made to them, by the letter's writer with the side they name
            // ("Let me … express my sincere appreciation for your personal engagement …": and what the writer judges in the first person, they judge)
            if (addressee is not null && i > salutation && author is { Kind: ActorKind.Official or ActorKind.Person } writer
                && WritersOwn(sentence.Text) && InformYou().IsMatch(sentence.Text) is var told)
                fromSentence = [.. fromSentence.Select(p => (p.Draft.Kind == EventKind.CommitmentMade || Judgements.Contains(p.Draft.Kind)) && p.Draft.Actors.Any(a => a.Id == addressee.Id)
                    ? p with { Draft = p.Draft with { Actors = [writer, .. p.Draft.Actors.Where(a => a.Id != addressee.Id && a.Id != writer.Id)],
                                                      Counterparts = told ? [addressee] : [addressee, .. p.Draft.Counterparts.Where(c => c.Id != addressee.Id && c.Id != writer.Id)] } } : p)];
            // "The Mission … has criticised the Transnistrian side …. Tiraspol dismissed the statement as one-sided.": who rejects a statement
            // the sentence before reported criticises whoever made it, after it was made (when the sentence says no day of its own)
            // ("The European Court of Human Rights … ruled on Tuesday that Azerbaijan had violated …. Azerbaijan's Foreign Ministry rejected the
            // ruling …. Braathu welcomed the judgment …": so does who rejects a ruling reported in any sentence before, and who welcomes it praises)
            // (a judgement stated, which can be rejected or welcomed: not an assessment of what a pledge came to)
            static bool Stated(ProposedEvent p) => Judgements.Contains(p.Draft.Kind) && p.Draft.Kind != EventKind.CommitmentAssessed;
            var rulingJudged = ruling is not null && TheRuling().IsMatch(sentence.Text);
            // ("… ODIHR published its final report …. The opposition Coalition for Change welcomed the report": whose report is praised)
            var reportWelcomed = !rulingJudged && Has(ReportWelcomed(), sentence.Text);
            var judged = rulingJudged ? ruling
                : reportWelcomed ? proposals.LastOrDefault(p => Stated(p) && p.Draft.Actors.All(a => a.Kind is ActorKind.Institution or ActorKind.Organisation or ActorKind.FieldOperation))
                // ("ODIHR published its final report …, concluding that …. The report contains 28 recommendations …. ODIHR noted that most of its
                // priority recommendations … remain unaddressed. Mdinaradze dismissed the report as …": or the last one the document reported)
                : Has(Rejected(), sentence.Text) ? saidBefore.LastOrDefault(Stated) ?? proposals.LastOrDefault(Stated) : null;
            if (judged is not null)
                fromSentence = [.. fromSentence.Select(p => (reportWelcomed ? p.Draft.Kind == EventKind.PraiseExpressed : p.Draft.Kind == EventKind.CriticismRaised || (rulingJudged && p.Draft.Kind == EventKind.PraiseExpressed))
                                                            && p.Draft.Actors.All(a => judged.Draft.Actors.All(r => r.Id != a.Id))
                    ? p with
                    {
                        Draft = p.Draft with
                        {
                            Counterparts = judged.Draft.Actors,
                            Occurred = p.Rule.Contains("date:publication", StringComparison.Ordinal) && published is not null && judged.Draft.Occurred.Latest < published.Earliest
                                ? PartialDate.Parse($"{judged.Draft.Occurred.Text}/{published.Text}") : p.Draft.Occurred,
                        },
                    }
                    : p)];
            // "CEC Chairperson … informed the NAM that …", "The Kloop editorial team, however, criticized …" in a report on the days a
            // mission spent (its period standing near the top): what others told the mission, with no day of its own, was told in those days
            if (context.Period is { } spent && author is not null)
                fromSentence = [.. fromSentence.Select(p => p.Draft.Kind is not (EventKind.Meeting or EventKind.Visit) && p.Rule.Contains("date:publication", StringComparison.Ordinal)
                    && p.Draft.Actors.All(a => a.Id != author.Id) && !Has(SpeakingNow(), sentence.Text)
                    ? p with { Draft = p.Draft with { Occurred = spent.Date }, Rule = p.Rule.Replace("date:publication", spent.Rule, StringComparison.Ordinal) } : p)];
            // "Telalian and Braathu today expressed alarm …. “…,” they said in a joint statement. … Both institutions stand ready to assist
            // Georgia": "they" are the officials who judged together in the sentence before, "both institutions" theirs
            if (context.Critics is { Count: >= 2 } together && together.All(a => a.Kind is ActorKind.Official or ActorKind.Person))
            {
                if (TheySaid().IsMatch(sentence.Text))
                    fromSentence = [.. fromSentence.Select(p => Judgements.Contains(p.Draft.Kind) && p.Draft.Actors.All(a => a.Kind is not (ActorKind.Official or ActorKind.Person))
                        ? p with { Draft = p.Draft with { Actors = together, Counterparts = [.. p.Draft.Counterparts.Where(c => together.All(t => t.Id != c.Id) && p.Draft.Actors.All(a => a.Id != c.Id))] } } : p)];
                else if (BothBodies().IsMatch(sentence.Text) && together.Select(a => local.SpeaksFor(a, on, institutions: true)).OfType<ActorRef>().DistinctBy(b => b.Id).ToList() is { Count: >= 2 } bodies)
                    fromSentence = [.. fromSentence.Select(p => p.Draft.Kind == EventKind.CommitmentMade
                        ? p with { Draft = p.Draft with { Actors = bodies, Counterparts = [.. p.Draft.Actors.Concat(p.Draft.Counterparts).Where(c => bodies.All(b => b.Id != c.Id)).DistinctBy(c => c.Id)] } } : p)];
            }

            // "Kauma said today that she was deeply troubled by the sentences handed down yesterday …, and urged the authorities to release
            // them": what someone says today, about what happened yesterday, they say today
            // ("The Baku Court of Appeal's decision on November 28, 2026, to uphold … is a travesty of justice, Human Rights Watch said
            // today": or on a day it names)
            if (published is { Precision: DatePrecision.Day } && (Has(SaidToday(), sentence.Text) || Has(SaysNowAtEnd(), sentence.Text)))
                fromSentence = [.. fromSentence.Select(p => Judgements.Contains(p.Draft.Kind) && p.Draft.Occurred.Precision == DatePrecision.Day && p.Draft.Occurred.Latest < published.Earliest
                                                            && DayOfJudged().Match(p.Rule) is { Success: true } dayRule
                    ? p with { Draft = p.Draft with { Occurred = published }, Rule = p.Rule.Replace(dayRule.Value, "date:today", StringComparison.Ordinal) } : p)];
            // "Kurti's government has taken several unilateral steps …": a leader's government is the State they lead, or the one the document
            // named in their title ("Kosovo Prime Minister Albin Kurti")
            if (sentence.Text.Contains("s government", StringComparison.Ordinal) && LeadersGovernment().Match(sentence.Text) is { Success: true } governmentOf
                && found[i].FirstOrDefault(m => m.End == governmentOf.Index && m.Actor.Kind is ActorKind.Official or ActorKind.Person) is { } leader
                && (TitledState(leader.Actor) ?? Party(leader.Actor, dated?.Date ?? on, context)) is { Kind: ActorKind.ParticipatingState or ActorKind.State } leadersState)
                fromSentence = [.. fromSentence.Select(p => Judgements.Contains(p.Draft.Kind) && p.Draft.Counterparts.Any(c => c.Id == leader.Actor.Id)
                    ? p with { Draft = p.Draft with { Counterparts = [.. p.Draft.Counterparts.Select(c => c.Id == leader.Actor.Id ? leadersState : c).DistinctBy(c => c.Id)] } } : p)];
            ActorRef? TitledState(ActorRef official) =>
                Enumerable.Range(0, found.Count).SelectMany(k => found[k].Where(state => found[k].Any(o => o.Actor.Id == official.Id && TitlesPerson(sentences[k].Text, state, o))))
                    .Select(state => state.Actor).FirstOrDefault();
            // "The Secretary General thanked Poland for its long-standing role as host of ODIHR": praise is of whom it thanks, not of what it
            // thanks them for
            if (Found(ThankedFor(), sentence.Text) is { Success: true } thankedFor
                && found[i].Where(m => Inside(m, thankedFor.Groups["who"])).Select(m => m.Actor.Id).ToHashSet() is { Count: > 0 } thanked)
                fromSentence = [.. fromSentence.Select(p => p.Draft.Kind == EventKind.PraiseExpressed && p.Draft.Counterparts.Any(c => thanked.Contains(c.Id)) && p.Draft.Counterparts.Any(c => !thanked.Contains(c.Id))
                    ? p with { Draft = p.Draft with { Counterparts = [.. p.Draft.Counterparts.Where(c => thanked.Contains(c.Id))] } } : p)];
            // "… Vučić and … Kurti accepted the annex …. Three and a half years later, neither side has done so": the sides are the States
            if (sentence.Text.Contains("neither side", StringComparison.OrdinalIgnoreCase))
                fromSentence = [.. fromSentence.Select(p => p.Draft.Kind == EventKind.CommitmentAssessed && p.Draft.Counterparts.Count(c => c.Kind is ActorKind.ParticipatingState or ActorKind.State) >= 2
                    ? p with { Draft = p.Draft with { Counterparts = [.. p.Draft.Counterparts.Where(c => c.Kind is ActorKind.ParticipatingState or ActorKind.State)] } } : p)];
            // ("Armenia has promised to amend …. Azerbaijan has pledged to open …. Neither commitment has yet been fulfilled.": the States of
            // the two pledges told before)
            if (sentence.Text.Contains("either", StringComparison.Ordinal) && NeitherPledge().IsMatch(sentence.Text)
                && proposals.Where(p => p.Draft.Kind == EventKind.CommitmentMade).TakeLast(2).SelectMany(p => p.Draft.Actors).Where(a => a.Kind is ActorKind.ParticipatingState or ActorKind.State)
                    .DistinctBy(a => a.Id).ToList() is { Count: 2 } bothMakers)
                fromSentence = [.. fromSentence.Select(p => p.Draft.Kind == EventKind.CommitmentAssessed ? p with { Draft = p.Draft with { Counterparts = bothMakers } } : p)];
            // "Following the publication of the interim report in June, the Ministry informed ODIHR that …": what followed a month happened
            // after it, by the day of writing, not in it
            if (published is { Precision: DatePrecision.Day } && Has(FollowingMonth(), sentence.Text))
                fromSentence = [.. fromSentence.Select(p => p.Draft.Occurred.Precision == DatePrecision.Month && MonthRule().Match(p.Rule) is { Success: true } monthRule
                                                            && p.Draft.Occurred.Latest < published.Earliest
                    ? p with { Draft = p.Draft with { Occurred = PartialDate.Parse($"{p.Draft.Occurred.Text}/{published.Text}") }, Rule = p.Rule.Replace(monthRule.Value, "date:after-month", StringComparison.Ordinal) } : p)];
            // "Armenia's elections were competitive and well run, but marred by harsh rhetoric …": the verdict is the criticism the
            // "but" turns to, not praise
            if (Found(ButMarred(), sentence.Text) is { Success: true, Index: > 0 }) fromSentence.RemoveAll(p => p.Draft.Kind == EventKind.PraiseExpressed);
            ruling = fromSentence.LastOrDefault(p => p.Draft.Kind == EventKind.CriticismRaised && Ruled().IsMatch(p.Draft.Source.Quote)) ?? ruling;
            saidBefore = fromSentence;
            var listItem = context.List is { } list && IsListItem(sentence.Text, list.Kind);
            if (listItem && fromSentence.All(p => p.Draft.Kind != context.List!.Value.Kind))
            {
                var (kind, actors, counterparts) = context.List!.Value;
                // "The IHF is concerned, for example, about: • In Turkmenistan, …": each item is about the State it names
                if (kind == EventKind.CriticismRaised && found[i].Where(m => m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State).Select(m => m.Actor).DistinctBy(a => a.Id).ToList() is { Count: > 0 } states)
                    counterparts = states;
                if (kind == EventKind.RecommendationMade || counterparts.Count > 0)
                    fromSentence.Add(new ProposedEvent(new EventDraft(kind, dates[i]?.Date ?? context.Undated, actors, counterparts, null,
                        TopicIn(sentence.Text), null, null, null, new Evidence(documentId, sentence.Text, sentence.Start, sentence.End - sentence.Start)), 0.6,
                        kind == EventKind.RecommendationMade ? "cue:recommendation-list" : "cue:criticism-list"));
            }

            if (listItem && context.List!.Value.Kind == EventKind.RecommendationMade)
            {
                // "• immediately disclose the fate … of all victims of enforced disappearance": what an item calls for, not a criticism
                fromSentence.RemoveAll(p => p.Draft.Kind == EventKind.CriticismRaised);
                if (listLead is not null && fromSentence.Any(p => p.Draft.Kind == EventKind.RecommendationMade)) proposals.Remove(listLead);
                listLead = null;
            }

            // "Wednesday, 9 December / The Chairpersonship will host a conference …" in the week ahead: what is told under a day still to
            // come is announced, not done or pledged
            if (dated is { Rule: "date:heading" } ahead && published is not null && ahead.Date.Earliest > published.Latest)
                fromSentence.Clear();
            if (decreeing is not null && i > decreeAt && fromSentence.All(p => p.Draft.Kind != EventKind.CommitmentMade)
                && text.LastIndexOf('\n', Math.Max(0, sentence.Start - 1)) is var lineStart && ArticleNumber().IsMatch(text.AsSpan(lineStart + 1, sentence.Start - lineStart - 1))
                && DecreeArticle().Match(sentence.Text) is { Success: true } article)
                fromSentence.Add(new ProposedEvent(new EventDraft(EventKind.CommitmentMade, Dates.Published(published)?.Date ?? context.Undated, decreeing,
                    found[i].FirstOrDefault(m => m.Actor.Kind is ActorKind.Institution || (m.Actor.Kind is ActorKind.Organisation && !NationalBody().IsMatch(m.Actor.Name)))?.Actor is { } articleBody ? [articleBody] : decreedTo is null ? [] : [decreedTo],
                    null, TopicIn(sentence.Text), Wording(sentence.Text, article.Groups["verb"].Index), null, null,
                    new Evidence(documentId, sentence.Text, sentence.Start, sentence.End - sentence.Start)), 0.6, "cue:decreed; date:publication"));
            var opened = ListOpenedBy(sentence.Text, found[i], fromSentence, context);
            // "The IHF is concerned, for example, about:": the items say about what, and whom
            if (opened is (EventKind.CriticismRaised, _, _) && !found[i].Any(m => m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State))
                fromSentence.RemoveAll(p => p.Draft.Kind == EventKind.CriticismRaised);
            // ("DPM Popșoi said that the Government would publish … and would request a joint opinion of ODIHR and the Venice Commission": in
            // a record of a meeting by side, what one listed for another side pledges is pledged to the head of the writer's side)
            if (sidesMet is { } recorded && fromSentence.Any(p => p.Draft.Kind == EventKind.CommitmentMade))
                fromSentence = [.. fromSentence.Select(p => p.Draft.Kind == EventKind.CommitmentMade && p.Draft.Actors.Any(a => recorded.Listed.Contains(a.Id))
                                                           && p.Draft.Actors.All(a => a.Id != recorded.Head.Id && a.Id != recorded.Own.Id)
                    ? p with { Draft = p.Draft with { Counterparts = [recorded.Head] } } : p)];
            // "What our partners have pledged / Ministry of Interior: to fund 40 community police officers from its own 2027 budget (memorandum
            // of 12 November)": a heading that says pledges follow proposes none itself; each line under it naming a body and what it is "to"
            // do is that body's State's pledge to the author, made on the day the line gives
            if (sentence.OpensLine && sentence.Text.Length <= 80 && PledgesHeading().IsMatch(sentence.Text))
            {
                fromSentence.RemoveAll(p => p.Draft.Kind == EventKind.CommitmentMade);
                pledgesHeaded = true;
            }
            else if (pledgesHeaded && sentence.OpensLine && BodyToDo().Match(sentence.Text) is { Success: true } pledgedItem && author is { } pledgedTo)
            {
                var body = found[i].Where(m => m.End <= pledgedItem.Groups["body"].Index + pledgedItem.Groups["body"].Length).Select(m => m.Actor).ToList();
                var bodysState = body.FirstOrDefault(a => a.Kind is ActorKind.ParticipatingState or ActorKind.State)
                                 ?? body.Select(a => local.SpeaksFor(a, dated?.Date ?? on)).FirstOrDefault(a => a is { Kind: ActorKind.ParticipatingState or ActorKind.State }) ?? mainState;
                if (bodysState is not null && bodysState.Id != pledgedTo.Id)
                {
                    fromSentence.RemoveAll(p => p.Draft.Kind == EventKind.CommitmentMade);
                    var pledgedOn = Dates.Find(sentence.Text, published).FirstOrDefault(d => d.Date.Precision == DatePrecision.Day);
                    fromSentence.Add(new ProposedEvent(new EventDraft(EventKind.CommitmentMade, pledgedOn?.Date ?? published ?? on, [bodysState], [pledgedTo], null, TopicIn(sentence.Text),
                        pledgedItem.Groups["what"].Value.Trim().TrimEnd('.', ';', ','), AssessmentStatus.Open, null,
                        new Evidence(documentId, sentence.Text, sentence.Start, sentence.End - sentence.Start)), 0.6, $"cue:pledges-headed; {pledgedOn?.Rule ?? "date:publication"}"));
                }
            }
            else if (sentence.OpensLine) pledgesHeaded = false;
            // "Kamp, who arrived in Astana on Wednesday for a three-day visit, …": a visit from the day of arrival, as long as it is told to last
            if (fromSentence.Count > 0 && ArrivedFor().Match(sentence.Text) is { Success: true } arrival && Dates.Count(arrival.Groups["days"].Value) is > 1 and <= 14 and var length)
                for (var k = 0; k < fromSentence.Count; k++)
                    if (fromSentence[k].Draft is { Kind: EventKind.Visit, Occurred.Precision: DatePrecision.Day } arrived)
                        fromSentence[k] = fromSentence[k] with { Draft = arrived with { Occurred = PartialDate.Parse($"{arrived.Occurred.Text}/{PartialDate.Day(arrived.Occurred.Earliest.AddDays(length - 1)).Text}") } };
            proposals.AddRange(fromSentence);
            // "… Andrii Sybiha held bilateral meetings with: – OSCE Chairperson-in-Office, Federal Councillor Ignazio Cassis; – OSCE Secretary
            // General …": a meeting with whom each item names, when and where the line over them says
            var bulleted = sentence.OpensLine && Bulleted(sentence.Text);
            if (meetingsListed is { } withEach && bulleted)
            {
                if (found[i].FirstOrDefault(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person && m.Actor.Id != withEach.Who.Id) is { } listedMet)
                    proposals.Add(new ProposedEvent(new EventDraft(EventKind.Meeting, withEach.When?.Date ?? context.Undated, [withEach.Who], [listedMet.Actor], withEach.Place, null, null, null, null,
                        new Evidence(documentId, sentence.Text, sentence.Start, sentence.End - sentence.Start)), 0.9, $"cue:meetings-listed; {withEach.When?.Rule ?? "date:publication"}"));
            }
            else meetingsListed = Found(MeetingsListed(), sentence.Text) is { Success: true } listedAt
                && (found[i].FirstOrDefault(m => m.Start < listedAt.Index && m.Actor.Kind is ActorKind.Official or ActorKind.Person && !Governed(sentence.Text, m))?.Actor
                    ?? (context.Author is { Kind: ActorKind.Official or ActorKind.Person } lister ? lister : null)) is { } holder
                ? (holder, dated, PlaceIn(sentence.Text)) : null;
            // "Videoconference of the OSCE Chairperson-in-Office with the Foreign Ministers of Central Asia / 1 December 2026, 10:00–11:30 CET /
            // Participants: / – Ignazio Cassis, …, OSCE Chairperson-in-Office (chair) / – Yermek Kosherbayev, Minister of Foreign Affairs of
            // Kazakhstan / …": a meeting its chair (or, with none marked, the first listed) held with each of the others of another State's side
            if (sentence.OpensLine && i < 12 && ParticipantsLine().IsMatch(sentence.Text) && sentences.Take(i).Any(x => MeetingHeading().IsMatch(x.Text))
                && Enumerable.Range(i + 1, Math.Min(12, sentences.Count - i - 1)).TakeWhile(k => sentences[k].OpensLine && Bulleted(sentences[k].Text)).ToList() is { Count: >= 2 } listed
                && listed.FirstOrDefault(k => sentences[k].Text.Contains("(chair", StringComparison.OrdinalIgnoreCase), listed[0]) is var chairAt
                && found[chairAt].FirstOrDefault(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person) is { } chair)
            {
                var heldOn = dated is null or { Rule: "date:publication" } && story is not null ? story with { Rule = "date:story" } : dated;
                var chairSide = Party(chair.Actor, heldOn?.Date ?? context.Undated, context);
                foreach (var k in listed)
                    if (found[k].FirstOrDefault(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person) is { } participant && participant.Actor.Id != chair.Actor.Id
                        && Party(participant.Actor, heldOn?.Date ?? context.Undated, context) is { Kind: ActorKind.ParticipatingState or ActorKind.State } participantSide && participantSide.Id != chairSide?.Id)
                        proposals.Add(new ProposedEvent(new EventDraft(EventKind.Meeting, heldOn?.Date ?? context.Undated, [chair.Actor], [participant.Actor], null, null, null, null, null,
                            new Evidence(documentId, sentences[k].Text, sentences[k].Start, sentences[k].End - sentences[k].Start)), 0.8, $"cue:participants; {heldOn?.Rule ?? "date:publication"}"));
            }
            // "Subject: Call of the ODIHR Director on the Deputy Prime Minister … / Date/Time: Tuesday, 1 December 2026 … / Participants:  Moldova: /
            //   Mr Mihai Popșoi, Deputy Prime Minister … / Ms Irina Ursu, Director … / ODIHR: / Ms Maria Telalian, Director …": a record of a
            // meeting listing who took part side by side is a meeting of the head of the writer's side (else of the one side that is not a
            // State) with each one listed for another side
            if (sidesMet is null && sentence.OpensLine && i < 15 && SidedParticipants().IsMatch(sentence.Text)
                && SidesListed(text, sentence.Start, (from, to) => [.. Enumerable.Range(i, Math.Min(10, sentences.Count - i))
                    .SelectMany(k => found[k].Select(m => (Start: sentences[k].Start + m.Start, m.Actor))).Where(m => m.Start >= from && m.Start < to).Select(m => m.Actor)]) is { Count: >= 2 } sides
                && (sides.Find(x => x.Side.Id == context.Author?.Id) is { Side: not null } writers ? writers
                    : sides.FindAll(x => x.Side.Kind is not (ActorKind.ParticipatingState or ActorKind.State)) is [var only] ? only : default) is { Side: not null } ownSide)
            {
                var heldOn = dated is null or { Rule: "date:publication" } && story is not null ? story with { Rule = "date:story" } : dated;
                var head = ownSide.People[0].Person;
                foreach (var (_, people) in sides.Where(x => x.Side.Id != ownSide.Side.Id))
                    foreach (var (person, start, end) in people)
                        proposals.Add(new ProposedEvent(new EventDraft(EventKind.Meeting, heldOn?.Date ?? context.Undated, [head], [person], null, null, null, null, null,
                            new Evidence(documentId, text[start..end], start, end - start)), 0.8, $"cue:participants-by-side; {heldOn?.Rule ?? "date:publication"}"));
                // (whom each one listed for a State's side speaks for, where nothing else says)
                foreach (var (stateSide, people) in sides.Where(x => x.Side.Kind is ActorKind.ParticipatingState or ActorKind.State))
                    foreach (var listedOne in people) local.Listed(listedOne.Person, stateSide.Name);
                sidesMet = (ownSide.Side, head, [.. sides.Where(x => x.Side.Id != ownSide.Side.Id).Select(x => x.Side)],
                    [.. sides.Where(x => x.Side.Id != ownSide.Side.Id).SelectMany(x => x.People).Select(x => x.Person.Id)], heldOn);
            }
            // "Follow-up: / - ODIHR (Election Department) to share its comparative note … with the Ministry by 15 December 2026.": in such a
            // record, what a side is listed to do is its pledge to the other side, made at the meeting
            if (sidesMet is { } record && sentence.OpensLine)
            {
                if (FollowUpHeading().IsMatch(sentence.Text)) followingUp = true;
                else if (followingUp && bulleted && FollowUpItem().Match(sentence.Text) is { Success: true } item
                         && found[i].FirstOrDefault(m => m.Start < item.Groups["to"].Index && m.Actor.Kind is not (ActorKind.Official or ActorKind.Person))?.Actor is { } listedToDo)
                    proposals.Add(new ProposedEvent(new EventDraft(EventKind.CommitmentMade, record.When?.Date ?? context.Undated, [listedToDo],
                        listedToDo.Id == record.Own.Id ? record.Others : [record.Own], null, null, sentence.Text[(item.Groups["to"].Index + 3)..].Trim().TrimEnd('.', ';'), AssessmentStatus.Open, null,
                        new Evidence(documentId, sentence.Text, sentence.Start, sentence.End - sentence.Start)), 0.7, $"cue:follow-up; {record.When?.Rule ?? "date:publication"}"));
                else followingUp = false;
            }
            // "Participating States pledged €14.6 million for the OSCE Support Programme for Ukraine …. Pledges announced at the event: • Germany
            // – €4 million …": each item a State's pledge, to whom the pledges before the list were made; the sum before it is theirs, no pledge of its own
            if (pledgesListed is { } pledgedEach && bulleted)
            {
                if (found[i] is [{ Actor.Kind: ActorKind.ParticipatingState or ActorKind.State } pledger, ..] && StateThenSum().Match(sentence.Text, pledger.End) is { Success: true } sum)
                    proposals.Add(new ProposedEvent(new EventDraft(EventKind.CommitmentMade, pledgedEach.When?.Date ?? context.Undated, [pledger.Actor], pledgedEach.To, null, null,
                        $"contribute {sentence.Text[(sum.Index + sum.Length)..].Trim().TrimEnd('.', ';')}", AssessmentStatus.Open, null,
                        new Evidence(documentId, sentence.Text, sentence.Start, sentence.End - sentence.Start)), 0.7, $"cue:pledges-listed; {pledgedEach.When?.Rule ?? "date:publication"}"));
            }
            else if (Has(PledgesListed(), sentence.Text) && proposals.FindLast(p => p.Draft.Kind == EventKind.CommitmentMade) is { } summed
                     && summed.Draft.Counterparts.Where(c => c.Kind is not (ActorKind.Official or ActorKind.Person)).ToList() is { Count: > 0 } pledgedTo)
            {
                pledgesListed = (pledgedTo, new FoundDate(summed.Draft.Occurred, "date:story", 0));
                if (summed.Draft.Actors.Any(a => a.Name == "OSCE participating States")) proposals.Remove(summed);
            }
            else if (!bulleted) pledgesListed = null;
            // "WHO: OSCE Chairperson-in-Office … Ignazio Cassis, and the Prime Minister of Armenia, Nikol Pashinyan / WHAT: Meeting on … / WHEN:
            // Tuesday, 1 December 2026 / WHERE: Government House, Yerevan": a meeting of the two people the fields name, on the day they give
            if (Has(WhoField(), sentence.Text) && found[i].Where(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person).Select(m => m.Actor).DistinctBy(a => a.Id).ToList() is [var who, var withWhom, ..]
                && Enumerable.Range(i + 1, Math.Min(4, sentences.Count - i - 1)).ToList() is var fields
                && fields.Any(k => WhatMet().IsMatch(sentences[k].Text))
                && fields.Where(k => WhenField().IsMatch(sentences[k].Text)).Select(k => dates[k]).FirstOrDefault(d => d is { Stated: true }) is { } metOn
                && (published is null || metOn.Date.Earliest <= published.Latest))
            {
                // (the two sides of what the lines under the fields go on to tell)
                fromSentence.Add(new ProposedEvent(new EventDraft(EventKind.Meeting, metOn.Date, [who], [withWhom], null, null, null, null, null,
                    new Evidence(documentId, sentence.Text, sentence.Start, sentence.End - sentence.Start)), 0.8, $"cue:who-what-when; {metOn.Rule}"));
                proposals.Add(fromSentence[^1]);
            }
            // "Last week I travelled to Central Asia. In Astana, I met …. In Tashkent, I held talks …": a trip to a region visited the
            // States whose capitals the sentences after it open on, up to a paragraph that opens elsewhere
            if (trip >= 0 && StateOpenedOn(local, sentence.Text, on) is { } visited)
            {
                if (proposals[trip].Draft.Counterparts.All(c => c.Id != visited.Id))
                    proposals[trip] = proposals[trip] with { Draft = proposals[trip].Draft with { Counterparts = [.. proposals[trip].Draft.Counterparts, visited] } };
            }
            else if (sentence.OpensLine) trip = -1;
            if (fromSentence.FirstOrDefault(p => p.Draft.Kind == EventKind.Visit && p.Draft.Counterparts.Count == 0) is { } toRegion) trip = proposals.IndexOf(toRegion);
            if (opened is (EventKind.RecommendationMade, _, _) && sentence.Text.TrimEnd().EndsWith(':')) listLead = fromSentence.FirstOrDefault(p => p.Draft.Kind == EventKind.RecommendationMade);
            // "Representative Chris Smith … issued the following statement:": the quotation the sentence opens onto is theirs
            var introduced = Has(StatementFollows(), sentence.Text) ? found[i].FirstOrDefault(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person)?.Actor : null;
            var quoting = introduced ?? (sentence.Text.IndexOfAny(['“', '”', '"']) >= 0
                ? Voice(sentence.Text, found[i], context)
                : context.InQuote ? context.Quoting : null);
            var visitBy = fromSentence.FirstOrDefault(p => p.Draft.Kind == EventKind.Visit);
            List<ActorRef>? hosted = visitBy is not null && InvitationOf().Match(sentence.Text) is { Success: true } invitation
                && found[i].FirstOrDefault(m => m.Start >= invitation.Index + invitation.Length && m.Start <= invitation.Index + invitation.Length + 120 && m.Actor.Kind is ActorKind.Official
                    && visitBy.Draft.Actors.All(a => a.Id != m.Actor.Id)) is { } host
                && visitBy.Draft.Actors.Where(a => a.Kind is ActorKind.Official or ActorKind.Person).ToList() is { Count: > 0 } visitors
                ? [.. visitors, host.Actor]
                : null;
            var visitedState = hosted is null ? null : visitBy!.Draft.Counterparts.FirstOrDefault(a => a.Kind is ActorKind.ParticipatingState or ActorKind.State);
            var defined = Has(Hereinafter(), sentence.Text)
                && found[i].Where(m => m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State).Select(m => m.Actor).DistinctBy(a => a.Id).ToList() is { Count: >= 2 } parties
                ? parties : null;
            context = context with
            {
                // "Speaking at a joint press conference with … Mirzoyan, Borg affirmed …. “…,” he added.": he is who the sentence
                // reported acting, else the first person it named
                LastOfficial = fromSentence.SelectMany(p => p.Draft.Actors).FirstOrDefault(a => a.Kind is ActorKind.Official or ActorKind.Person)
                               ?? found[i].Where(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person).Select(m => m.Actor).FirstOrDefault() ?? context.LastOfficial,
                Officials = [.. found[i].Where(m => m.Actor.Kind is ActorKind.Official).Select(m => m.Actor).Reverse().Concat(context.Officials ?? []).DistinctBy(a => a.Id)],
                StatesBefore = [.. found[i].Where(m => m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State).Select(m => m.Actor).DistinctBy(a => a.Id)],
                // (not where someone is from: "He will be replaced by Janez Lenarcic of Slovenia.")
                Previous = found[i].Where(m => m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State
                        && !found[i].Any(p => p.Actor.Kind is ActorKind.Official or ActorKind.Person && p.End < m.Start && sentence.Text.AsSpan(p.End, m.Start - p.End) is " of " or ", of "))
                    .Select(m => m.Actor).DistinctBy(a => a.Id).ToList() is [var one] ? one
                    : Region(sentence.Text, found[i], context)
                      // "… noted that Kazakh President Kassym-Jomart Tokayev’s promises … The government decriminalized …": the State of
                      // the one official named; a sentence naming no one goes on about the State the one before was about
                      ?? (found[i].Where(m => m.Actor.Kind is ActorKind.Official).Select(m => local.SpeaksFor(m.Actor, dates[i]?.Date ?? on))
                          .Where(a => a is { Kind: ActorKind.ParticipatingState or ActorKind.State }).DistinctBy(a => a!.Id).ToList() is [{ } theirs] ? theirs
                          : found[i].Count == 0 ? context.Previous : null),
                // ("ODIHR … on Tuesday published its final report on …. The report contains 19 recommendations, …": the day a report came out)
                ReportDay = dates[i] is { Stated: true } reportOut && ReportCameOut().IsMatch(sentence.Text) ? reportOut : context.ReportDay,
                // a list runs on over the sentences an item goes on with and over the headings that group its items ("Minority rights:")
                List = opened
                       ?? (listItem || (context.List is not null && (!sentence.OpensLine || sentence.Text is { Length: < 60 } h && h.TrimEnd().EndsWith(':'))) ? context.List : null),
                // (not the span a visit's end gave every undated sentence, nor a year still ahead that a pledge is for: "Mirzoyan assured her
                // that Armenia would invite … to the 2027 parliamentary elections" after "… on 25 November" is still of that day)
                LastDate = dates[i] is { Rule: not ("date:publication" or "date:today") } own && !(own.Rule is "date:visit-length" or "date:visit-days" or "date:visit-month" && !Dates.Find(sentence.Text).Any(f => f.Date.Precision == DatePrecision.Day))
                           && !(published is not null && own.Date.Earliest > published.Latest)
                    ? own : context.LastDate,
                LastBody = fromSentence.SelectMany(p => p.Draft.Actors).FirstOrDefault(a => a.Kind is ActorKind.Organisation or ActorKind.Institution or ActorKind.NationalInstitution or ActorKind.CivilSociety) ?? context.LastBody,
                Quoting = quoting,
                // a quotation someone is reported saying that runs on over sentences without quotation marks is still theirs
                // ("… Marie Struthers said: / “These outrageous sentences … / “The authorities must quash … / “Her partners must stop … .” / Background":
                // a paragraph going on with the quotation opens on its mark again, which opens nothing new; the last one's closing mark ends it)
                InQuote = introduced is not null || quoting is not null && (context.InQuote && StartsQuoted(sentence.Text) ? sentence.Text.TrimStart()[0] : ' ') is var reopened
                    && Math.Clamp((context.InQuote ? 1 : 0) + sentence.Text.Count(c => c == '“') - (reopened == '“' ? 1 : 0) - sentence.Text.Count(c => c == '”'), 0, 1)
                       + sentence.Text.Count(c => c == '"') - (reopened == '"' ? 1 : 0) is var depth && depth % 2 == 1,
                LastJudge = fromSentence.Where(p => Judgements.Contains(p.Draft.Kind)).SelectMany(p => p.Draft.Actors).FirstOrDefault(a => a.Kind is ActorKind.Official or ActorKind.Person) ?? context.LastJudge,
                Critics = fromSentence.LastOrDefault(p => p.Draft.Kind == EventKind.CriticismRaised)?.Draft.Actors ?? context.Critics,
                // ("This week Russia again launched … attacks against Ukraine's energy infrastructure.": the State that did what the sentence tells, its subject)
                LastDoer = found[i].FirstOrDefault(m => m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State) is { } doer && !Governed(sentence.Text, doer)
                    && !PossessiveAt(sentence.Text, doer.End) ? doer.Actor
                    // ("The ODIHR report cited by the EU was prepared without …": the body whose work the sentence opens on)
                    : found[i] is [{ Actor.Kind: ActorKind.Institution or ActorKind.Organisation or ActorKind.CivilSociety or ActorKind.NationalInstitution } worker, ..]
                      && BodysWork().IsMatch(sentence.Text[..worker.Start] + "\u0000" + sentence.Text[worker.End..]) ? worker.Actor
                      // ("These deliberate attacks on civilian infrastructure are a clear violation …. The UK condemns these attacks …": a
                      // sentence that refers back to the deed, naming no one, keeps its doer for the next)
                      : found[i].Count == 0 && RefersBackToDeed(sentence.Text) ? context.LastDoer : null,
                Speaking = fromSentence.Where(p => Judgements.Contains(p.Draft.Kind) && p.Draft.Actors.Count == 1).Select(p => p.Draft.Actors[0])
                    .FirstOrDefault(a => a.Kind is ActorKind.ParticipatingState or ActorKind.State or ActorKind.Organisation) ?? context.Speaking,
                Group = found[i].Where(m => m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State).Select(m => m.Actor).DistinctBy(a => a.Id).ToList() is { Count: >= 3 } group ? group : context.Group,
                Host = fromSentence.Where(p => p.Draft.Kind == EventKind.Visit).SelectMany(p => p.Draft.Counterparts).FirstOrDefault(a => a.Kind is ActorKind.ParticipatingState or ActorKind.State)
                       ?? StateOpenedOn(local, sentence.Text, on) ?? context.Host,
                // (every meeting the sentence reports: "hosted a meeting with the Foreign Minister of Armenia, A, and the Foreign Minister of Azerbaijan, B")
                // ("At the invitation of the Minister … Bakhtiyor Saidov, the Minister … Sirojiddin Muhriddin paid an official visit …": the visitor
                // and the host who invited them, as the two sides of the talks told next)
                // (a host whose State no title names is of the State visited)
                // ("The Republic of Kazakhstan and the Swiss Confederation, hereinafter "the Sides",": the States a declaration names as its sides)
                Sides = defined is not null ? defined
                    : hosted is not null ? [.. hosted.Select(a => Party(a, on, context) ?? (a == hosted[^1] ? visitedState : null) ?? a).DistinctBy(a => a.Id)]
                    // (talks between the two people the sentence before brought together are between the same sides)
                    : fromSentence.Where(p => p.Draft.Kind == EventKind.Meeting).ToList() is { Count: > 0 } meetings
                      && !(context.Sides is not null && context.Met is { } metBefore && meetings.SelectMany(m => m.Draft.Actors.Concat(m.Draft.Counterparts)).Select(a => a.Id).ToHashSet().SetEquals(metBefore.Select(a => a.Id)))
                    // (the Secretary General's side is the OSCE, not the Secretariat or the office: "The sides agreed to intensify cooperation")
                    ? [.. meetings.SelectMany(m => m.Draft.Actors.Concat(m.Draft.Counterparts).Select(a => Party(a, m.Draft.Occurred, context, institutions: true) is { } party
                        ? SecretariatOffice().IsMatch(party.Name) && local.First("OSCE", m.Draft.Occurred) is { } osce ? osce : party
                        : a)).DistinctBy(a => a.Id)]
                    : context.Sides,
                Instrument = context.Instrument || defined is not null,
                Hosted = hosted ?? (fromSentence.Any(p => p.Draft.Kind == EventKind.Meeting) ? null : context.Hosted),
                Met = hosted ?? (fromSentence.Where(p => p.Draft.Kind == EventKind.Meeting).ToList() is { Count: > 0 } met ? [.. met.SelectMany(m => m.Draft.Actors.Concat(m.Draft.Counterparts)).DistinctBy(a => a.Id)] : context.Met),
                LastMakers = fromSentence.LastOrDefault(p => p.Draft.Kind == EventKind.CommitmentMade)?.Draft.Actors ?? context.LastMakers,
                Conflict = context.Conflict ?? ConflictNamed(sentence.Text, local, on),
                LastCommitment = fromSentence.LastOrDefault(p => p.Draft.Kind == EventKind.CommitmentMade)?.Draft.Commitment ?? context.LastCommitment,
                // "… called on Georgia to implement ODIHR's recommendations in full. To date, the Georgian authorities have not done so.": what was asked
                // ("Tajikistan told the UN Human Rights Council that it would review the cases …. It has not done so.": or what was pledged)
                Asked = fromSentence.Any(p => p.Draft.Kind == EventKind.RecommendationMade) && ToImplement().Match(sentence.Text) is { Success: true } asked
                    ? Wording(sentence.Text, asked.Groups["verb"].Index)
                    : fromSentence.LastOrDefault(p => p.Draft.Kind == EventKind.CommitmentMade)?.Draft.Commitment,
                Pair = found[i].Where(m => m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State).ToList() is { Count: >= 2 } named
                       && Enumerable.Range(1, named.Count - 1).Select(k => (First: named[k - 1], Second: named[k]))
                           .FirstOrDefault(p => p.First.Actor.Id != p.Second.Actor.Id && JoinedTo(sentence.Text, p.First, p.Second)) is { First: { } firstOfPair, Second: { } secondOfPair }
                    ? [firstOfPair.Actor, secondOfPair.Actor]
                    : context.Pair,
            };
        }

        // "MINUTES / Third meeting of the Joint Steering Committee / … / Co-chairs: Minister … Abdurahmon Alamshozoda; Ambassador Markus
        // Müller, …": the record of a meeting its two co-chairs held, one with the other, on the record's day
        if (CoChaired(documentId, sentences, local, on) is { } coChaired && !proposals.Any(p => p.Draft.Kind == EventKind.Meeting && Overlap(p.Draft.Source, coChaired.Draft.Source)))
            proposals.Add(coChaired);

        // "date,principal,met,title,place,subject / 2026-11-04,Kelly Keiderling,Oleg Serebrian,…": a log of meetings, a row each
        // (what a row's notes tell besides, "Hajiyev confirmed that the MFA would co-host …", stays)
        if (MeetingsLog(documentId, text, author, local, on) is { Count: > 0 } logged)
        {
            proposals.RemoveAll(p => p.Draft.Kind == EventKind.Meeting && logged.Any(r => Overlap(p.Draft.Source, r.Draft.Source)));
            proposals.AddRange(logged);
        }

        // "| 145.12 | Fully decriminalize defamation … | Norway | Supported | Kazakhstan will submit … |": a State's replies to a review
        if (ReviewReplies(documentId, text, published, author, mainState, local, on) is { Count: > 0 } replies)
        {
            proposals.RemoveAll(p => replies.Any(r => Overlap(p.Draft.Source, r.Draft.Source)));
            proposals.AddRange(replies);
        }

        // "No.\tMeasure\tResponsible\tDeadline / 1\tAmend the Electoral Code …\tCentral Election Commission\t1 June 2027": a plan's measures
        if (ActionPlan(documentId, text, published, decreeing ?? (mainState is { } planner ? [planner] : null), decreedTo) is { Count: > 0 } measures)
        {
            proposals.RemoveAll(p => p.Draft.Kind is EventKind.CommitmentMade && measures.Any(r => Overlap(p.Draft.Source, r.Draft.Source)));
            proposals.AddRange(measures);
        }

        // "This is a list of official visits made by Ignazio Cassis … / Dates | Country | City | Details / 1–2 December 2026 | Armenia |
        // Yerevan | Met Prime Minister Nikol Pashinyan …": a table of one official's visits
        if (VisitsTable(documentId, text, sentences, found, local) is { Count: > 0 } visits)
        {
            proposals.RemoveAll(p => p.Draft.Kind is EventKind.Meeting or EventKind.Visit && visits.Any(r => Overlap(p.Draft.Source, r.Draft.Source)));
            proposals.AddRange(visits);
        }

        // "To | We recommend / The Government of Tajikistan | Release all journalists …": a table of recommendations by whom they are addressed to
        // ("… Pons, who is on a visit to Ukraine. … on Saturday Pons visited Bucha, where he laid flowers …": a place no State is known
        // for, visited by someone the document has on a visit to a State, is part of that visit)
        proposals.RemoveAll(p => p.Draft is { Kind: EventKind.Visit, Counterparts.Count: 0 } unplaced
                                 && proposals.Any(q => q.Draft is { Kind: EventKind.Visit, Counterparts.Count: > 0 } placed && placed.Actors.Select(a => a.Id).SequenceEqual(unplaced.Actors.Select(a => a.Id))));
        if (RecommendationsTable(documentId, text, published, author, local, on) is { Count: > 0 } recommended)
        {
            proposals.RemoveAll(p => p.Draft.Kind is EventKind.RecommendationMade or EventKind.CriticismRaised && recommended.Any(r => Overlap(p.Draft.Source, r.Draft.Source)));
            proposals.AddRange(recommended);
        }

        if (Scorecard(documentId, text, published, author, mainState, local, on) is { Count: > 0 } rows)
        {
            // (a row's words read as a sentence propose nothing of their own: the row says it all; nor does the count the table sums
            // up to, "Overall, two of the four promises have not been kept")
            // ("… | ❌ Not met | …": nor is a verdict's "met" a meeting, nor the rows a header runs into one sentence a visit)
            proposals.RemoveAll(p => p.Draft.Kind is EventKind.CommitmentMade or EventKind.CommitmentAssessed or EventKind.Meeting or EventKind.Visit
                                     && (rows.Any(r => Overlap(p.Draft.Source, r.Draft.Source))
                                         || (p.Draft.Kind is EventKind.CommitmentAssessed && TableCounted().IsMatch(p.Draft.Source.Quote))));
            proposals.AddRange(rows);
        }

        return OwnAcronym(text, author, ObservationRecommended(Courtesies(AddressedBodies(text, CourtsJudged(ChairAddressed(ToAddressee(OurMeeting(documentId, OnBehalf(Cosigned(Jointly(Qualified(Distinct(Elaborated(text, sentences, found, Subheadings(sentences, Headline(sentences, found, proposals))), local), mainState, local, on), sentences, found, author), cosigned, mainState, author), author, voice, behalf), sentences, found, author, published),
            sentences, found), local, on), local), local, on)), local, on), local, on);
    }

    /// <summary>
    /// The actors each sentence names, in order: a he or she read as the person last named of that sex, an office as whoever held
    /// it on the day the sentence tells (<paramref name="dates"/>); and for each sentence the one a him or her in it stands for, if any.
    /// </summary>
    private static (List<IReadOnlyList<Mention>> Found, List<ActorRef?> HimOrHer) Named(IReadOnlyList<Sentence> sentences, Mentions local, PartialDate on,
        List<FoundDate?> dates, Referents referents)
    {
        var found = new List<IReadOnlyList<Mention>>();
        ActorRef? last = null;
        List<ActorRef> lastPeople = [];
        var genders = new Dictionary<string, string>(StringComparer.Ordinal);
        var himOrHer = new List<ActorRef?>();
        // "… met with Director Ingibjörg Sólrún Gísladóttir. She expressed … Mrs. Gísladóttir told …": a courtesy title
        // anywhere in the document says whom a he or she can mean
        var titled = SurnamesByCourtesy(sentences);
        foreach (var sentence in sentences)
        {
            // "… met with Ms Ingibjörg Gísladóttir. She expressed …": a he or she is the first person last named whom a courtesy title does not make the other sex
            var pronoun = Mentions.SubjectPronoun(sentence.Text) is { } p ? (p.Value.StartsWith('S') || p.Value.StartsWith('s') ? "f" : "m") : null;
            // one known to be of the pronoun's sex before one whose sex is unknown
            var meant = pronoun is null ? last
                : lastPeople.FirstOrDefault(a => (genders.GetValueOrDefault(a.Id) ?? Gender(a, titled)) == pronoun)
                  ?? lastPeople.FirstOrDefault(a => (genders.GetValueOrDefault(a.Id) ?? Gender(a, titled)) is null) ?? last;
            var mentioned = local.In(sentence.Text, on, meant);
            // "In 2023 the Supreme Court sentenced …, a verdict the OSCE Representative on Freedom of the Media called …": an office named
            // after the earlier day a sentence opens on is whoever held it then
            if (mentioned.Any(m => m.Rule == "actor:role-title") && dates[found.Count] is { Stated: true } then && then.Date.Latest < on.Earliest
                && (then.Rule == "date:at-the-time" || mentioned.Where(m => m.Rule == "actor:role-title").All(m => m.Start > then.Index)))
                mentioned = local.In(sentence.Text, then.Date, meant);
            mentioned = referents.Resolve(sentence.Text, mentioned);
            // "the Azerbaijani-Armenian normalization process", "Armenian-Azerbaijani talks": a pair of States' adjectives joined by a hyphen
            // before what the two have between them names both
            if (sentence.Text.Contains('-', StringComparison.Ordinal))
                foreach (Match pair in AdjectivePair().Matches(sentence.Text))
                    foreach (var half in new[] { pair.Groups["a"], pair.Groups["b"] })
                        if (Demonyms.State(Names.Fold(half.Value)) is { } pairState && local.First(pairState, on) is { Kind: ActorKind.ParticipatingState or ActorKind.State } paired
                            && !mentioned.Any(m => m.Start < half.Index + half.Length && half.Index < m.End))
                            mentioned = [.. mentioned.Append(new Mention(paired, half.Index, half.Index + half.Length, "actor:adjective-pair")).OrderBy(m => m.Start)];
            // "Albanian-language education", "the Albanian minority": a people or a language named by a State's adjective is not the State
            if (mentioned.Any(m => m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State && PeopleOrLanguage().IsMatch(sentence.Text.AsSpan(m.End))))
                mentioned = [.. mentioned.Where(m => !(m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State && PeopleOrLanguage().IsMatch(sentence.Text.AsSpan(m.End))
                                                      && Demonyms.State(Names.Fold(sentence.Text[m.Start..m.End])) is not null))];
            // ("The President (spoke in French): …": nor is the language one speaks in)
            if (mentioned.Any(m => m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State) && sentence.Text.Contains("in ", StringComparison.Ordinal))
                mentioned = [.. mentioned.Where(m => !(m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State && SpokeIn().IsMatch(Preceding(sentence.Text, m.Start, 24))))];
            // ("In 2010 she met President Gjorge Ivanov …": whom a she stood for is a woman, for a her to come)
            if (pronoun is not null && meant is not null && mentioned.Any(m => m.Rule == "actor:pronoun" && m.Actor.Id == meant.Id)) genders.TryAdd(meant.Id, pronoun);
            // "… Ambassador Ingrid Halvorsen …. In 2010 she met President Gjorge Ivanov …. I pay tribute to her courage": a him or a her in a
            // sentence that names no one before it is the last named of that sex
            // ("Later, Speaker Alen Simonyan hosted her for a working lunch": or names only the one who hosts or receives them, someone else)
            var objectPronoun = HimHer().Match(sentence.Text);
            var namedBefore = objectPronoun.Success
                ? mentioned.Where(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person && m.Start < objectPronoun.Index && m.Rule != "actor:pronoun").Select(m => m.Actor).DistinctBy(a => a.Id).ToList() : [];
            // ("Saidov told the envoy that …": or the one who tells them)
            himOrHer.Add(objectPronoun.Success && (namedBefore.Count == 0 || (namedBefore is [var hostOrTeller] && (HostedHimHer().IsMatch(sentence.Text)
                             || mentioned.Any(m => m.Actor.Id == hostOrTeller.Id && TellsHim().IsMatch(sentence.Text.AsSpan(m.End))))))
                         && (objectPronoun.Value is "her" ? "f" : objectPronoun.Value is "him" ? "m" : null) is var sex
                         // ("He thanked Moldova … and assured him that …": not whom the sentence's he or she stands for, nor the host)
                         && lastPeople.Where(a => (pronoun is null || a.Id != meant?.Id) && namedBefore.All(host => host.Id != a.Id)).ToList() is var objects
                ? objects.FirstOrDefault(a => sex is null || (genders.GetValueOrDefault(a.Id) ?? Gender(a, titled)) == sex)
                  ?? objects.FirstOrDefault(a => (genders.GetValueOrDefault(a.Id) ?? Gender(a, titled)) is null)
                : null);
            found.Add(mentioned);
            foreach (var m in mentioned.Where(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person && m.Rule != "actor:pronoun"))
                if (Sexed().Match(sentence.Text[Math.Max(0, m.Start - 8)..m.Start]) is { Success: true } title) genders.TryAdd(m.Actor.Id, title.Groups["f"].Success ? "f" : "m");
            var people = mentioned.Where(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person).Select(m => m.Actor).DistinctBy(a => a.Id).ToList();
            // ("In his meeting with Speaker Ismoilov on Thursday, President Pons welcomed …. He encouraged …": whom an opening phrase
            // names as met is not the sentence's subject, whom a he to come stands for)
            if (people.Count > 1 && MeetingOpening().Match(sentence.Text) is { Success: true } opening
                && mentioned.Any(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person && m.Start >= opening.Length))
                people = [.. mentioned.Where(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person && m.Start >= opening.Length).Select(m => m.Actor)
                             .Concat(people).DistinctBy(a => a.Id)];
            // ("The President landed in Tbilisi …, where she met Speaker Shalva Papuashvili. She raised …": the she of a clause the subject
            // goes on to is the subject, a woman, for the she to come)
            // (whom the she was read as, or else the person named before it, or with no one named before it, the one last named before the sentence)
            if (people.Count > 0 && sentence.Text.Contains("he ", StringComparison.Ordinal) && WhereSheMet().Match(sentence.Text) is { Success: true } clauseSubject
                && (mentioned.FirstOrDefault(m => m.Rule == "actor:pronoun" && m.Start == clauseSubject.Groups["p"].Index)?.Actor
                    ?? mentioned.FirstOrDefault(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person && m.End < clauseSubject.Index)?.Actor
                    ?? last) is { } subject && (people.Count > 1 || people[0].Id != subject.Id))
            {
                genders.TryAdd(subject.Id, clauseSubject.Groups["p"].Value == "she" ? "f" : "m");
                if (people.All(a => a.Id != subject.Id)) people.Insert(0, subject);
            }
            if (people.Count > 0) lastPeople = people;
            last = people.FirstOrDefault() ?? last;
        }

        return (found, himOrHer);
    }

    /// <summary>
    /// "Tolekan Ismailova: Thanks Aida.", "Thank you.": a sentence that only thanks, no one or someone by their first name, is
    /// courtesy, not praise. "He assured me that the Commission would publish the results …, as we have recommended.": a
    /// recommendation only recalled in passing is none made.
    /// </summary>
    private static List<ProposedEvent> Courtesies(List<ProposedEvent> proposals)
    {
        proposals.RemoveAll(p => (p.Draft.Kind == EventKind.PraiseExpressed && OnlyThanks().IsMatch(p.Draft.Source.Quote))
                                 || (p.Draft.Kind == EventKind.RecommendationMade && AsRecommended().Match(p.Draft.Source.Quote) is { Success: true } recalled
                                     && !Advises().IsMatch(p.Draft.Source.Quote.Remove(recalled.Index, recalled.Length))));
        return proposals;
    }

    /// <summary>", as we have recommended", "as ODIHR has long recommended": a recommendation recalled in a clause of its own.</summary>
    [GeneratedRegex(@",?\s+as\s+(we|I|it|they|ODIHR|the\s+\p{Lu}[\p{L}-]*(\s+\p{Lu}[\p{L}-]*){0,3})\s+(has|have|had)\s+(long\s+|previously\s+|repeatedly\s+|also\s+)?recommended\b")]
    private static partial Regex AsRecommended();

    [GeneratedRegex(@"\b(recommend\w*|urg\w+|call(ed|s|ing)?\s+(on|upon|for)|encourag\w+|should)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Advises();

    /// <summary>
    /// "Yes, our needs assessment mission recommended a full election observation mission": an observation mission recommended
    /// by the body's own needs assessment is the body's recommendation to no one (the State is not told to do anything).
    /// </summary>
    private static List<ProposedEvent> ObservationRecommended(List<ProposedEvent> proposals, Mentions names, PartialDate on) =>
        [.. proposals.Select(p => p.Draft.Kind == EventKind.RecommendationMade && MissionRecommended().IsMatch(p.Draft.Source.Quote)
            ? p with { Draft = p.Draft with {
                Actors = p.Draft.Actors is [{ Kind: ActorKind.Official or ActorKind.Person } head] && OurAssessment().IsMatch(p.Draft.Source.Quote)
                         && names.SpeaksFor(head, p.Draft.Occurred, institutions: true) is { Kind: ActorKind.Institution } body ? [body] : p.Draft.Actors,
                Counterparts = [] } }
            : p)];

    [GeneratedRegex(@"\brecommend(s|ed)?\s+(the\s+deployment\s+of\s+)?(an?\s+)?(full(-scale)?\s+|limited\s+|core\s+team\s+)?(election\s+)?observation\s+mission\b", RegexOptions.IgnoreCase)]
    private static partial Regex MissionRecommended();

    [GeneratedRegex(@"\bour\s+(needs\s+assessment\s+mission|NAM)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OurAssessment();

    [GeneratedRegex(@"^(?:[\p{L}.'’ -]{2,60}:\s+)?(?:Thanks|Thank\s+you|Many\s+thanks)(?:\s+(?:so\s+much|a\s+lot))?(?:,?\s+(?:\p{Lu}\p{Ll}+|all|everyone))?\s*[.!]*\s*$")]
    private static partial Regex OnlyThanks();

    /// <summary>
    /// "Just published: NHC condemns …" in the Norwegian Helsinki Committee's own channel: an acronym of the document's author's
    /// name is the author, though the dictionary gives it to another body (the Netherlands Helsinki Committee), unless the text
    /// names that body in full.
    /// </summary>
    private static List<ProposedEvent> OwnAcronym(string text, ActorRef? author, List<ProposedEvent> proposals, Mentions names, PartialDate on)
    {
        if (author is not { Kind: ActorKind.Organisation or ActorKind.CivilSociety or ActorKind.NationalInstitution } || author.Name.Split(' ') is not { Length: >= 2 } words) return proposals;
        var acronym = string.Concat(words.Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]));
        if (acronym.Length < 2 || !Regex.IsMatch(text, $@"\b{acronym}\b") || names.First(acronym, on) is not { } other || other.Id == author.Id
            || text.Contains(other.Name, StringComparison.Ordinal)) return proposals;
        IReadOnlyList<ActorRef> Owned(IReadOnlyList<ActorRef> actors) => [.. actors.Select(a => a.Id == other.Id ? author : a).DistinctBy(a => a.Id)];
        return [.. proposals.Select(p => p.Draft.Actors.Concat(p.Draft.Counterparts).Any(a => a.Id == other.Id)
            ? p with { Draft = p.Draft with { Actors = Owned(p.Draft.Actors), Counterparts = Owned(p.Draft.Counterparts) } } : p)];
    }

    /// <summary>
    /// "She urges the Swiss Chairpersonship to appoint …", "We commend the Swiss Chairpersonship for raising …": a Chairpersonship
    /// named by its State's adjective and judged or addressed is the office; pledging ("Cassis assured that the Swiss
    /// Chairpersonship would continue …"), it is the State that holds it, as read.
    /// </summary>
    /// <summary>
    /// "urged Parliament to involve civil society", "we urge the Republika Srpska National Assembly to repeal …", "encouraged the municipal
    /// council to adopt …", "praised the municipality for …", "Kasami said the municipality would open …": a State's parliament or a town's
    /// municipality that a call is addressed to, that is praised or blamed, or that will act, is that body, not the State; a parliament
    /// named by no more than its kind is the State's ("Parliament of Montenegro"), a municipality the town's the document last visited or
    /// named ("Municipality of Tetovo")
    /// </summary>
    private static List<ProposedEvent> AddressedBodies(string text, List<ProposedEvent> proposals, Mentions names, PartialDate on)
    {
        if (!text.Contains("Parliament", StringComparison.Ordinal) && !text.Contains("Assembly", StringComparison.Ordinal) && !text.Contains("municipal", StringComparison.Ordinal)) return proposals;
        return [.. proposals.Select(p =>
        {
            var (draft, quote) = (p.Draft, p.Draft.Source.Quote);
            var states = (draft.Kind == EventKind.CommitmentMade ? draft.Actors : draft.Counterparts).Where(a => a.Kind is ActorKind.ParticipatingState or ActorKind.State).ToList();
            var body = draft.Kind switch
            {
                EventKind.RecommendationMade when states is [var state] && UrgedBody().Match(quote) is { Success: true } urged =>
                    urged.Groups["municipal"].Success ? Municipality(draft.Source.Start)
                    : urged.Groups["named"].Success ? Named(Regex.Replace(urged.Groups["body"].Value, @"\s+", " "))
                    : Named($"{Regex.Replace(urged.Groups["head"].Value, @"\s+", " ")} of {state.Name}"),
                EventKind.PraiseExpressed or EventKind.CriticismRaised when states.Count == 1 && JudgedMunicipality().IsMatch(quote) => Municipality(draft.Source.Start),
                EventKind.CommitmentMade when MunicipalityWill().IsMatch(quote) && draft.Actors.Any(a => a.Kind is ActorKind.Official or ActorKind.Person) => Municipality(draft.Source.Start),
                _ => null,
            };
            if (body is null || draft.Actors.Concat(draft.Counterparts).Any(a => a.Id == body.Id)) return p;
            return draft.Kind == EventKind.CommitmentMade
                ? p with { Draft = draft with { Actors = [.. draft.Actors.Where(a => states.All(s => s.Id != a.Id)).Append(body)] } }
                : p with { Draft = draft with { Counterparts = [.. draft.Counterparts.Select(c => c.Id == states[0].Id ? body : c)] } };
        })];

        static ActorRef Named(string name) => new(Actor.IdFor(name), name, ActorKind.Organisation);

        // (the town the text last visited, or named a mayor or a municipality of, before the words: none, no municipality)
        ActorRef? Municipality(int before) =>
            TownNamed().Matches(text[..before]).Select(m => m.Groups["town"].Value).LastOrDefault(t => names.In(t, on, null).Count == 0) is { } town ? Named($"Municipality of {town}") : null;
    }

    /// <summary>A call on a parliament or a municipality: "urged Parliament to", "urge the Republika Srpska National Assembly to", "encouraged the municipal council to", "the Parliament of Georgia should repeal".</summary>
    [GeneratedRegex(@"\b(?:urge[sd]?|urging|call(?:ed|s|ing)?\s+on|encourage[sd]?|encouraging)\s+(?:the\s+)?(?<body>(?<named>(?:(?!(?:OSCE|European|General|Parliamentary|UN|United)\b)\p{Lu}[\p{L}-]+\s+){1,3})?(?<head>National\s+Assembly|Parliament|Assembly)|(?<municipal>municipal(?:ity|\s+council|\s+assembly)))\s+to\b|(?<!(?:European|Parliamentary|the\s+\p{Lu}[\p{L}-]+)\s)\b(?:[Tt]he\s+)?(?<head>National\s+Assembly|Parliament)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)?\s+(?:should|must)\b")]
    private static partial Regex UrgedBody();

    /// <summary>"praised the municipality for", "commended the municipality's …".</summary>
    [GeneratedRegex(@"\b(?:praise[sd]?|commend(?:s|ed)?|welcome[sd]?|thank(?:s|ed)?|critici[sz]e[sd]?)\s+the\s+municipality\b")]
    private static partial Regex JudgedMunicipality();

    [GeneratedRegex(@"\bthe\s+municipality\s+(?:would|will)\b")]
    private static partial Regex MunicipalityWill();

    /// <summary>A town visited, or whose mayor or municipality is named: "visited Tetovo", "Mayor of Shkodër", "the Municipality of Gjilan/Gnjilane".</summary>
    [GeneratedRegex(@"(?:\b[Mm]unicipality\s+of|\b[Mm]ayor\s+of|\bvisit(?:ed|s)?|\btravell?ed\s+to)\s+(?<town>\p{Lu}\p{Ll}+(?:[/-]\p{Lu}\p{Ll}+)?)\b")]
    private static partial Regex TownNamed();

    /// <summary>
    /// "Freedom House condemns the decision of the Baku Court of Appeal …", "… the Baku Court of Appeal's decision … is a travesty of
    /// justice, Human Rights Watch said": a court of a State's capital, judged, is the State (as u526's review has it).
    /// </summary>
    private static List<ProposedEvent> CourtsJudged(List<ProposedEvent> proposals, Mentions names)
    {
        return [.. proposals.Select(p => Judgements.Contains(p.Draft.Kind) && p.Draft.Counterparts.Any(c => StateOfCourt(c, p.Draft.Occurred) is not null)
            ? p with { Draft = p.Draft with { Counterparts = [.. p.Draft.Counterparts.Select(c => StateOfCourt(c, p.Draft.Occurred) ?? c).DistinctBy(c => c.Id)] } } : p)];

        ActorRef? StateOfCourt(ActorRef party, PartialDate when) => party.Kind is not (ActorKind.Official or ActorKind.Person) && CapitalCourt().Match(party.Name) is { Success: true } court
            ? StateOfCapital(names, court.Groups["city"].Value, when) : null;
    }

    private static List<ProposedEvent> ChairAddressed(List<ProposedEvent> proposals, Mentions names, PartialDate on)
    {
        if (proposals.All(p => p.Draft.Source.Quote.IndexOf("hip", StringComparison.Ordinal) < 0) || names.First("OSCE Chairpersonship", on) is not { } office) return proposals;
        return [.. proposals.Select(p => ChairByAdjective().Matches(p.Draft.Source.Quote).Select(m => Demonyms.State(Names.Fold(m.Groups["adjective"].Value))).OfType<string>().ToList() is { Count: > 0 } held
            ? p.Draft.Counterparts.FirstOrDefault(c => held.Contains(c.Name, StringComparer.Ordinal)) is { } state && p.Draft.Actors.All(a => a.Id != state.Id)
                && !p.Draft.Source.Quote.Contains(state.Name, StringComparison.Ordinal)
                ? p with { Draft = p.Draft with { Counterparts = [.. p.Draft.Counterparts.Select(c => c.Id == state.Id ? office : c).DistinctBy(c => c.Id)] } }
                // ("The Swiss Chairpersonship visited Tbilisi in June": and one that visits or meets is the office, as one judged is)
                : p.Draft.Kind is EventKind.Visit or EventKind.Meeting && p.Draft.Actors.FirstOrDefault(a => held.Contains(a.Name, StringComparer.Ordinal)) is { } holder
                  && p.Draft.Counterparts.All(c => c.Id != holder.Id) && !p.Draft.Source.Quote.Contains(holder.Name, StringComparison.Ordinal)
                    ? p with { Draft = p.Draft with { Actors = [.. p.Draft.Actors.Select(a => a.Id == holder.Id ? office : a).DistinctBy(a => a.Id)] } } : p
            : p)];
    }

    /// <summary>
    /// "the Swiss Chairpersonship", "the Swiss OSCE Chairmanship", "the Swiss Chairpersonship of the OSCE"; not a State's term named as
    /// such: "the 2015 Serbian Chairmanship of the OSCE", nor one still to come: "The incoming Cypriot Chairpersonship should publish …"
    /// (the State that will hold it).
    /// </summary>
    [GeneratedRegex(@"(?<!\b(19|20)\d\d\s+|\b[Ii]ncoming\s+)\b(?<adjective>\p{Lu}\p{Ll}+)\s+(OSCE\s+)?Chair(person|man)ships?\b(?!\s+of\b(?!\s+the\s+OSCE\b))")]
    private static partial Regex ChairByAdjective();

    /// <summary>
    /// A scorecard's table of promises: "| Promise | Where and when | Our assessment |" over rows such as "| Repeal the offence … |
    /// Warsaw Human Dimension Conference, October 2023 | Not met: … |". Each row is a promise made by the State the row names, else
    /// the one the document is about, when (and to whom) its when-column says; and the author's assessment of it, of the
    /// publication's day. A table with no column of promises or none of verdicts is not one.
    /// </summary>
    private static List<ProposedEvent> Scorecard(string documentId, string text, PartialDate? published, ActorRef? author, ActorRef? state, Mentions names, PartialDate on)
    {
        var rows = new List<ProposedEvent>();
        if (author is null || text.IndexOf('|') < 0) return rows;
        // ("| Promise | Made by | When | Status |": who made each promise has a column of its own, and "When" is the day's, not "Made by")
        foreach (var (columns, at, inner, cells) in HeadedRows(text, header => Array.FindIndex(header, c => PromiseColumn().IsMatch(c)) is var promiseAt and >= 0
                     && Array.FindIndex(header, c => VerdictColumn().IsMatch(c)) is var verdictAt and >= 0 && verdictAt != promiseAt
                     ? [promiseAt, verdictAt, Array.FindIndex(header, c => WhenColumn().IsMatch(c) && !MakerColumn().IsMatch(c) && !MadeToColumn().IsMatch(c)),
                        Array.FindIndex(header, c => MakerColumn().IsMatch(c)), Array.FindIndex(header, c => MadeToColumn().IsMatch(c))]
                     : null))
        {
            var (promise, verdict, when, maker, madeTo) = (columns[0], columns[1], columns[2], columns[3], columns[4]);
            if (VerdictOf(cells[verdict].Trim()) is not { } status) continue;
            var evidence = new Evidence(documentId, inner, at, inner.Length);
            var promised = cells[promise].Trim();
            var wording = promised.Length > 1 ? char.ToLowerInvariant(promised[0]) + promised[1..] : promised;
            var made = when >= 0 ? Dates.Find(cells[when]).FirstOrDefault() : null;
            // ("Foreign Minister Jeenbek Kulubaev, to the OSCE Representative on Freedom of the Media", "Ministry of Justice, to the OSCE
            // Programme Office in Bishkek": the official and their State, else the State, and to whom, as the maker's column says)
            var makerCell = maker >= 0 ? cells[maker] : "";
            var toAt = ToWhom().Match(makerCell) is { Success: true } toWhom ? toWhom.Index : makerCell.Length;
            var makerNamed = names.In(makerCell, made?.Date ?? on, null);
            var official = makerNamed.FirstOrDefault(m => m.Start < toAt && m.Actor.Kind is ActorKind.Official or ActorKind.Person)?.Actor;
            var by = makerNamed.FirstOrDefault(m => m.Start < toAt && m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State)?.Actor
                     ?? (official is null ? null : names.SpeaksFor(official, made?.Date ?? on) is { Kind: ActorKind.ParticipatingState or ActorKind.State } officialsState ? officialsState : null)
                     ?? names.In(promised, on, null).FirstOrDefault(m => m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State)?.Actor ?? state;
            if (by is null || by.Id == author.Id) continue;
            // ("| Made by | Made to |": "OSCE Secretary General Feridun Sinirlioğlu, in Tashkent": whom a column of their own names, the
            // official before the office they hold)
            var madeToNamed = madeTo >= 0 ? names.In(cells[madeTo], made?.Date ?? on, null).Where(m => m.Actor.Id != official?.Id && m.Actor.Id != by?.Id).ToList() : [];
            if (made is not null)
                rows.Add(new ProposedEvent(new EventDraft(EventKind.CommitmentMade, made.Date, official is null ? [by] : [official, by],
                    madeToNamed.FirstOrDefault(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person) is { } recipient ? [recipient.Actor]
                    : [.. names.In(cells[when], made.Date, null).Concat(makerNamed.Where(m => m.Start >= toAt)).Concat(madeToNamed).Select(m => m.Actor)
                        .Where(a => a.Kind is ActorKind.Institution or ActorKind.Organisation or ActorKind.FieldOperation or ActorKind.Official && a.Id != official?.Id).DistinctBy(a => a.Id)],
                    null, TopicIn(promised), wording, AssessmentStatus.Open, null, evidence), 0.6, $"cue:scorecard-promise; {made.Rule}"));
            rows.Add(new ProposedEvent(new EventDraft(EventKind.CommitmentAssessed, published ?? on, [author], [by], null, TopicIn(promised), wording, status, null, evidence),
                0.6, "cue:scorecard-verdict; date:publication"));
        }

        return rows;
    }

    /// <summary>
    /// A table of one official's visits, whom the text before it names ("a list of official visits made by Ignazio Cassis …"): "Dates |
    /// Country | City | Details" over rows such as "1–2 December 2026 | Armenia | Yerevan | Met Prime Minister Nikol Pashinyan and Foreign
    /// Minister Ararat Mirzoyan". Each row is a visit to the row's State on its days, and a meeting, on those days, with each official its
    /// details say were met; a table with no column of days or none of States is not one.
    /// </summary>
    private static List<ProposedEvent> VisitsTable(string documentId, string text, IReadOnlyList<Sentence> sentences, List<IReadOnlyList<Mention>> found, Mentions names)
    {
        var rows = new List<ProposedEvent>();
        if (text.IndexOf('|') < 0) return rows;
        var listing = Enumerable.Range(0, Math.Min(10, sentences.Count)).FirstOrDefault(k => VisitsBy().IsMatch(sentences[k].Text), -1);
        if (listing < 0 || VisitsBy().Match(sentences[listing].Text) is not { } by
            || found[listing].FirstOrDefault(m => m.Start >= by.Index + by.Length && m.Actor.Kind is ActorKind.Official or ActorKind.Person)?.Actor is not { } visitor) return rows;
        foreach (var (columns, at, inner, cells) in HeadedRows(text, header => Array.FindIndex(header, c => DaysColumn().IsMatch(c)) is var dayAt and >= 0
                     && Array.FindIndex(header, c => CountryColumn().IsMatch(c)) is var countryAt and >= 0
                     ? [dayAt, countryAt, Array.FindIndex(header, c => DetailsColumn().IsMatch(c))] : null))
        {
            var (day, country, details) = (columns[0], columns[1], columns[2]);
            if (Dates.Find(cells[day]).FirstOrDefault() is not { } when
                || names.In(cells[country], when.Date, null).FirstOrDefault(m => m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State)?.Actor is not { } visited
                || names.SpeaksFor(visitor, when.Date)?.Id == visited.Id) continue;
            var evidence = new Evidence(documentId, inner, at, inner.Length);
            rows.Add(new ProposedEvent(new EventDraft(EventKind.Visit, when.Date, [visitor], [visited], null, null, null, null, null, evidence), 0.8, $"cue:visits-table; {when.Rule}"));
            if (details >= 0 && MetInDetails().IsMatch(cells[details]))
                foreach (var met in names.In(cells[details], when.Date, null).Where(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person && m.Actor.Id != visitor.Id).Select(m => m.Actor).DistinctBy(a => a.Id))
                    rows.Add(new ProposedEvent(new EventDraft(EventKind.Meeting, when.Date, [visitor], [met], null, null, null, null, null, evidence), 0.8, $"cue:visits-table; {when.Rule}"));
        }

        return rows;
    }

    /// <summary>
    /// A table of the author's recommendations by whom each is addressed to: "To | We recommend" over rows such as "The Government of
    /// Tajikistan | Release all journalists imprisoned for their work" (an office named as addressee is its holder then); a table with
    /// no column of addressees or none of recommendations is not one.
    /// </summary>
    private static List<ProposedEvent> RecommendationsTable(string documentId, string text, PartialDate? published, ActorRef? author, Mentions names, PartialDate on)
    {
        var rows = new List<ProposedEvent>();
        if (author is null || text.IndexOf('|') < 0) return rows;
        foreach (var (columns, at, inner, cells) in HeadedRows(text, header => Array.FindIndex(header, c => AddresseeColumn().IsMatch(c)) is var toAt and >= 0
                     && Array.FindIndex(header, c => RecommendationColumn().IsMatch(c)) is var whatAt and >= 0 && whatAt != toAt ? [toAt, whatAt] : null))
        {
            var (to, what) = (columns[0], columns[1]);
            if (cells[what].Trim().Length < 4
                || names.In(cells[to], published ?? on, null).FirstOrDefault(m => m.Actor.Id != author.Id)?.Actor is not { } addressee) continue;
            rows.Add(new ProposedEvent(new EventDraft(EventKind.RecommendationMade, published ?? on, [author], [addressee], null, TopicIn(cells[what]), null, null, null,
                new Evidence(documentId, inner, at, inner.Length)), 0.7, "cue:recommendations-table; date:publication"));
        }

        return rows;
    }

    [GeneratedRegex(@"^\W*(to|addressee|addressed\s+to|to\s+whom|recipient|for)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex AddresseeColumn();

    /// <summary>"visits made by ", "official visits of ", "trips by ": whose visits a list is.</summary>
    [GeneratedRegex(@"\b(visits|trips|travels)\s+((made|paid|undertaken)\s+)?(by|of)\s+")]
    private static partial Regex VisitsBy();

    /// <summary>"Met President …", "meetings with …", "talks with …": a visit's details telling whom it met.</summary>
    [GeneratedRegex(@"\b(met|meetings?|talks|received\s+by)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MetInDetails();

    [GeneratedRegex(@"^\W*(dates?|when|days?)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex DaysColumn();

    [GeneratedRegex(@"^\W*(country|countries|state|destination|host\s+country)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex CountryColumn();

    [GeneratedRegex(@"^\W*(details|notes|meetings|remarks|purpose|programme|program)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex DetailsColumn();

    /// <summary>
    /// An action plan's table of measures, its cells set apart by tabs: "No. | Measure | Responsible | Deadline" over rows such as
    /// "1 | Amend the Electoral Code … | Central Election Commission; Ministry of Justice | 1 June 2027". Each measure is what those who
    /// adopt the plan undertake (its signer and their State, else the State the document is about), to the body whose
    /// recommendations it implements, on the day it is published; a table with no column of measures, or none saying who or when, is not one.
    /// </summary>
    private static List<ProposedEvent> ActionPlan(string documentId, string text, PartialDate? published, List<ActorRef>? makers, ActorRef? to)
    {
        var rows = new List<ProposedEvent>();
        if (makers is null || published is null || text.IndexOf('\t') < 0) return rows;
        int measure = -1, deadline = -1, columns = 0;
        var at = 0;
        foreach (var line in text.Split('\n'))
        {
            var lineAt = at;
            at += line.Length + 1;
            var cells = line.TrimEnd('\r').Split('\t');
            if (cells.Length < 3) { measure = -1; continue; }
            if (measure < 0)
            {
                measure = Array.FindIndex(cells, c => MeasureColumn().IsMatch(c));
                deadline = Array.FindIndex(cells, c => DeadlineColumn().IsMatch(c));
                columns = cells.Length;
                if (measure < 0 || (deadline < 0 && !cells.Any(c => ResponsibleColumn().IsMatch(c)))) measure = -1;
                continue;
            }

            if (cells.Length != columns || cells[measure].Trim() is not { Length: > 3 } measured) continue;
            var cellAt = lineAt + cells.Take(measure).Sum(c => c.Length + 1) + cells[measure].IndexOf(measured, StringComparison.Ordinal);
            var wording = char.ToLowerInvariant(measured[0]) + measured[1..] + (deadline >= 0 && cells[deadline].Trim() is { Length: > 0 } due ? $" by {due}" : "");
            rows.Add(new ProposedEvent(new EventDraft(EventKind.CommitmentMade, published, makers, to is null ? [] : [to], null, TopicIn(measured), wording, AssessmentStatus.Open, null,
                new Evidence(documentId, measured, cellAt, measured.Length)), 0.6, "cue:plan-measure; date:publication"));
        }

        return rows;
    }

    [GeneratedRegex(@"^\s*(measures?|actions?|activit(y|ies)|tasks?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex MeasureColumn();

    [GeneratedRegex(@"^\s*(deadline|timeline|time\s*frame|due(\s+date)?|by\s+when)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineColumn();

    [GeneratedRegex(@"^\s*(responsible(\s+(bod(y|ies)|institutions?|agenc(y|ies)))?|lead(\s+agency)?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ResponsibleColumn();

    /// <summary>
    /// The rows of each table with cells between bars (<see cref="PipeRows"/>) under the header row that <paramref name="header"/> reads
    /// as one of its kind, giving that header's columns (the indices it returns) with each row of as many cells; a line with one cell
    /// or none ends a table, a blank line between its rows (a page's table, read so) does not.
    /// </summary>
    private static IEnumerable<(int[] Columns, int At, string Inner, string[] Cells)> HeadedRows(string text, Func<string[], int[]?> header)
    {
        int[]? columns = null;
        var width = 0;
        foreach (var (at, inner, cells) in PipeRows(text))
        {
            if (inner.Length == 0) continue;
            if (cells.Length < 2) columns = null;
            else if (columns is null) (columns, width) = (header(cells), cells.Length);
            else if (cells.Length == width) yield return (columns, at, inner, cells);
        }
    }

    /// <summary>
    /// The lines of a text as rows of a table with cells between bars ("| A | B |", or "A | B" as a Markdown table reads without
    /// its outer bars): where the row's text starts, that text (trimmed) and its cells; a line with no bar has no cells (a table's end).
    /// </summary>
    private static IEnumerable<(int At, string Inner, string[] Cells)> PipeRows(string text)
    {
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start) is var newline and >= 0 ? newline : text.Length;
            var line = text.AsSpan(start, end - start);
            var lineStart = start;
            start = end + 1;
            var first = line.IndexOf('|');
            var last = line.LastIndexOf('|');
            var inner = first < 0 ? "" : first == last || line[..first].Trim().Length > 0 || line[(last + 1)..].Trim().Length > 0 ? line.Trim().ToString() : line[(first + 1)..last].Trim().ToString();
            yield return (lineStart + line.IndexOf(inner.AsSpan()), inner, inner.Length == 0 ? [] : inner.Split('|'));
        }
    }

    /// <summary>
    /// A State's replies to the recommendations of a review, in a table: "| No. | Recommendation | Recommending State | Position |
    /// Comments |" over rows such as "| 145.12 | Fully decriminalize defamation … | Norway | Supported | Kazakhstan will submit
    /// amendments … |". Each row is a recommendation the recommending State made to the State under review (the one the document
    /// is about), on the day of the review the text before the table dates, else the document's; and, where the State supports it
    /// and its comment says what it will do ("Kazakhstan will …", "The Government will …"), a pledge of that, of the document's day.
    /// </summary>
    private static List<ProposedEvent> ReviewReplies(string documentId, string text, PartialDate? published, ActorRef? author, ActorRef? state, Mentions names, PartialDate on)
    {
        var rows = new List<ProposedEvent>();
        if (state is null || text.IndexOf('|') < 0) return rows;
        int recommendation = -1, by = -1, position = -1, comment = -1, columns = 0;
        PartialDate reviewed = published ?? on;
        foreach (var (at, inner, cells) in PipeRows(text))
        {
            if (cells.Length < 2) { recommendation = -1; continue; }
            if (recommendation < 0)
            {
                (recommendation, by) = (Array.FindIndex(cells, c => RecommendationColumn().IsMatch(c)), Array.FindIndex(cells, c => RecommenderColumn().IsMatch(c)));
                (position, comment, columns) = (Array.FindIndex(cells, c => PositionColumn().IsMatch(c)), Array.FindIndex(cells, c => CommentColumn().IsMatch(c)), cells.Length);
                if (by < 0) recommendation = -1;
                // ("… received during its fifth review by the Working Group … on 12 May 2026": the day of the review, told above the table)
                if (recommendation >= 0)
                    reviewed = ReviewDated().Matches(text[..at]).Select(m => Dates.Find(m.Value, on).FirstOrDefault()).LastOrDefault(d => d is { Date.Precision: DatePrecision.Day })?.Date ?? published ?? on;
                continue;
            }

            if (cells.Length != columns || cells[recommendation].Trim() is not { Length: > 12 } recommended || !char.IsLetter(recommended[0])) continue;
            var makers = names.In(cells[by], reviewed, null).Select(m => m.Actor).Where(a => a.Kind is ActorKind.ParticipatingState or ActorKind.State && a.Id != state.Id).DistinctBy(a => a.Id).ToList();
            var cellAt = at + inner.IndexOf(recommended, StringComparison.Ordinal);
            foreach (var maker in makers)
                rows.Add(new ProposedEvent(new EventDraft(EventKind.RecommendationMade, reviewed, [maker], [state], null, TopicIn(recommended), null, null, null,
                    new Evidence(documentId, recommended, cellAt, recommended.Length)), 0.6, "cue:review-recommendation; date:review"));
            if (comment < 0 || position >= 0 && !SupportedPosition().IsMatch(cells[position]) || cells[comment].Trim() is not { Length: > 0 } replied
                || ReplyPledge().Match(replied) is not { Success: true } pledge
                || (pledge.Groups["own"].Success ? state : names.First(pledge.Groups["subject"].Value, on)) is not { } pledger || pledger.Id != state.Id) continue;
            var sentence = replied.TrimEnd('.', ' ');
            var done = sentence[(pledge.Index + pledge.Length)..];
            var to = names.In(replied, on, null).Select(m => m.Actor).Where(a => a.Kind is ActorKind.Institution or ActorKind.Organisation).DistinctBy(a => a.Id).ToList();
            rows.Add(new ProposedEvent(new EventDraft(EventKind.CommitmentMade, published ?? on, [state], to.Count > 0 ? to : author is null ? [] : [author], null, TopicIn(done), done,
                AssessmentStatus.Open, null, new Evidence(documentId, sentence, at + inner.IndexOf(sentence, StringComparison.Ordinal), sentence.Length)), 0.6, "cue:review-reply; date:publication"));
        }

        return rows;
    }

    /// <summary>"Recommendation", "Recommendations received", "We recommend": a table's column of recommendations.</summary>
    [GeneratedRegex(@"^\W*((we|our)\s+)?recommend(ation)?s?(\s+(received|made))?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex RecommendationColumn();

    [GeneratedRegex(@"^\W*(recommending\s+(States?|country|countries|delegations?)|recommended\s+by|source(\s+of\s+recommendation)?|States?)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex RecommenderColumn();

    [GeneratedRegex(@"\b(position|response|accepted|supported)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PositionColumn();

    [GeneratedRegex(@"\b(comments?|remarks|explanation|replies|reply)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CommentColumn();

    /// <summary>A reviewed State's position that takes a recommendation up: "Supported", "Accepted", "Supported (already implemented)".</summary>
    [GeneratedRegex(@"^\W*(supported|accepted|agreed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SupportedPosition();

    /// <summary>A reply opening on what its State will do: "Kazakhstan will ", "The Government will ", "It will ".</summary>
    [GeneratedRegex(@"^\W*((?<own>(The\s+)?(Government|State|authorities|It))|(?<subject>\p{Lu}[\p{L}-]+(\s+\p{Lu}[\p{L}-]+){0,2}))\s+will\s+(?!not\b)")]
    private static partial Regex ReplyPledge();

    /// <summary>A review and the day it was held on, in the sentence that tells it: "during its fifth review … on 12 May 2026".</summary>
    [GeneratedRegex(@"\breview\b[^.|]{0,160}?\b\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReviewDated();

    /// <summary>
    /// A log of meetings, as a spreadsheet exports it (comma-, semicolon- or tab-separated, quoted cells allowed) or as a table reads
    /// ("cell | cell"): a header naming a column of days ("date") and one of whom was met ("met", "counterpart", "met with"), and
    /// perhaps who met them ("principal", "official"), where ("place") and their title. Each row is a meeting of that day, one for
    /// each person its met-column names ("A; B"), of the one its principal-column names, else of whoever heads the body that
    /// keeps the log, else the body.
    /// </summary>
    private static List<ProposedEvent> MeetingsLog(string documentId, string text, ActorRef? author, Mentions names, PartialDate on)
    {
        var rows = new List<ProposedEvent>();
        int day = -1, met = -1, by = -1, place = -1, columns = 0;
        ActorRef? introduced = null;
        char? separator = null;
        // ("Date         Place        Met      …": a table in fixed-width columns, each starting where its heading does)
        List<int> starts = [];
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start) is var newline and >= 0 ? newline : text.Length;
            var line = text[start..end].TrimEnd('\r');
            var lineStart = start;
            start = end + 1;
            if (line.Trim().Length == 0) continue;
            if (separator is null)
            {
                // (most lines name no column of days; the heading's word is looked for first, as the pattern opens on any character)
                if (!DayWord().IsMatch(line) || !DayColumnWord().IsMatch(line)) continue;
                foreach (var candidate in new[] { '|', '\t', ';', ',', ' ' })
                {
                    if (candidate == ' ') starts = [.. FixedColumn().Matches(line).Select(m => m.Index)];
                    var header = candidate == ' ' ? Columns(line, starts) : Cells(line, candidate);
                    if (header.Count < 3) continue;
                    (day, met, by, place) = (header.FindIndex(c => DayColumn().IsMatch(c)), header.FindIndex(c => MetColumn().IsMatch(c)),
                        header.FindIndex(c => ByColumn().IsMatch(c)), header.FindIndex(c => PlaceColumn().IsMatch(c)));
                    if (day < 0 || met < 0 || met == day) continue;
                    (separator, columns) = (candidate, header.Count);
                    // ("This annex lists the meetings held by the Personal Representative, Ambassador Heidi Grau, …": whom the lines above
                    // name alone; named, not by an office alone: "… of the OSCE Chairperson-in-Office" in the annex's title is not whose meetings they are)
                    introduced = names.In(text[Math.Max(0, lineStart - 600)..lineStart], on, null)
                        .Where(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person && m.Rule is not ("actor:role-title" or "actor:document-title"))
                        .Select(m => m.Actor).DistinctBy(a => a.Id).ToList() is [var one] ? one : null;
                    break;
                }

                continue;
            }

            var cells = separator == ' ' ? Columns(line, starts) : Cells(line, separator.Value);
            if (cells.Count != columns) continue;
            if (Dates.Find(cells[day], on).FirstOrDefault() is not { } when) continue;
            var principal = by >= 0 ? PersonIn(cells[by], names, when.Date) : null;
            principal ??= introduced;
            principal ??= author is null ? null : HeadOf(author, names, when.Date) ?? author;
            if (principal is null) continue;
            var quoted = line.Trim();
            var evidence = new Evidence(documentId, quoted, lineStart + line.IndexOf(quoted, StringComparison.Ordinal), quoted.Length);
            foreach (var part in MetSeparator().Split(cells[met]).Select(c => c.Trim()).Where(c => c.Length > 0))
                if (PersonIn(part, names, when.Date) is { } person && person.Id != principal.Id)
                    rows.Add(new ProposedEvent(new EventDraft(EventKind.Meeting, when.Date, [principal], [person], place >= 0 && cells[place].Trim() is { Length: > 0 } where ? where : null,
                        null, null, null, null, evidence), 0.7, $"cue:meetings-log; {when.Rule}"));
        }

        return rows;

        // (a row's cells, the separator inside a quoted cell kept: "Chisinau,\"Elections follow-up, ODIHR recommendations\"")
        // (a fixed-width row's cells: from each column's start to the next's; a row too short for them all has fewer)
        static List<string> Columns(string line, List<int> starts)
        {
            if (starts.Count < 3) return [];
            var cells = new List<string>();
            for (var k = 0; k < starts.Count && starts[k] < line.Length; k++)
            {
                // (a cell must begin where its column does: a space before it, or the line's start)
                if (starts[k] > 0 && line[starts[k] - 1] != ' ') return [];
                cells.Add(line[starts[k]..(k + 1 < starts.Count ? Math.Min(starts[k + 1], line.Length) : line.Length)].Trim());
            }

            return cells;
        }

        static List<string> Cells(string line, char separator)
        {
            if (separator == '|')
            {
                var inner = line.Trim();
                if (!inner.Contains('|', StringComparison.Ordinal)) return [];
                return [.. inner.Trim('|').Split('|').Select(c => c.Trim())];
            }

            var cells = new List<string>();
            var cell = new System.Text.StringBuilder();
            var quoted = false;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = !quoted;
                else if (c == separator && !quoted) { cells.Add(cell.ToString().Trim()); cell.Clear(); }
                else cell.Append(c);
            }

            cells.Add(cell.ToString().Trim());
            return cells;
        }
    }

    /// <summary>The person a log's cell names: one the dictionary or the document knows, else a name of two to four capitalised words.</summary>
    /// <summary>
    /// The meeting a record's header tells: its two co-chairs, the first named meeting the second, on the record's day; the evidence
    /// is the line naming the meeting ("Third meeting of the Joint Steering Committee"), else the co-chairs' line.
    /// </summary>
    private static ProposedEvent? CoChaired(string documentId, IReadOnlyList<Sentence> sentences, Mentions names, PartialDate on)
    {
        var head = sentences.Take(15).ToList();
        if (head.FirstOrDefault(x => x.OpensLine && CoChairsLine().IsMatch(x.Text)) is not { } chairs) return null;
        var who = CoChairsLine().Match(chairs.Text).Groups["who"];
        if (names.In(who.Value, on, null).Where(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person).Select(m => m.Actor).DistinctBy(a => a.Id).ToList() is not [var first, var second])
            return null;
        var at = head.FirstOrDefault(x => x.OpensLine && x != chairs && MeetingTitle().IsMatch(x.Text)) ?? chairs;
        // (its line only: a heading runs on into the lines under it when none ends on a stop)
        var quote = at.Text.Trim().Split('\n')[0].Trim();
        var evidence = new Evidence(documentId, quote, at.Start + at.Text.IndexOf(quote, StringComparison.Ordinal), quote.Length);
        return new ProposedEvent(new EventDraft(EventKind.Meeting, on, [first], [second], null, null, null, null, null, evidence), 0.6, "cue:co-chaired; date:publication");
    }

    private static bool Overlap(Evidence a, Evidence b) => a.Start < b.Start + b.Length && b.Start < a.Start + a.Length;

    /// <summary>"Co-chairs: Minister … Abdurahmon Alamshozoda; Ambassador Markus Müller, Head of …": whom a record lists as its co-chairs.</summary>
    [GeneratedRegex(@"^\W*Co-?[Cc]hairs?\s*:\s*(?<who>\S.*)$")]
    private static partial Regex CoChairsLine();

    /// <summary>"Third meeting of the Joint Steering Committee", "12th session of the Joint Commission": a record's line naming its meeting.</summary>
    [GeneratedRegex(@"^\W*(((first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(st|nd|rd|th))|annual|regular|extraordinary|joint|inaugural)\s+)*(meeting|session|sitting)\s+of\s+the\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingTitle();

    /// <summary>Where a fixed-width header's headings start: a word at the line's start or after two spaces or more.</summary>
    [GeneratedRegex(@"(?<=^|\s{2})\S")]
    private static partial Regex FixedColumn();

    private static ActorRef? PersonIn(string cell, Mentions names, PartialDate on)
    {
        var known = names.In(cell, on, null).FirstOrDefault(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person);
        if (known is not null) return known.Actor;
        var name = cell.Trim().Trim('"');
        return CellName().IsMatch(name) ? new ActorRef(Actor.IdFor(name), name, ActorKind.Official) : null;
    }

    [GeneratedRegex(@"^\W*(date|day|when)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayColumn();

    [GeneratedRegex(@"(^|[|,;\t]|\S\s{2})\W*(date|day|when)(\W*([|,;\t]|$)|\s{2,}\S)", RegexOptions.IgnoreCase)]
    private static partial Regex DayColumnWord();

    [GeneratedRegex(@"date|day|when", RegexOptions.IgnoreCase)]
    private static partial Regex DayWord();

    [GeneratedRegex(@"^\W*(met|met\s+with|meeting\s+with|counterparts?|interlocutors?|with\s+whom|with|guests?|visitors?)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex MetColumn();

    // ("Date;Minister;Counterpart;…" in a ministry's export: the minister)
    // ("Date | Met | Held by | Where | Notes" in a head of centre's log: the one who held them)
    [GeneratedRegex(@"^\W*(principal|who|official|by|(held|met|led|attended|hosted)\s+by|host|participant|head\s+of\s+mission|minister|president|ambassador|secretary\s+general|chair(person)?)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex ByColumn();

    [GeneratedRegex(@"^\W*(place|location|city|venue|where)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceColumn();

    /// <summary>Between the people one cell names: "A; B", "A and B", "A & B", "A / B".</summary>
    [GeneratedRegex(@"\s*(;|\s&\s|\sand\s|\s/\s)\s*")]
    private static partial Regex MetSeparator();

    /// <summary>A person's name alone in a cell: "Oleg Serebrian", "Mihai Popșoi", "Kassym-Jomart Tokayev".</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L}'’-]+(\s+(\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,3}$")]
    private static partial Regex CellName();

    /// <summary>A scorecard's verdict: "Not met: …", "Partly met", "Met", "Kept", "No progress".</summary>
    private static AssessmentStatus? VerdictOf(string verdict) =>
        UnmetVerdict().IsMatch(verdict) ? AssessmentStatus.Unmet
        : PartlyMetVerdict().IsMatch(verdict) ? AssessmentStatus.PartiallyMet
        : MetVerdict().IsMatch(verdict) ? AssessmentStatus.Met : null;

    [GeneratedRegex(@"\bof\s+(the|its|these|those|our)\s+(\w+\s+)?(promises|commitments|pledges|undertakings)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TableCounted();

    [GeneratedRegex(@"^\W*(promise|pledge|commitment|undertaking)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex PromiseColumn();

    [GeneratedRegex(@"\b(assessment|status|verdict|progress|rating|score|implementation|implemented|kept)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VerdictColumn();

    [GeneratedRegex(@"\b(when|date|made|year)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhenColumn();

    /// <summary>"Made by", "Who", "Promised by": a scorecard's column of who made each promise.</summary>
    [GeneratedRegex(@"^\W*((made|promised|pledged|given)\s+by|by\s+whom|who)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex MakerColumn();

    /// <summary>A scorecard's column of whom each promise was made to: "Made to", "To whom", "Given to", "Addressee".</summary>
    [GeneratedRegex(@"^\W*((made|promised|pledged|given)\s+to|to\s+whom|addressee|recipient)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex MadeToColumn();

    /// <summary>", to the OSCE …", "in a letter to the ODIHR Director": whom a promise was made to.</summary>
    [GeneratedRegex(@"(,\s*|\b(in\s+a\s+(letter|speech|statement|meeting)\s+))to\s+(?=(the\s+)?\p{Lu})")]
    private static partial Regex ToWhom();

    [GeneratedRegex(@"^\W*(not\s+(met|kept|implemented|fulfilled|delivered|done|started)|unmet|broken|unfulfilled|no\s+progress|failed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnmetVerdict();

    [GeneratedRegex(@"^\W*(partly|partially|in\s+progress|some\s+progress|under\s+way|ongoing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartlyMetVerdict();

    [GeneratedRegex(@"^\W*(met|kept|implemented|fulfilled|done|delivered|achieved|completed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MetVerdict();

    /// <summary>
    /// Who answers in each sentence of an interview printed as "LSM: …" / "Kamp: …" paragraphs: the person a paragraph's label
    /// names, for every sentence of that paragraph (null for the interviewer's), and the first labelled sentence; null when the
    /// document is not one (fewer than three labelled paragraphs, or one label only, or no label naming a person).
    /// </summary>
    private static (int From, ActorRef?[] By, bool Asked)? Answers(IReadOnlyList<Sentence> sentences, Mentions names, PartialDate on, IReadOnlyList<ActorRef>? voice)
    {
        // ("Kaja Kallas, High Representative …. – Madam President, …": a parliament's verbatim report names each speaker, with their
        // office, before a dash)
        // (the names given with a seat or an office, read only when some line may be a speaker's)
        HashSet<string>? titledSpeakers = null;
        bool Titled(string name) => (titledSpeakers ??= TitledSpeakers(sentences)).Contains(name);
        var labelled = Enumerable.Range(0, sentences.Count).Where(i => sentences[i].OpensLine)
            // ("Mr. Waltz (United States of America): We commend …": a UN verbatim record's speaker, by courtesy title and surname)
            .Select(i => (At: i, Label: Sentences.LabelOf(sentences[i].Text)))
            .Select(x => (x.At, x.Label, Verbatim: x.Label.Success && CourtesyLabel().IsMatch(x.Label.Groups["label"].Value)))
            .Select(x => !x.Label.Success && SpeakerBeforeDash().Match(sentences[x.At].Text) is { Success: true } dash
                         && (dash.Groups["dash"].Success || (x.At + 1 < sentences.Count && sentences[x.At + 1].Text.TrimStart() is ['–' or '—', ..])) ? (x.At, Label: dash, Verbatim: true) : x)
            // ("1. Sarah Champion (Rotherham) (Lab)", "The Minister of State, … (Stephen Doughty)", "Stephen Doughty": a parliament's record
            // names each speaker on a line of their own over what they say)
            // (a name alone on its line, when the record has given it with a seat or an office, or the document names that person)
            .Select(x => !x.Label.Success && HansardSpeaker().Match(sentences[x.At].Text.TrimStart().Split('\n')[0]) is { Success: true } speakerLine
                         && (Titled(speakerLine.Groups["label"].Value) || names.In(speakerLine.Groups["label"].Value, on, null) is [{ Actor.Kind: ActorKind.Official or ActorKind.Person }])
                ? (x.At, Label: speakerLine, Verbatim: Titled(speakerLine.Groups["label"].Value)) : x)
            // ("    Chairman WICKER. The Commission will come to order. …", "    Ms. TELALIAN. Thank you, …": a congressional transcript's
            // speaker, by title and surname in capitals, opening their turn)
            .Select(x => !x.Label.Success && CapitalsLabel().Match(sentences[x.At].Text) is { Success: true } capitals ? (x.At, Label: capitals, Verbatim: true) : x)
            // ("Minister for Foreign Affairs and Trade (Deputy Helen McEntee): I met …": a parliament's record naming its speaker in
            // brackets after their office, before what they say, is verbatim)
            .Select(x => x.Label.Groups["office"].Success ? (x.At, x.Label, Verbatim: true) : x)
            .Where(x => x.Label.Success).ToList();
        // (one label of an office and a name is enough: it cannot be a sentence's opening; and two people's full names, each over
        // what they wrote, as a digest's two messages)
        var distinct = labelled.Select(x => x.Label.Groups["label"].Value).Distinct(StringComparer.Ordinal).ToList();
        if ((labelled.Count < 3 || distinct.Count < 2) && !labelled.Any(x => x.Label.Groups["office"].Success)
            && !(labelled.Count == 2 && distinct.Count == 2 && distinct.All(NewNames.PersonName))) return DashedTurns(sentences, names, on, voice);
        var answers = new ActorRef?[sentences.Count];
        List<ActorRef>? people = null;
        HashSet<string>? chatting = null;
        ActorRef? answering = null;
        var anyone = false;
        // "Q: How would you …? A: Very good. …": a magazine's answers are those of the person its introduction names
        // ("Briefing by the Official Representative of the Ministry of Foreign Affairs Aibek Smadiyarov", over a paragraph naming the
        // minister: the one whose briefing it is, the document's voice, before anyone else named)
        var asked = labelled.All(x => x.Label.Groups["label"].Value is "Q" or "A" or "Question" or "Answer");
        var interviewee = asked
            ? voice?.FirstOrDefault(v => v.Kind is ActorKind.Official or ActorKind.Person)
              ?? Enumerable.Range(0, labelled[0].At).SelectMany(k => names.In(sentences[k].Text, on, null)).FirstOrDefault(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person)?.Actor
            : null;
        for (var i = 0; i < sentences.Count; i++)
        {
            if (sentences[i].OpensLine)
                // (the label itself, a topic before a colon to the sentence's mentions, is read on its own)
                answering = labelled.FirstOrDefault(x => x.At == i) is { Label: { } label } labelledHere
                    ? label.Groups["label"].Value is "A" or "Answer" ? interviewee
                    : names.In(label.Groups["label"].Value, on, null) is var named && named.FirstOrDefault(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person) is { } person ? person.Actor
                    // ("IC: Yes. I met Foreign Minister Lavrov …" in an interview with Ignazio Cassis: the initials of someone it names)
                    : InitialsLabel().IsMatch(label.Groups["label"].Value) && (people ??= [.. sentences.SelectMany(x => names.In(x.Text, on, null))
                          .Where(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person).Select(m => m.Actor).DistinctBy(a => a.Id)])
                          .Where(a => string.Concat(a.Name.Split(' ', '-').Where(w => w.Length > 0).Select(w => w[0])) == label.Groups["label"].Value).ToList() is [var initialled]
                    ? initialled
                    // (a verbatim report's speaker the document names nowhere else is the person its label names)
                    // (a surname in capitals, as a congressional transcript prints it, named as written elsewhere: "SHAHEEN", Shaheen)
                    : labelledHere.Verbatim && named.Count == 0 && CourtesyLabel().Replace(label.Groups["label"].Value, "") is var labelName
                        && (labelName.Any(char.IsLower) ? labelName : FromCapitals(labelName)) is var speakerName
                        ? new ActorRef(Actor.IdFor(speakerName), speakerName, ActorKind.Person)
                    // ("Adilet Toktogulov: Update from Bishkek: today I met …" in a chat's export: a person's full name labelling words in
                    // the first person is who speaks them, though the document names them nowhere else)
                    // (and in all their messages, once one of them is in the first person, in any of its sentences)
                    : named.Count == 0 && (chatting ??= [.. labelled.Where(x => NewNames.PersonName(x.Label.Groups["label"].Value)
                                && Enumerable.Range(x.At, sentences.Count - x.At).TakeWhile(k => k == x.At || !sentences[k].OpensLine).Any(k => SpeakerOwnWords().IsMatch(sentences[k].Text)))
                            .Select(x => x.Label.Groups["label"].Value)]).Contains(label.Groups["label"].Value)
                        ? new ActorRef(Actor.IdFor(label.Groups["label"].Value), label.Groups["label"].Value, ActorKind.Person) : null
                    // ("Mihai Popșoi: Good afternoon. … ¶ I have to say it plainly: …": a paragraph with no label, in the first person, goes on
                    // with the answer before it; not a heading, nor a spokesperson's account of someone else's day: "MS BRUCE: Good afternoon. …
                    // ¶ Secretary Rubio spoke today with …")
                    : answering is not null && !Heading(sentences[i].Text) && SpeakerOwnWords().IsMatch(sentences[i].Text) ? answering : null;
            answers[i] = answering;
            anyone |= answering is not null;
        }

        return anyone ? (labelled[0].At, answers, asked) : null;
    }

    [GeneratedRegex(@"\b(I|I['’](m|ve|d)|[Ww]e|[Ww]e['’](re|ve)|[Mm]y|[Oo]ur|us)\b")]
    private static partial Regex SpeakerOwnWords();

    /// <summary>
    /// Who answers in each sentence of an interview printed as turns that each open on a dash, as 24.kg and Kazinform print them:
    /// "– How do you assess the conduct of the election? ¶ – The election was technically well administered, …". A turn whose
    /// paragraph ends on a question is the interviewer's (null); the others, and a paragraph in the first person after one, are
    /// the answers of the person the document's voice or its introduction names. Null when the document is not one (fewer than
    /// two questions and two answers, or no one named to answer).
    /// </summary>
    private static (int From, ActorRef?[] By, bool Asked)? DashedTurns(IReadOnlyList<Sentence> sentences, Mentions names, PartialDate on, IReadOnlyList<ActorRef>? voice)
    {
        var turns = Enumerable.Range(0, sentences.Count).Where(i => sentences[i].OpensLine && TurnDash().IsMatch(sentences[i].Text)).ToHashSet();
        if (turns.Count < 4) return null;
        // (the paragraph a turn opens ends where the next line opens)
        bool Question(int turn) => Enumerable.Range(turn, sentences.Count - turn).TakeWhile(k => k == turn || !sentences[k].OpensLine).Last() is var last
                                   && sentences[last].Text.TrimEnd().TrimEnd('"', '”', '»').EndsWith('?');
        var questions = turns.Where(Question).ToHashSet();
        var first = turns.Min();
        if (questions.Count < 2 || turns.Count - questions.Count < 2 || !questions.Contains(first)) return null;
        var interviewee = voice?.FirstOrDefault(v => v.Kind is ActorKind.Official or ActorKind.Person)
                          ?? Enumerable.Range(0, first).SelectMany(k => names.In(sentences[k].Text, on, null)).FirstOrDefault(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person)?.Actor;
        if (interviewee is null) return null;
        var answers = new ActorRef?[sentences.Count];
        ActorRef? answering = null;
        for (var i = first; i < sentences.Count; i++)
        {
            if (sentences[i].OpensLine)
                answering = turns.Contains(i) ? questions.Contains(i) ? null : interviewee
                    : answering is not null && !Heading(sentences[i].Text) && SpeakerOwnWords().IsMatch(sentences[i].Text) ? answering : null;
            answers[i] = answering;
        }
        return (first, answers, true);
    }

    /// <summary>A turn of an interview opening on a dash: "– How do you …", "— We are ready …".</summary>
    [GeneratedRegex(@"^\s*[–—]\s*\p{L}")]
    private static partial Regex TurnDash();

    /// <summary>A congressional transcript's speaker opening their turn: "Chairman WICKER.", "Ms. TELALIAN.", "Mr. WILSON of South Carolina."; the group <c>label</c> is the surname.</summary>
    [GeneratedRegex(@"^\s*(?:The\s+)?(?:Co-?Chair(?:man|woman)?|Chair(?:man|woman)?|Senator|Representative|Ambassador|Secretary|Director|Mr\.|Ms\.|Mrs\.|Dr\.)\s+(?<label>\p{Lu}{2,}(?:[-’']\p{Lu}{2,})?)(?:\s+of\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)?\.(?:\s|$)")]
    private static partial Regex CapitalsLabel();

    /// <summary>A sentence whose subject is someone left unnamed among many: "One participant …", "Several participants …", "Some delegations …".</summary>
    /// <remarks>Not "Participants noted …" in a chair's conclusions: all of them, which the conclusions speak for.</remarks>
    [GeneratedRegex(@"^\W*(One|A|Another|Several|Some|Many|Other|Two|Three|Four|Five|\d+)\s+(of\s+the\s+)?(participants?|speakers?|delegations?|attendees|panell?ists?|interlocutors)\b")]
    private static partial Regex Unattributed();

    /// <summary>A sentence that is a quotation alone whose words the text gave before it.</summary>
    private static bool PullQuote(string text, Sentence sentence)
    {
        var alone = sentence.Text.Trim();
        if (alone.Length < 24 || alone[0] is not ('"' or '“' or '«') || alone.TrimEnd('.')[^1] is not ('"' or '”' or '»')) return false;
        var words = alone.Trim('"', '“', '”', '«', '»', '.', ' ').TrimEnd(',', '.');
        return words.Length >= 20 && text.AsSpan(0, sentence.Start).Contains(words, StringComparison.Ordinal);
    }

    /// <summary>What a language is named after: "spoke in ", "(interpretation from ".</summary>
    [GeneratedRegex(@"\b(spoke|speaking|interpretation|interpreted|translated|translation)\s+(in|from)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex SpokeIn();

    /// <summary>A courtesy title opening a speaker's label: "Mr. ", "Ms. ".</summary>
    [GeneratedRegex(@"^(Mr|Ms|Mrs|Dr)\.\s+")]
    private static partial Regex CourtesyLabel();

    /// <summary>A speaker's initials as an interview labels their answers: "IC", "MT".</summary>
    [GeneratedRegex(@"^\p{Lu}{2,3}$")]
    private static partial Regex InitialsLabel();

    [GeneratedRegex(@"(^|[\s,])and\s+(also\s+)?$")]
    private static partial Regex JoinedPledge();

    [GeneratedRegex(@"\b(met|meets|received|receives|held\s+talks\s+with)\b")]
    private static partial Regex MetVerb();

    [GeneratedRegex(@"^(?<label>\p{Lu}[\p{L}'’-]+(\s+\p{Lu}[\p{L}'’-]+){1,3})(,\s+[^.–—]{3,200})?\.((?<dash>\s+[–—]\s)|\s*$)")]
    private static partial Regex SpeakerBeforeDash();

    /// <summary>The names a parliament's record gives its speakers with a seat or an office on their lines ("Sarah Champion (Rotherham) (Lab)").</summary>
    private static HashSet<string> TitledSpeakers(IReadOnlyList<Sentence> sentences) =>
        [.. sentences.Where(x => x.OpensLine && x.Text.Contains('(')).Select(x => HansardSpeaker().Match(x.Text.TrimStart().Split('\n')[0]))
            .Where(m => m.Success && m.Groups["titled"].Success).Select(m => m.Groups["label"].Value)];

    /// <summary>
    /// What follows "thank" or "welcome" in a courtesy: " the Minister for that answer", " my hon. Friend for her question"; a
    /// reviewed State's " the recommendations received during its review" (what it was given, not a judgement of anyone); a
    /// lecturer's ", Director, for the kind introduction", " the Diplomatic Academy for inviting me back".
    /// </summary>
    [GeneratedRegex(@"^\s*((the|my|him|her)\s+([\w.]+\s+){0,3}for\s+(that|his|her|their|the|this|your)\s+(\w+\s+)?(answer|reply|response|question|intervention)\b|(all\s+)?the\s+recommendations\s+(it\s+)?(received|made\s+to\s+it)\b|(you|him|her|the\s+\w+|\p{Lu}[\w.]*\s+\p{Lu}[\p{L}-]+)(,\s+[^,;]{2,40},)?\s+for\s+(the|this|his|her|their|your)\s+(kind\s+)?(opportunity|invitation|briefing|presentation|introduction|words)\b|(the|all)\s+(participants|speakers|panellists|panelists|attendees|interpreters|audience)\b|((,\s+[^,;]{2,40})?,\s+for\s+)?(the|your)\s+(kind\s+)?(introduction|words|invitation)\b|(\S+\s+){0,5}?for\s+(inviting|having)\s+(me|us)\b|(\S+\s+){0,5}?for\s+(honou?ring\s+us|joining\s+us|being\s+with\s+us|(your|his|her|their)\s+presence)\b)")]
    private static partial Regex CourtesyThanks();

    /// <summary>
    /// A speaker's line in a parliament's record: "1. Sarah Champion (Rotherham) (Lab)" (their seat and party), "The Minister of State,
    /// Foreign, Commonwealth and Development Office (Stephen Doughty)" (their office, then their name), or their name alone.
    /// </summary>
    [GeneratedRegex(@"^(\d{1,3}\.\s+)?((?<label>\p{Lu}[\p{L}'’-]+(\s+\p{Lu}[\p{L}'’-]+){1,2})(?<titled>(\s+\([^()\n]{2,40}\)){2})|The\s+[^()\n]{3,160}\((?<titled>)(?<label>\p{Lu}[\p{L}'’-]+(\s+\p{Lu}[\p{L}'’-]+){1,2})\)|(?<label>\p{Lu}[\p{L}'’-]+(\s+\p{Lu}[\p{L}'’-]+){1,2}))\s*$")]
    private static partial Regex HansardSpeaker();

    /// <summary>
    /// What the author of a statement made on behalf of several States says (alone, or with whoever delivers it) those States say
    /// with them; none of them is what they judge.
    /// </summary>
    private static List<ProposedEvent> OnBehalf(List<ProposedEvent> proposals, ActorRef? author, List<ActorRef>? deliverers, List<ActorRef>? states)
    {
        if (author is null || states is null) return proposals;
        List<ActorRef> voices = [.. (deliverers ?? []).Concat(states).Append(author).DistinctBy(a => a.Id)];
        return [.. proposals.Select(p => p.Draft.Kind is EventKind.Meeting or EventKind.Visit || p.Draft.Actors.All(a => a.Id != author.Id) || p.Draft.Actors.Any(a => voices.All(v => v.Id != a.Id))
            ? p
            : p with { Draft = p.Draft with { Actors = voices, Counterparts = [.. p.Draft.Counterparts.Where(c => voices.All(v => v.Id != c.Id))] } })];
    }

    /// <summary>The parties a list names from <paramref name="start"/> on ("Canada, Iceland, Norway, Switzerland and the United Kingdom"), as long as nothing but "and", a comma or "the" parts them.</summary>
    private static List<ActorRef> ListedFrom(string text, IReadOnlyList<Mention> found, int start) =>
        found.FirstOrDefault(m => m.Start >= start) is { } first && first.Start - start <= 5 && text.AsSpan(start, first.Start - start).Trim() is "" or "the"
            ? JoinedRun(text, [.. found.Where(m => m.Start >= first.Start)])
            : [];

    /// <summary>The mention at <paramref name="last"/> with those listed before it, one by one (<see cref="JoinedTo"/>); none when it is -1.</summary>
    private static List<ActorRef> ListedUpTo(string text, List<Mention> mentions, int last)
    {
        if (last < 0) return [];
        var first = last;
        while (first > 0 && JoinedTo(text, mentions[first - 1], mentions[first])) first--;
        return JoinedRun(text, mentions[first..(last + 1)]);
    }

    /// <summary>The first of <paramref name="mentions"/> and those listed with it after it, one by one (<see cref="JoinedTo"/>).</summary>
    private static List<ActorRef> JoinedRun(string text, List<Mention> mentions)
    {
        var run = mentions.Take(1).ToList();
        for (var k = 1; k < mentions.Count && JoinedTo(text, mentions[k - 1], mentions[k]); k++) run.Add(mentions[k]);
        return [.. run.Select(m => m.Actor).DistinctBy(a => a.Id)];
    }

    [GeneratedRegex(@"\bon\s+behalf\s+of\s+", RegexOptions.IgnoreCase)]
    private static partial Regex MadeOnBehalfOf();

    /// <summary>"the following participating States: ", "the following delegations:": a list's heading, right where the list begins (or nothing).</summary>
    [GeneratedRegex(@"\Gthe\s+following\s+(\w+\s+)?(States|countries|delegations)\s*:\s*|\G", RegexOptions.IgnoreCase)]
    private static partial Regex FollowingStates();

    /// <summary>
    /// What one of a joint statement's signatories is proposed as judging or pledging, they judge or pledge together ("Our organizations call
    /// on …"); none of them is what they judge (a signatory's founder named among the prisoners), so a judgement left about no one is about the
    /// State the document is about.
    /// </summary>
    private static List<ProposedEvent> Cosigned(List<ProposedEvent> proposals, List<ActorRef>? signatories, ActorRef? state, ActorRef? publisher)
    {
        if (signatories is null) return proposals;
        // ("U.S. Helsinki Commission / … Chairman Sen. Roger Wicker and Co-Chairman Rep. Joe Wilson today issued the following statement: /
        // "… We call on …"": the body that publishes what its officials issue together speaks in their words)
        var publishedFor = publisher is not null && signatories.All(b => b.Kind is ActorKind.Official or ActorKind.Person) ? publisher : null;
        return [.. proposals.Select(p =>
        {
            // ("We, the undersigned human rights organizations, demand: …": or the organisations they call themselves)
            if (p.Draft.Kind is EventKind.Meeting or EventKind.Visit || p.Draft.Actors is not [var only]
                || (signatories.All(b => b.Id != only.Id) && only.Id != publishedFor?.Id && !(only.Kind is ActorKind.CivilSociety && only.Name.EndsWith(" organisations", StringComparison.Ordinal)))) return p;
            var counterparts = p.Draft.Counterparts.Where(c => signatories.All(b => b.Id != c.Id)).ToList();
            if (counterparts.Count == 0 && p.Draft.Kind is EventKind.CriticismRaised or EventKind.RecommendationMade or EventKind.CommitmentAssessed && state is not null) counterparts = [state];
            return p with { Draft = p.Draft with { Actors = signatories, Counterparts = counterparts } };
        })];
    }

    /// <summary>
    /// The bodies a letter is signed by, one a line after its closing ("Sincerely,", "Signatories:"), when two or more are known
    /// bodies, or one is among two or more; a line naming none the dictionary knows ("Freedom Now") is a body too among them, unless it names a person.
    /// </summary>
    private static List<ActorRef>? Signatories(IReadOnlyList<Sentence> sentences, Mentions names, PartialDate on)
    {
        var closing = ClosingAt(sentences, 40);
        // ("We, the undersigned human rights organizations, demand: …" over a block of names that ends the text: with no closing, the
        // names after its last sentence)
        if (closing < 0 && sentences.Any(x => x.Text.Contains("undersigned", StringComparison.OrdinalIgnoreCase)))
            closing = Enumerable.Range(0, sentences.Count).LastOrDefault(i => sentences[i].Text.TrimEnd() is [.., '.' or '!' or '?' or ';' or ':' or '”' or '"'], -1);
        if (closing < 0) return null;
        List<ActorRef> signers = [];
        var known = 0;
        // (the lines of a block of signatures may be read as one sentence: each line is a signature)
        foreach (var (i, from, to) in Enumerable.Range(closing + 1, sentences.Count - closing - 1).SelectMany(i => Sentences.Lines(sentences[i].Text).Select(l => (i, l.Start, l.End))))
        {
            var line = sentences[i].Text[from..to].Trim();
            if (line.Length == 0) continue;
            // (each line read on its own: a name the document's reading ran on over two of them is not one)
            var named = names.In(line, on, null);
            if (line.Length > 80 || named.Any(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person)) break;
            if (named.FirstOrDefault(m => m.Actor.Kind is ActorKind.Organisation or ActorKind.CivilSociety or ActorKind.Institution or ActorKind.NationalInstitution) is { } body)
                (signers, known) = ([.. signers, body.Actor], known + 1);
            else if (SignerLine().IsMatch(line))
                signers.Add(new ActorRef(Actor.IdFor(line), line, ActorKind.Organisation));
            else break;
        }

        // (two bodies or more, one at least the dictionary knows: "Adil Soz …", "Freedom Now", "Norwegian Helsinki Committee")
        return known >= 2 || (known >= 1 && signers.Count >= 2) ? [.. signers.DistinctBy(a => a.Id)] : null;
    }

    /// <summary>The one person a letter is signed by: the first line after its closing ("Yours sincerely,"), naming an official or a person alone.</summary>
    /// <summary>Who heads a body on a day, as the titles its head goes by name them: the Chairperson-in-Office the Chairpersonship, the Secretary General the Secretariat, the Head or Director or President of any other.</summary>
    /// <summary>A sentence opening on a body's head left unnamed, after its dateline if any: "The head of ", "BELGRADE, Serbia (AP) — The head of Europe's largest ".</summary>
    [GeneratedRegex(@"^\W*((?-i:\p{Lu}{3,})[^—–]{0,40}[—–]\s*)?(The\s+)?(head|chief)\s+of\s+[^,;.]{0,30}$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadOpening();

    private static readonly ActorRef OsceSecretariat = new("secretariat", "Secretariat", ActorKind.Institution);

    private static ActorRef? HeadOf(ActorRef body, Mentions names, PartialDate on)
    {
        string[] titles = body.Id switch
        {
            "osce-chairpersonship" => ["Chairperson-in-Office"],
            "secretariat" => ["Secretary General"],
            _ => [$"Head of the {body.Name}", $"Director of {body.Name}", $"President of the {body.Name}"],
        };
        return titles.Select(title => names.In(title, on, null) is [{ Actor.Kind: ActorKind.Official or ActorKind.Person } holder] && holder.Start == 0 && holder.End == title.Length ? holder.Actor : null)
            .FirstOrDefault(holder => holder is not null);
    }

    private static ActorRef? LetterSigner(IReadOnlyList<Sentence> sentences, Mentions names, PartialDate on)
    {
        var closing = ClosingAt(sentences, 6);
        if (closing < 0) return null;
        var line = Enumerable.Range(closing + 1, sentences.Count - closing - 1).SelectMany(k => sentences[k].Text.Split('\n')).Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        // ("Yours sincerely, / Michael O'Flaherty": or a name alone on the line, though no title introduced it)
        return line is { Length: <= 60 } && names.In(line, on, null) is [{ Actor.Kind: ActorKind.Official or ActorKind.Person } signer] ? signer.Actor
            : line is { Length: <= 60 } && SignedName().IsMatch(line) && names.In(line, on, null).Count == 0 ? new ActorRef(Actor.IdFor(line), line, ActorKind.Person)
            : null;
    }

    /// <summary>A person's name alone: "Michael O'Flaherty", "Anna K. Lindqvist".</summary>
    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(\s+\p{Lu}\.)?(\s+(\p{Lu}['’])?\p{Lu}[\p{Ll}'’-]+){1,2}$")]
    private static partial Regex SignedName();

    /// <summary>The last of a letter's closing lines ("Sincerely,", "Yours sincerely,", "Signatories:") among its last <paramref name="within"/> sentences, else -1.</summary>
    private static int ClosingAt(IReadOnlyList<Sentence> sentences, int within)
    {
        for (var i = sentences.Count - 1; i >= Math.Max(0, sentences.Count - within); i--)
            if (Has(Closing(), sentences[i].Text)) return i;
        return -1;
    }

    /// <summary>The one known official or person whose name alone is one of a text's last two lines (a title line may follow it).</summary>
    private static ActorRef? FootSigner(IReadOnlyList<Sentence> sentences, Mentions names, PartialDate on) =>
        // ("Ambassador Anna Marti": a style before the name is no part of another name)
        SignedAtFoot(sentences, names, on).FirstOrDefault(s => s.Line.Length <= 40 && (s.Before.Length == 0 || SignersStyle().IsMatch(s.Before + " "))).Signer;

    /// <summary>
    /// The official or person named with their title on one of a text's last two lines ("Public Defender Levan Ioseliani") whose text
    /// speaks of them by that title alone ("the Public Defender finds …"); null if there is none.
    /// </summary>
    private static ActorRef? TitledFootSigner(IReadOnlyList<Sentence> sentences, Mentions names, PartialDate on) =>
        SignedAtFoot(sentences, names, on).FirstOrDefault(s => s.Line.Length <= 60 && s.Before is { Length: >= 5 } title && title.Split(' ') is { Length: <= 4 } words
            && words.All(w => w.Length > 0 && char.IsUpper(w[0])) && sentences.SkipLast(1).Any(x => x.Text.Contains($"the {title} ", StringComparison.OrdinalIgnoreCase))).Signer;

    /// <summary>
    /// Each of a text's last two lines that ends on the name of the one official or person it names, and does not end like a
    /// sentence: the line, whom it names and what stands before the name on it ("", "Ambassador", "Public Defender").
    /// </summary>
    private static IEnumerable<(string Line, ActorRef? Signer, string Before)> SignedAtFoot(IReadOnlyList<Sentence> sentences, Mentions names, PartialDate on)
    {
        foreach (var line in sentences.TakeLast(3).SelectMany(x => x.Text.Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0).TakeLast(2))
            if (!".:!?".Contains(line[^1]) && names.In(line, on, null) is [{ Actor.Kind: ActorKind.Official or ActorKind.Person } signer] && signer.End >= line.Length - 1)
                yield return (line, signer.Actor, line[..signer.Start].Trim());
    }

    [GeneratedRegex(@"^((Ambassador|H\.\s?E\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Prof\.?|Professor)\s+)+$")]
    private static partial Regex SignersStyle();

    /// <summary>
    /// The authors a research article lists on a line of their own under its title ("Anna Kowalczyk and Ivan Petrenko"), when it
    /// speaks in their voice ("This article traces …", "We argue that …").
    /// </summary>
    /// <remarks>
    /// One author is named so too when the body that publishes the piece follows the name, on its line or the next ("Dinara Abenova,
    /// Eurasia Research Centre, Astana"; "Ruben Vermeer / Netherlands Helsinki Committee" on an e-book's title page): the piece is
    /// theirs, written for the body.
    /// </remarks>
    private static List<ActorRef>? Authors(IReadOnlyList<Sentence> sentences, string text, ActorRef? publisher)
    {
        if (!ResearchVoice().IsMatch(text)) return null;
        var lines = sentences.Take(8).SelectMany(x => x.Text.Split('\n')).Select(l => l.Trim()).ToList();
        // (under the title, which may read as names: "Quiet Diplomacy, Loud Promises")
        for (var k = 1; k < lines.Count; k++)
        {
            if (AuthorsLine().Match(lines[k]) is { Success: true } authors)
                return [.. authors.Groups["name"].Captures.Select(c => new ActorRef(Actor.IdFor(c.Value), c.Value, ActorKind.Person))];
            if (publisher is { Kind: ActorKind.Organisation or ActorKind.CivilSociety } && AuthorLine().Match(lines[k]) is { Success: true } one
                && (lines[k][one.Length..].StartsWith(", " + publisher.Name, StringComparison.Ordinal) || (one.Length == lines[k].Length && k + 1 < lines.Count && lines[k + 1].StartsWith(publisher.Name, StringComparison.Ordinal))))
                return [new ActorRef(Actor.IdFor(one.Groups["name"].Value), one.Groups["name"].Value, ActorKind.Person)];
        }

        return null;
    }

    [GeneratedRegex(@"^(?<name>\p{Lu}\p{Ll}+(\s+\p{Lu}\.)?\s+\p{Lu}[\p{Ll}’'-]+)")]
    private static partial Regex AuthorLine();

    [GeneratedRegex(@"^(?<name>\p{Lu}\p{Ll}+(\s+\p{Lu}\.)?\s+\p{Lu}[\p{Ll}’'-]+)((,\s+|,?\s+and\s+)(?<name>\p{Lu}\p{Ll}+(\s+\p{Lu}\.)?\s+\p{Lu}[\p{Ll}’'-]+)){1,3}$")]
    private static partial Regex AuthorsLine();

    [GeneratedRegex(@"\bThis\s+(article|paper|study|chapter|review)\s+(argues|shows|traces|examines|finds|analyses|analyzes|follows)\b|\b[Ww]e\s+(argue|show|find|conclude|recommend|suggest|propose)\s+that\b")]
    private static partial Regex ResearchVoice();

    /// <summary>The people a release lists at its foot after "The experts:" (its own line, or the text after the label).</summary>
    private static List<ActorRef>? Experts(IReadOnlyList<Sentence> sentences, List<IReadOnlyList<Mention>> found)
    {
        for (var i = sentences.Count - 1; i >= Math.Max(0, sentences.Count - 15); i--)
        {
            if (Found(ExpertsLabel(), sentences[i].Text) is not { Success: true } label) continue;
            // (the label may be cut from what it labels: then the sentence after it lists them)
            var listed = label.Index + label.Length >= sentences[i].Text.TrimEnd().Length && i + 1 < sentences.Count ? found[i + 1] : found[i];
            var experts = listed.Where(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person).Select(m => m.Actor).DistinctBy(a => a.Id).ToList();
            return experts.Count > 0 ? experts : null;
        }

        return null;
    }

    [GeneratedRegex(@"^\W*The\s+(UN\s+)?experts?\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex ExpertsLabel();

    /// <summary>A letter's closing: "Sincerely,", "Yours faithfully,", "Signatories:", a minister's "Please accept, Excellency, the assurances of my highest consideration." (wrapped where it may be).</summary>
    [GeneratedRegex(@"^\W*((Sincerely|Yours\s+sincerely|Yours\s+faithfully|Respectfully|Kind\s+regards|Signed|Signatories|Signed\s+by)\s*[,:]?|(Please\s+)?accept,?\s+([\w ]{0,30},\s+)?the\s+(renewed\s+)?assurances?\s+of\s+my\s+[\w\s]{0,30}consideration\.?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Closing();

    /// <summary>A signature line naming a body the dictionary does not know: a few capitalised words ("Freedom Now").</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L}’'-]*(\s+(\p{Lu}[\p{L}’'-]*|of|for|and|the|on)){0,11}$")]
    private static partial Regex SignerLine();

    /// <summary>
    /// "Dear Minister Valtonen, … We urge you to raise the cases …": whom a letter is addressed to is who "you" is asked, or
    /// thanked, for the rest of it.
    /// </summary>
    private static List<ProposedEvent> ToAddressee(List<ProposedEvent> proposals, IReadOnlyList<Sentence> sentences, List<IReadOnlyList<Mention>> found)
    {
        var dear = Enumerable.Range(0, Math.Min(15, sentences.Count)).FirstOrDefault(i => Has(Salutation(), sentences[i].Text), -1);
        if (dear < 0 || found[dear].FirstOrDefault(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person)?.Actor is not { } addressee) return proposals;
        return [.. proposals.Select(p => p.Draft.Kind is EventKind.RecommendationMade or EventKind.PraiseExpressed && p.Draft.Actors.All(a => a.Id != addressee.Id)
                                         && AskedYou().IsMatch(p.Draft.Source.Quote)
            ? p with { Draft = p.Draft with { Counterparts = [addressee] } }
            : p)];
    }

    /// <summary>
    /// "Dear Minister, / I am writing to follow up on our meeting in Baku on 18 September 2026 …": a letter's one writer met its
    /// addressee (named in the address above the salutation) that day; and what "you assured me" during "our
    /// meeting" was pledged then, by the addressee ("you assured me").
    /// </summary>
    private static List<ProposedEvent> OurMeeting(string documentId, List<ProposedEvent> proposals, IReadOnlyList<Sentence> sentences, List<IReadOnlyList<Mention>> found, ActorRef? author, PartialDate? published)
    {
        if (author is not { Kind: ActorKind.Official or ActorKind.Person } writer) return proposals;
        var (dear, addressee) = LetterAddressee(sentences, found);
        if (addressee is null || addressee.Id == writer.Id) return proposals;
        // ("you assured me that the Ministry would give …": the addressee pledged, with whatever their side is named, to the writer)
        proposals = [.. proposals.Select(p => p.Draft.Kind == EventKind.CommitmentMade && YouAssuredMe().IsMatch(p.Draft.Source.Quote) && p.Draft.Counterparts.Any(c => c.Id == addressee.Id)
                                                && p.Draft.Actors.Any(a => a.Id == writer.Id)
            ? p with { Draft = p.Draft with { Actors = [addressee, .. p.Draft.Actors.Where(a => a.Id != writer.Id && a.Id != addressee.Id)], Counterparts = [writer] } } : p)];
        for (var i = dear + 1; i < sentences.Count; i++)
        {
            if (OurMeetingOn().Match(sentences[i].Text) is not { Success: true } met
                || Dates.Find(met.Value, published).FirstOrDefault(d => d.Date.Precision is DatePrecision.Day or DatePrecision.Interval) is not { } day) continue;
            var place = met.Groups["place"].Success ? met.Groups["place"].Value : null;
            var evidence = new Evidence(documentId, sentences[i].Text, sentences[i].Start, sentences[i].End - sentences[i].Start);
            List<ProposedEvent> dated = [.. proposals.Select(p => p.Draft.Kind == EventKind.CommitmentMade && DuringOurMeeting().IsMatch(p.Draft.Source.Quote) && !p.Rule.Contains("date:day", StringComparison.Ordinal)
                ? p with { Draft = p.Draft with { Occurred = day.Date, Place = p.Draft.Place ?? place }, Rule = p.Rule + "; date:our-meeting" } : p)];
            if (dated.Any(p => p.Draft.Kind == EventKind.Meeting && p.Draft.Occurred.Text == day.Date.Text)) return dated;
            dated.Add(new ProposedEvent(new EventDraft(EventKind.Meeting, day.Date, [writer], [addressee], place, null, null, null, null, evidence), 0.8, "cue:our-meeting; date:day-month-year; actor:letter-writer"));
            return dated;
        }

        return proposals;
    }

    /// <summary>
    /// A letter's salutation ("Dear Minister,") and whom it addresses: the one the address block above it names ("Mr Farid Ahmadov /
    /// Minister of Justice …"), its lines short and with no stop at their end (not the story told before it); -1 and null for no letter.
    /// </summary>
    private static (int Salutation, ActorRef? Addressee) LetterAddressee(IReadOnlyList<Sentence> sentences, List<IReadOnlyList<Mention>> found)
    {
        var salutation = Enumerable.Range(0, Math.Min(20, sentences.Count)).FirstOrDefault(k => Has(Salutation(), sentences[k].Text), -1);
        var addressee = salutation > 0 ? Enumerable.Range(Math.Max(0, salutation - 6), salutation - Math.Max(0, salutation - 6)).Reverse()
            .TakeWhile(k => sentences[k].Text.Trim() is { Length: <= 240 } line && !line.EndsWith('.'))
            .SelectMany(k => found[k]).FirstOrDefault(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person)?.Actor : null;
        return (salutation, addressee);
    }

    /// <summary>"our meeting in Baku on 18 September 2026", "our meeting on 3 May".</summary>
    [GeneratedRegex(@"\bour\s+(meeting|talks|conversation)\s+(in\s+(?<place>\p{Lu}[\p{L}-]+)\s+)?on\s+\d{1,2}(\s*[–-]\s*\d{1,2})?\s+(?-i:\p{Lu})\w+(\s+\d{4})?")]
    private static partial Regex OurMeetingOn();

    [GeneratedRegex(@"^\W*(During|At|In)\s+our\s+(meeting|talks|conversation)\b")]
    private static partial Regex DuringOurMeeting();

    [GeneratedRegex(@"\byou\s+(assured|told|promised)\s+(me|us)\b")]
    private static partial Regex YouAssuredMe();

    /// <summary>A letter's salutation on a line of its own: "Dear Minister Valtonen,", "Excellency,", "Your Excellency,".</summary>
    [GeneratedRegex(@"^\W*(Dear\s+[^,]{2,80}|(Your\s+)?Excellency),?\s*$")]
    private static partial Regex Salutation();

    /// <summary>A letter's writer telling its addressee: "I have the honour to inform you that", "I am pleased to inform you that".</summary>
    [GeneratedRegex(@"\bI\s+(have\s+the\s+honou?r|am\s+(pleased|glad|happy))\s+to\s+(inform|confirm\s+to|assure)\s+you\b|\bI\s+(wish\s+to\s+|would\s+like\s+to\s+)?inform\s+you\b")]
    private static partial Regex InformYou();

    /// <summary>A sentence in which a letter's one writer speaks as themselves: "I have the honour …", "Let me …", "my sincere appreciation".</summary>
    private static bool WritersOwn(string text) => FirstPersonSingular().IsMatch(text) || WriterSpeaks().IsMatch(text) || InformYou().IsMatch(text);

    /// <summary>A writer speaking of themselves without "I …": "Let me …", "Allow me …", "my sincere appreciation".</summary>
    [GeneratedRegex(@"\b([Ll]et\s+me|[Aa]llow\s+me|my)\b")]
    private static partial Regex WriterSpeaks();

    /// <summary>"you" and "your", as a letter addresses its addressee.</summary>
    [GeneratedRegex(@"\b([Yy]ou|[Yy]our)\b")]
    private static partial Regex YouAddressed();

    [GeneratedRegex(@"\b(urge|urged|call\s+on|ask|asked|encourage|request|invite|thank|commend)\s+you\b", RegexOptions.IgnoreCase)]
    private static partial Regex AskedYou();

    [GeneratedRegex(@"^\W*(a\s+)?joint\s+(public\s+|open\s+)?(statement|letter|appeal|declaration|submission|press\s+release|call)\s+(by|of|from)\b", RegexOptions.IgnoreCase)]
    private static partial Regex JointStatement();

    /// <summary>
    /// "International Election Observation Mission … 254 observers deployed by ODIHR and 66 parliamentarians from the OSCE
    /// Parliamentary Assembly", "a joint undertaking of ODIHR, the OSCE PA and PACE": a joint mission's statement is its
    /// partners', together, where the document has it speak as the one of them that published it.
    /// </summary>
    private static List<ProposedEvent> Jointly(List<ProposedEvent> proposals, IReadOnlyList<Sentence> sentences, List<IReadOnlyList<Mention>> found, ActorRef? author)
    {
        if (author is null || !sentences.Any(x => (x.Text.Contains("bservation", StringComparison.Ordinal) || x.Text.Contains("joint", StringComparison.OrdinalIgnoreCase)) && JointMission().IsMatch(x.Text))) return proposals;
        // ("an opinion …, prepared jointly with the OSCE Office for Democratic Institutions and Human Rights (ODIHR)": a joint opinion is its authors' too)
        var partners = Enumerable.Range(0, sentences.Count).Where(i => MissionPartners().IsMatch(sentences[i].Text))
            .Select(i => found[i].Where(m => m.Actor.Kind is ActorKind.Institution or ActorKind.Organisation).Select(m => m.Actor).DistinctBy(a => a.Id).ToList())
            .FirstOrDefault(bodies => bodies.Count >= 2 && bodies.Any(b => b.Id == author.Id));
        if (partners is null) return proposals;
        return [.. proposals.Select(p => p.Draft.Actors is [var only] && only.Id == author.Id
            ? p with { Draft = p.Draft with { Actors = partners, Counterparts = [.. p.Draft.Counterparts.Where(c => partners.All(b => b.Id != c.Id))] } }
            : p)];
    }

    /// <remarks>(not an opinion asked for: "would request a joint opinion of ODIHR and the Venice Commission on them")</remarks>
    [GeneratedRegex(@"\bInternational\s+Election\s+Observation\s+Mission\b|\bjoint\s+(undertaking|observation\s+mission|election\s+observation)\b|(?<!\b(request\w*|ask\w*|seek\w*|sought|invit\w*)\s+(an?\s+|the\s+)?)\bjoint\s+opinion\b|\bjointly\s+with\b", RegexOptions.IgnoreCase)]
    private static partial Regex JointMission();

    [GeneratedRegex(@"\bjoint\s+undertaking\s+of\b|\bdeployed\b[^.;]*\bobservers\b|\bobservers\b[^.;]*\bdeployed\b|\bcomprising\b[^.;]*\bobservers\b|\b(prepared|adopted|issued|drafted|written)\b[^.;]*\bjointly\s+with\b|(?<!\b(request\w*|ask\w*|seek\w*|sought|invit\w*)\s+(an?\s+|the\s+)?)\bjoint\s+opinion\s+(of|by)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MissionPartners();

    /// <summary>
    /// "I commend the Central Election Commission for …" in a statement on Kyrgyzstan: a State's own body, which the document
    /// names without its State and the dictionary does not know, is the body of the State the document is about.
    /// </summary>
    private static List<ProposedEvent> Qualified(List<ProposedEvent> proposals, ActorRef? state, Mentions names, PartialDate on)
    {
        ActorRef? Named(ActorRef a) => OfNamed().Match(a.Name) is { Success: true } of && names.First(of.Groups["x"].Value, on) is { Kind: ActorKind.ParticipatingState or ActorKind.State } named ? named : null;
        ActorRef Of(ActorRef a) =>
            a.Kind != ActorKind.Organisation || !NationalBody().IsMatch(a.Name) ? a
            // "ODIHR is grateful to the Ministry of Foreign Affairs …", "The Ministry of Foreign Affairs of Lithuania strongly condemns …":
            // a State's ministry, which the dictionary does not know, is the State that speaks and acts through it
            // (one it knows, "Ministry of Foreign Affairs of Kazakhstan", is that ministry)
            : Ministry().IsMatch(a.Name) ? (Named(a) is null && state is not null ? names.First($"{a.Name} of {state.Name}", on) : names.First(a.Name, on)) is { Kind: ActorKind.NationalInstitution } ministry
                ? ministry : Named(a) ?? state ?? a
            : state is not null && !names.In(a.Name, on, null).Any(m => m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State)
              // ("Central Election Commission of Georgia", learnt whole: its State is already named)
              && Named(a) is null
                ? new ActorRef(Actor.IdFor($"{a.Name} of {state.Name}"), $"{a.Name} of {state.Name}", ActorKind.NationalInstitution)
                : a;
        IReadOnlyList<ActorRef> All(IReadOnlyList<ActorRef> actors) => actors.Any(a => a.Kind == ActorKind.Organisation) ? [.. actors.Select(Of).DistinctBy(a => a.Id)] : actors;
        return [.. proposals.Select(p => All(p.Draft.Actors) is var actors
            ? p with { Draft = p.Draft with { Actors = actors, Counterparts = [.. All(p.Draft.Counterparts).Where(c => actors.All(a => a.Id != c.Id))] } }
            : p)];
    }

    [GeneratedRegex(@"^Ministry\s+(of|for)\s")]
    private static partial Regex Ministry();

    [GeneratedRegex(@"\bof\s+(the\s+)?(Republic\s+of\s+)?(?<x>\p{Lu}[\p{L}-]+(\s+\p{Lu}[\p{L}-]+)?)$")]
    private static partial Regex OfNamed();

    /// <summary>The names of a State's own bodies that are the same in every State: "Central Election Commission", "Ministry of Justice".</summary>
    [GeneratedRegex(@"^((Central\s+)?(Elections?|Electoral)\s+Commission|Ministry\s+(of|for)\s+[\p{L} ,]+|State\s+Committee\s+(of|for|on)\s+[\p{L} ,]+)$")]
    private static partial Regex NationalBody();

    /// <summary>
    /// A newsletter's item headed "Secretary General concerned about sentences against Abzas Media journalists" over the paragraph that
    /// tells it: what the heading proposes is proposed once, from the paragraph (same kind, someone acting in both), not again from the
    /// heading with whatever else it could find.
    /// </summary>
    private static List<ProposedEvent> Subheadings(IReadOnlyList<Sentence> sentences, List<ProposedEvent> proposals)
    {
        if (sentences.Count < 2 || proposals.Count < 2) return proposals;
        var headings = Enumerable.Range(0, sentences.Count - 1)
            .Where(j => sentences[j].OpensLine && sentences[j + 1].OpensLine && sentences[j].Text.Length <= 150 && Heading(sentences[j].Text)
                        // (a heading, not a list's item: "• release all …;", "- restore the licences …")
                        // ("… welcomes conviction in assault case (NUNS, Beta)": a media summary's, ending on the outlets)
                        && char.IsUpper(sentences[j].Text[0]) && sentences[j].Text.TrimEnd()[^1] is var last && (char.IsLetterOrDigit(last) || last == ')')
                        // (nor a body and what it is to do: "Ministry of Interior: to fund 40 community police officers … (memorandum of 12 November)")
                        && !BodyToDo().IsMatch(sentences[j].Text)).ToList();
        if (headings.Count == 0) return proposals;
        return [.. proposals.Where(p =>
        {
            var j = headings.FindIndex(h => sentences[h].Start == p.Draft.Source.Start);
            if (j < 0) return true;
            var (from, to) = (sentences[headings[j] + 1].Start, headings[j] + 2 < sentences.Count ? sentences[headings[j] + 2].End : sentences[^1].End);
            return !proposals.Any(q => q != p && q.Draft.Kind == p.Draft.Kind && q.Draft.Source.Start >= from && q.Draft.Source.Start <= to
                                       // (or one the heading names on the other side: "Journalists' association welcomes … (NUNS, Beta)" over "NUNS welcomed …")
                                       && q.Draft.Actors.Any(a => p.Draft.Actors.Concat(p.Draft.Counterparts).Any(b => b.Id == a.Id)));
        })];
    }

    /// <summary>
    /// "CRTA criticized the Government on Monday for failing to …. CRTA program director Raša Nedeljkov said the delay "undermines
    /// trust …"": a body's criticism and, in the next sentence of its paragraph, one who speaks for it (named after the body and their
    /// title) saying why, are one criticism, the body's: the speaker's words propose no other.
    /// </summary>
    private static List<ProposedEvent> Elaborated(string text, IReadOnlyList<Sentence> sentences, List<IReadOnlyList<Mention>> found, List<ProposedEvent> proposals)
    {
        // "#Azerbaijan is holding at least 25 journalists behind bars for doing their job. This is unacceptable.": a verdict on what the
        // sentence before it in its paragraph told is one judgement with it, quoting both
        for (var i = 1; i < sentences.Count; i++)
        {
            if (sentences[i].OpensLine || !VerdictOnWhatWentBefore().IsMatch(sentences[i].Text)) continue;
            for (var k = 0; k < proposals.Count; k++)
                if (proposals[k] is { Draft.Kind: EventKind.CriticismRaised or EventKind.PraiseExpressed } verdict && verdict.Draft.Source.Start == sentences[i].Start
                    && !proposals.Any(q => q.Draft.Kind == verdict.Draft.Kind && q.Draft.Source.Start == sentences[i - 1].Start))
                {
                    var (from, to) = (sentences[i - 1].Start, verdict.Draft.Source.Start + verdict.Draft.Source.Length);
                    proposals[k] = verdict with { Draft = verdict.Draft with { Source = verdict.Draft.Source with { Quote = text[from..to], Start = from, Length = to - from } } };
                }
        }

        var dropped = new HashSet<ProposedEvent>();
        for (var i = 1; i < sentences.Count; i++)
        {
            if (sentences[i].OpensLine) continue;
            var said = proposals.Where(p => p.Draft.Kind == EventKind.CriticismRaised && p.Draft.Source.Start == sentences[i].Start && p.Draft.Actors is [{ Kind: ActorKind.Official or ActorKind.Person }]).ToList();
            if (said.Count == 0) continue;
            var bodies = proposals.Where(q => q.Draft.Kind == EventKind.CriticismRaised && q.Draft.Source.Start == sentences[i - 1].Start)
                .SelectMany(q => q.Draft.Actors).Where(a => a.Kind is not (ActorKind.Official or ActorKind.Person or ActorKind.ParticipatingState or ActorKind.State)).Select(a => a.Id).ToHashSet();
            foreach (var p in said)
                if (found[i].FirstOrDefault(m => m.Actor.Id == p.Draft.Actors[0].Id) is { } speaker
                    && found[i].Any(m => bodies.Contains(m.Actor.Id) && m.End < speaker.Start && BodysOfficer().IsMatch(sentences[i].Text.AsSpan(m.End, speaker.Start - m.End))))
                    dropped.Add(p);
        }

        // "… the Chair-in-Office expressed his sincere gratitude to its staff for the important work …. "Allow me to thank Ambassador …
        // and his dedicated team …," said Minister Borg.": thanks reported, then quoted in the next sentence, are one
        for (var i = 1; i < sentences.Count; i++)
        {
            if (!StartsQuoted(sentences[i].Text)) continue;
            var thanked = proposals.Where(q => q.Draft.Kind == EventKind.PraiseExpressed && q.Draft.Source.Start == sentences[i - 1].Start).SelectMany(q => q.Draft.Actors).Select(a => a.Id).ToHashSet();
            if (thanked.Count > 0)
                dropped.UnionWith(proposals.Where(p => p.Draft.Kind == EventKind.PraiseExpressed && p.Draft.Source.Start >= sentences[i].Start && p.Draft.Source.Start < sentences[i].End
                    && p.Draft.Actors.Any(a => thanked.Contains(a.Id)) && ThanksQuoted().IsMatch(p.Draft.Source.Quote)));
        }

        return dropped.Count == 0 ? proposals : [.. proposals.Where(p => !dropped.Contains(p))];
    }

    /// <summary>"2 | The Supreme Court ", "The Legislative Chamber ", "Prosecutors ": a sentence opening on a State's body named by what it is, before its verb.</summary>
    [GeneratedRegex(@"^\W*(\d+\s*[.|)]\s*)?(the\s+)?([\p{Lu}][\p{L}-]*\s+){0,2}(court|courts|chamber|parliament|government|cabinet|ministry|authorities|prosecutors?|senate|police|judiciary|judges)(\s+of\s+[\p{L} ]{1,40})?\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex StateBodyAsSubject();

    /// <summary>"’s community policing pilot": what a field operation runs, not its own office, premises or staff ("the Mission’s office in Tiraspol").</summary>
    [GeneratedRegex(@"^(’s|'s)\s+(?!((new|main|field|regional|local)\s+)?(office|offices|premises|headquarters|team|staff|building)\b)")]
    private static partial Regex OperationsWork();

    /// <summary>"told us that", "assured me": a pledge told to the writer's side.</summary>
    [GeneratedRegex(@"\b(told|assured|informed|promised)\s+(us|me)\b")]
    private static partial Regex ToldUs();

    /// <summary>"This is unacceptable.", "That was a welcome step.": a sentence that only judges what the one before it told.</summary>
    [GeneratedRegex(@"^\W*(This|That|It|Such\s+\w+)\s+(is|was|are|were|remains)\s+((simply|totally|completely|absolutely|deeply|wholly|clearly|truly|a\s+most|most)\s+)?(unacceptable|outrageous|deplorable|shameful|appalling|inexcusable|unjustifiable|intolerable|alarming|disgraceful|a\s+(disgrace|scandal|travesty)|commendable|encouraging|(a\s+)?welcome(\s+(step|news|move))?)\W*$")]
    private static partial Regex VerdictOnWhatWentBefore();

    /// <summary>Thanks in the words of who gives them: "Allow me to thank …", "I would like to thank …", "I thank …".</summary>
    [GeneratedRegex(@"^\W*(Allow\s+me\s+to|Let\s+me|I\s+(would\s+like\s+to|want\s+to|wish\s+to)?\s*)\s*(also\s+)?thank\b")]
    private static partial Regex ThanksQuoted();

    /// <summary>Between a body and the one who speaks for it: " program director ", "’s spokesperson ", " Executive Director ".</summary>
    [GeneratedRegex(@"^(’s|'s)?\s+([\p{L}-]+\s+){0,3}(director|head|chair\w*|spokes\w+|president|coordinator|lawyer|representative|secretary|officer|analyst)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex BodysOfficer();

    /// <summary>
    /// A headline ("OSCE Representative denounces arrest …, urges decriminalization") is spoken by the official its body
    /// names first, and says again what the body reports: what the body also proposes is proposed once, from the body.
    /// </summary>
    private static List<ProposedEvent> Headline(IReadOnlyList<Sentence> sentences, List<IReadOnlyList<Mention>> found, List<ProposedEvent> proposals)
    {
        // the lines before the first sentence that ends like one: a title, a time stamp, "1 min read", the title again
        // (a line introducing a statement, "… today issued the following statement:", is the body's first)
        // (nor is a line opening a list, "…, the Representative:", or an item of it, "• strongly condemns …;")
        // (nor a table, "No. | Date made | … / 1 | 18 March 2026 | Foreign Minister … | Not met", rows one under another, numbers or
        // days in them; menus' lines above the title, "Home | Press Releases | Committees / EST | ENG | RUS", are no table)
        var heads = sentences.Take(6).TakeWhile((x, k) => Heading(x.Text) && !Has(StatementFollows(), x.Text) && !x.Text.TrimEnd().EndsWith(':') && !x.Text.TrimStart().StartsWith('•')
                                                          && !(Sentences.Row(x.Text) && k + 1 < sentences.Count && Sentences.Row(sentences[k + 1].Text) && sentences[k + 1].Text.Any(char.IsAsciiDigit))).Count();
        if (sentences.Count < 2 || heads == 0 || heads == sentences.Count) return proposals;
        var headStarts = sentences.Take(heads).Select(x => x.Start).ToHashSet();
        var lead = found.Skip(heads).SelectMany(f => f).Select(m => m.Actor).FirstOrDefault(a => a.Kind is ActorKind.Official or ActorKind.Person);
        var (head, body) = (proposals.Where(p => headStarts.Contains(p.Draft.Source.Start)).ToList(), proposals.Where(p => !headStarts.Contains(p.Draft.Source.Start)).ToList());
        var kept = new List<ProposedEvent>();
        foreach (var p in head)
        {
            // ("Western states should push for …, HRW says": a headline naming who says it is theirs)
            var draft = lead is not null && p.Draft.Actors.All(a => a.Kind is not (ActorKind.Official or ActorKind.Person)) && !SaysAtEnd().IsMatch(p.Draft.Source.Quote)
                ? p.Draft with { Actors = [lead], Counterparts = [.. p.Draft.Actors.Where(a => a.Kind is ActorKind.ParticipatingState or ActorKind.State).Concat(p.Draft.Counterparts).Where(c => c.Id != lead.Id).DistinctBy(c => c.Id)] }
                : p.Draft;
            // the body says it too: same kind, and the same speaker or the same party judged
            // ("OSCE Chair Should Press for Release of Jailed Journalists" over "Ignazio Cassis, should urge the Tajik government …, Human
            // Rights Watch said": or the one addressed in both, though the headline gives the call to him)
            // ("Mission urges authorities to adopt …" over "The OSCE Mission … today urged …": or the body the headline has acting, as it stands)
            if (body.Any(b => b.Draft.Kind == draft.Kind && (b.Draft.Actors.Select(a => a.Id).Order().SequenceEqual(draft.Actors.Select(a => a.Id).Order())
                                                             || b.Draft.Actors.Select(a => a.Id).Order().SequenceEqual(p.Draft.Actors.Select(a => a.Id).Order())
                                                             || (draft.Counterparts.Count > 0 && b.Draft.Counterparts.Select(a => a.Id).Order().SequenceEqual(draft.Counterparts.Select(a => a.Id).Order()))
                                                             || (draft.Kind == EventKind.RecommendationMade && b.Draft.Counterparts.Any(c => c.Kind is ActorKind.Official && draft.Actors.Concat(draft.Counterparts).Any(a => a.Id == c.Id)))))) continue;
            kept.Add(p with { Draft = draft, Rule = p.Rule + "; headline" });
        }

        return [.. kept, .. body];
    }

    /// <summary>
    /// One document reporting the same meeting or visit twice (a headline and its paragraph, "met with the authorities" and
    /// "conducted several meetings with the government") proposes it once: same kind, parties, date and place, or a State's
    /// unnamed minister and that State's minister by name.
    /// </summary>
    private static List<ProposedEvent> Distinct(List<ProposedEvent> proposals, Mentions names)
    {
        // "Fidan held separate bilateral meetings with the foreign ministers of Austria, Hungary, and Georgia. In talks with Austrian
        // Foreign Minister Beate Meinl-Reisinger, …": a meeting with a State's unnamed official is the one told again with the official named
        proposals.RemoveAll(p => p.Draft is { Kind: EventKind.Meeting, Counterparts: [{ Kind: ActorKind.ParticipatingState or ActorKind.State } state] } meeting
            && proposals.Any(q => q.Draft.Kind == EventKind.Meeting && q != p && q.Draft.Occurred.Overlaps(meeting.Occurred) && q.Draft.Actors.Any(a => meeting.Actors.Any(b => b.Id == a.Id))
                && q.Draft.Counterparts.Any(c => c.Kind is ActorKind.Official or ActorKind.Person && names.SpeaksFor(c, q.Draft.Occurred)?.Id == state.Id)));
        // ("concluded a three-day visit …, during which he met President Sadyr Japarov … In his meeting with President Japarov on 28
        // November …": a meeting of the visit's days and the same meeting told with its day are one, of that day)
        // ("… concluded a four-day visit to Armenia today. … She arrived in Yerevan on 25 November …": and an arrival on a day of a visit
        // the text dates whole is that visit, of all its days)
        static bool Within(PartialDate inner, PartialDate outer) => inner.Text != outer.Text && outer.Earliest <= inner.Earliest && inner.Latest <= outer.Latest;
        static bool DayOfVisit(PartialDate inner, PartialDate outer) => inner.Precision == DatePrecision.Day && outer.Precision == DatePrecision.Interval && Within(inner, outer);
        var kept = new List<ProposedEvent>();
        foreach (var p in proposals)
        {
            var visit = p.Draft.Kind == EventKind.Visit;
            var same = p.Draft.Kind is not (EventKind.Meeting or EventKind.Visit) ? -1 : kept.FindIndex(k => k.Draft.Kind == p.Draft.Kind
                                         && Parties(k).SequenceEqual(Parties(p))
                                         && (((k.Draft.Occurred.Text == p.Draft.Occurred.Text
                                               || (!visit && (Within(p.Draft.Occurred, k.Draft.Occurred) || Within(k.Draft.Occurred, p.Draft.Occurred))))
                                              && (k.Draft.Place == p.Draft.Place || k.Draft.Place is null || p.Draft.Place is null))
                                             // (wherever the arrival was: a city of the State the visit was to)
                                             || (visit && (DayOfVisit(p.Draft.Occurred, k.Draft.Occurred) || DayOfVisit(k.Draft.Occurred, p.Draft.Occurred)))));
            if (same >= 0 && (visit ? Within(kept[same].Draft.Occurred, p.Draft.Occurred) : Within(p.Draft.Occurred, kept[same].Draft.Occurred)))
                kept[same] = p with { Draft = p.Draft with { Place = p.Draft.Place ?? kept[same].Draft.Place } };
            else if (same >= 0 && visit && Within(p.Draft.Occurred, kept[same].Draft.Occurred)) continue;
            else if (same < 0) kept.Add(p);
            // ("Key points / • Ambassador Volker Frobarth met … on 30 November. … The Head of the OSCE Programme Office …, met … on 30
            // November to discuss …": a summary's bullet and the body's sentence are one meeting, told in full by the body)
            // ("Reporter: Mr Braathu, you met the Prime Minister today. …" / "Braathu: Yes, this morning I met Prime Minister Nikol
            // Pashinyan …": and a question's "you met" and the answer are one meeting, told by the one who met)
            else if ((p.Confidence > kept[same].Confidence && !(YouMet().IsMatch(p.Draft.Source.Quote) && !YouMet().IsMatch(kept[same].Draft.Source.Quote)))
                     || (YouMet().IsMatch(kept[same].Draft.Source.Quote) && !YouMet().IsMatch(p.Draft.Source.Quote))
                     || (p.Confidence == kept[same].Confidence && SummaryBullet().IsMatch(kept[same].Draft.Source.Quote) && !SummaryBullet().IsMatch(p.Draft.Source.Quote)))
                kept[same] = p with { Draft = p.Draft with { Place = p.Draft.Place ?? kept[same].Draft.Place } };
            else if (kept[same].Draft.Place is null) kept[same] = kept[same] with { Draft = kept[same].Draft with { Place = p.Draft.Place } };
        }

        return kept;
    }

    /// <summary>A meeting put to the one who met: "you met the Prime Minister today", "You have also met …".</summary>
    [GeneratedRegex(@"\b[Yy]ou\s+(have\s+|also\s+|have\s+also\s+)?(met|held\s+talks|spoke)\b")]
    private static partial Regex YouMet();

    /// <summary>A bullet's sentence: "• Ambassador Volker Frobarth met …".</summary>
    [GeneratedRegex(@"^\s*[•▪‣◦]")]
    private static partial Regex SummaryBullet();

    /// <summary>Everyone taking part, whichever side: "A met B" and "B and A exchanged views" are one meeting.</summary>
    private static IEnumerable<string> Parties(ProposedEvent p) => p.Draft.Actors.Concat(p.Draft.Counterparts).Select(a => a.Id).Distinct().Order();

    /// <summary>
    /// "… called on the international community to urge the government to:" or a "Recommendations" heading opens a list
    /// of recommendations; "The IHF is concerned, for example, about:" a list of criticisms.
    /// </summary>
    private static (EventKind, List<ActorRef>, List<ActorRef>)? ListOpenedBy(string text, IReadOnlyList<Mention> found, List<ProposedEvent> proposed, Context context)
    {
        // "To the European Union and the OSCE participating States:" above its items: what the author recommends to whom the line names
        if (found.Count > 0 && context.Author is { } writer && AddressedLine().IsMatch(text))
            return (EventKind.RecommendationMade, [writer], [.. found.Select(m => m.Actor).Where(a => a.Id != writer.Id).DistinctBy(a => a.Id)]);
        // "The OSCE and its participating States should:" above its items: what the author recommends to whom the line names
        if (found.Count > 0 && context.Author is { } advising && ShouldLine().IsMatch(text))
            return (EventKind.RecommendationMade, [advising], [.. found.Select(m => m.Actor).Where(a => a.Id != advising.Id).DistinctBy(a => a.Id)]);
        if (text.TrimEnd().EndsWith(':') && proposed.Select(p => p.Draft).FirstOrDefault(d => d.Kind is EventKind.RecommendationMade or EventKind.CriticismRaised) is { } lead)
            return (lead.Kind, [.. lead.Actors], lead.Kind == EventKind.RecommendationMade ? [.. lead.Counterparts] : []);
        // ("Key concerns:" over a country chapter's bullets: what its author finds wrong in the State the chapter is about)
        if (Has(ConcernsHeading(), text))
            return (EventKind.CriticismRaised, context.Author is { } concerned ? [concerned] : [], context.MainState is { } concerning ? [concerning] : []);
        // ("In light of the above, ODIHR makes the following key recommendations:": or a line of the author's ending on them)
        if ((text.StartsWith("Recommendation", StringComparison.OrdinalIgnoreCase) && text.Length < 160 && !text.TrimEnd().EndsWith('.')) || Has(RecommendationsFollow(), text))
            return (EventKind.RecommendationMade, context.Author is { } a ? [a] : [], context.MainState is { } s ? [s] : []);
        return null;
    }

    /// <summary>A section's number before its heading: "4.1 ", "2. ".</summary>
    [GeneratedRegex(@"^\d{1,2}(\.\d{1,2})*\.?\s+")]
    private static partial Regex SectionNumber();

    /// <summary>A heading over a list of what is wrong: "Key concerns:", "Main concerns", "Areas of concern:".</summary>
    [GeneratedRegex(@"^\W*((key|main|principal|major)\s+concerns|concerns|areas\s+of\s+concern)\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ConcernsHeading();

    /// <summary>What follows "the readiness" whose it is: " of the …".</summary>
    [GeneratedRegex(@"^\s+of\s+(the\s+)?\p{Lu}")]
    private static partial Regex ReadinessOf();

    private const string AttackerPattern = @"\G[^.;]{0,60}?\b(?<adj>\p{Lu}\p{Ll}+)(?<owner>’s|'s)?\s+((\w+|and)\s+){0,4}?(attacks?|strikes?|shelling|aggression|invasion|bombardment|offensive|interference|meddling|pressure)\b";

    /// <summary>An attack named with its maker's adjective or possessive: "Russian missile and drone attack", "Azerbaijani shelling", "Russia's continued strikes".</summary>
    [GeneratedRegex(AttackerPattern)]
    private static partial Regex AttackerAdjective();

    /// <summary>A call paid on someone somewhere, right after "called on".</summary>
    [GeneratedRegex(@"\G\s*" + CalledOnAt)]
    private static partial Regex CallPaid();

    /// <summary>What makes "calls" a noun: "making calls for", "public calls for".</summary>
    [GeneratedRegex(@"\b(making|made|make|issuing|public|inciting|incitement\s+to|repeated|several|many)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex NounCalls();

    /// <summary>A document of someone else's that a judgement is about, up to a participle of it: "welcomed the resolution of the European Parliament in May …".</summary>
    [GeneratedRegex(@"\b(welcom\w*|support\w*|endors\w*|prais\w*|commend\w*|criticis\w*|criticiz\w*|condemn\w*)\s+(the|a|an)\s+[^,;.]{0,80}?\b(resolution|statement|letter|petition|motion|report|declaration|decision)\b[^,;.]*$", RegexOptions.IgnoreCase)]
    private static partial Regex CallingInWhatIsJudged();

    /// <summary>A State's deed named by its possessive: "’s war of aggression", "'s crackdown on".</summary>
    [GeneratedRegex(@"^[’']s\s+(\w+\s+){0,2}(war|aggression|invasion|crackdown|attack|attacks|repression|treatment|persecution|policy|policies|actions?|conduct|decision|refusal|failure)\b")]
    private static partial Regex DeedOf();

    /// <summary>A praise and what it is given for: "commend the Swiss Chairpersonship for raising", "thanked the Mission for supporting".</summary>
    [GeneratedRegex(@"\b(commend(ed|s|ing)?|thank(ed|s)?|prais(ed|es)|congratulat(ed|es)|grateful\s+to)\b[^.;:]{0,120}?\bfor\s+\w+ing\b")]
    private static partial Regex PraisedFor();

    /// <summary>Meetings as a habit, with a group unnamed: "in meetings with the authorities", "in regular meetings with officials".</summary>
    [GeneratedRegex(@"^[^.;]*?\bin\s+((regular|frequent|numerous|many|his|her|their|its|our)\s+)?meetings\s+with\s+(the\s+)?(authorities|officials|government|counterparts)\b")]
    private static partial Regex HabitualMeetings();

    /// <summary>A step told as the one promised (<see cref="StepPromised"/>).</summary>
    [GeneratedRegex(StepPromised, RegexOptions.IgnoreCase)]
    private static partial Regex StepPromisedTold();

    /// <summary>"should " or "must " right before a verb.</summary>
    [GeneratedRegex(@"\b(should|must)\s+(also\s+|now\s+)?$")]
    private static partial Regex ShouldBefore();

    /// <summary>A statement reported just before, rejected: "dismissed the statement as one-sided", "rejected these accusations", "rejected the ruling".</summary>
    [GeneratedRegex(@"\b(dismissed|rejected|denounced|brushed\s+aside)\s+(the|this|that|these|those|its|his|her|their|such)\s+(statement|criticism|report|accusations?|allegations?|claims?|concerns?|remarks|findings|assessment|ruling|judg(e)?ment|verdict)s?\b")]
    private static partial Regex Rejected();

    /// <summary>A judge's own statement named with its day: "in its statement of", "in his remarks on", "in a press release dated".</summary>
    [GeneratedRegex(@"\b(its|his|her|their|a|the)\s+(\w+\s+)?(statement|press\s+release|communiqu[eé]|remarks|speech|address|letter|report)\s+(issued\s+|published\s+|made\s+|delivered\s+)?(of|on|dated)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnStatementOf();

    /// <summary>
    /// A date that ends its clause, then "and" or "but" before the next verb, or before a clause and then "and": "2025 and ", "12 May 2025,
    /// and also ", "October, but ", "October, but expressed concern that three seats … for more than a year, and ".
    /// </summary>
    [GeneratedRegex(@"^\w+(\s+\w+){0,2},?\s+(and|but)\s+(also\s+)?([^.;:]*?,?\s+and\s+(also\s+)?)?$")]
    private static partial Regex DateThenAnd();

    /// <summary>The speaker's own office as the subject right before a verb: "My Office ", "2/2 Our Mission ".</summary>
    [GeneratedRegex(@"\b(my|our)\s+(office|mission|centre|center|programme\s+office|institution|team)\s+(also\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex MyOfficeSubject();

    /// <summary>"reported on her visit to", "briefed the Committee on his recent trip to": a trip told as what a speaker reports on.</summary>
    [GeneratedRegex(@"\b(reported|reporting|briefed|briefing|informed)\s+(\w+\s+){0,3}?(on|about)\s+(his|her|their|its|the)\s+(recent\s+)?(visit|trip|mission|travels?)\b")]
    private static partial Regex ReportedOnTrip();

    /// <summary>A step the judge says someone recommended before, right before the verb: "an important step I have long ", "a reform that we have repeatedly ".</summary>
    [GeneratedRegex(@"\b(step|measure|move|change|reform|decision)s?\s+(that\s+|which\s+)?(I|we|he|she|they|it)\s+(have|has|had)\s+(long\s+|repeatedly\s+|always\s+|consistently\s+)?$")]
    private static partial Regex StepRecommended();

    /// <summary>A second verb, of saying, for the same subject: "…, and said his Office ".</summary>
    [GeneratedRegex(@",\s+and\s+(also\s+)?(said|added|stressed|noted)\b[^.;:]*$")]
    private static partial Regex AndSaid();

    /// <summary>A verb of judging earlier in the clause a date is in: "Ms. Kran welcomed the decriminalization of defamation ", "expressed alarm at the detention of journalists … ".</summary>
    [GeneratedRegex(@"\b(welcomed|praised|commended|critici[sz]ed|condemned|deplored|regretted|expressed\s+(\w+\s+){0,2}(alarm|concern|dismay|outrage))\s[^.;:]*$")]
    private static partial Regex EarlierJudgement();

    /// <summary>
    /// The participle before a date that tells when something named was made, or befell those named: "adopted in", "signed on", "held in",
    /// "the review the Ministry requested on", "journalists detained last year", "freed on parole on", "the peace agreement initialled with
    /// Azerbaijan in", "figures arrested during last year's protests"; or the noun that names it: "the
    /// detention on", "the attack in"; or strikes on a place: "in strikes on Kyiv and Odesa last week".
    /// </summary>
    [GeneratedRegex(@"\b(adopted|approved|signed|initiall?ed|passed|launched|established|held|enacted|introduced|published|created|requested|submitted|completed|concluded|finali[sz]ed|dissolved|detained|arrested|jailed|imprisoned|sentenced|convicted|killed|attacked|abducted|(freed|released|pardoned)(\s+on\s+(parole|bail))?)(\s+(with|by|between)\s+[^,;.]{1,40}?)?\s+((in|on|during)\s+)?$|" + DatedActs + @"(in|on)\s+$|\b(strikes|attacks|shelling|bombings?|raids|explosions)\s+(on|in|against)\s+[^,;.]{1,30}?\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex AttributiveDate();

    /// <summary>A sentence telling what an agreement has its parties do: "Under the memorandum, …".</summary>
    [GeneratedRegex(@"^\W*Under\s+(the|this|that|its|their)\s+(new\s+)?(memorandum|agreement|roadmap|protocol|action\s+plan|MoU|arrangement|accord)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnderAgreement();

    /// <summary>"…, and the Programme Office will provide …", "…, while the Ministry will provide …": another party's part in an agreement.</summary>
    [GeneratedRegex(@"\G[^;.]*?,\s+(and|while|whereas)\s+(?<who>(the\s+)?\p{Lu}[^,;.]{1,80}?)\s+(will|shall|undertakes\s+to|is\s+to|commits\s+to)\s+")]
    private static partial Regex OtherPartyWill();

    /// <summary>A line naming whom the recommendations under it are for: "To the Government of Tajikistan:".</summary>
    [GeneratedRegex(@"^\W*To\s+(the\s+)?((government|authorities|parliament)\s+of\s+(the\s+)?)?\p{Lu}[^:.;]{2,100}:$")]
    private static partial Regex AddressedLine();

    /// <summary>An item of a list: a bullet, or for recommendations also a line opening with what to do ("Release all …").</summary>
    private static bool IsListItem(string text, EventKind kind)
    {
        if (Bulleted(text)) return true;
        var t = text.TrimStart();
        // ("A. to remove the requirement …", "2) to ensure …": an item lettered or numbered, under a line opening a list of recommendations)
        if (kind == EventKind.RecommendationMade && LetteredItem().IsMatch(t)) return true;
        // ("Immediately and unconditionally quash the sentence …": the verb after the adverbs an item opens on)
        var first = new string(t.TakeWhile(c => char.IsLetter(c) || c == '-').ToArray());
        if (kind == EventKind.RecommendationMade && first.EndsWith("ly", StringComparison.Ordinal) && ItemAdverbs().Match(t) is { Success: true } adverbs)
            first = new string(t.AsSpan(adverbs.Length).ToString().TakeWhile(c => char.IsLetter(c) || c == '-').ToArray());
        return kind == EventKind.RecommendationMade && Imperatives.Contains(first);
    }

    /// <summary>Whether a text opens on a list's bullet: "• …", "– …", "* …".</summary>
    private static bool Bulleted(string text) => text.TrimStart() is [var mark, ..] && BulletMarks.Contains(mark);

    private static string? TopicIn(string text) => Topics.Where(t => Cued(text, t.Cue)).Select(t => t.Topic).FirstOrDefault();

    /// <summary>
    /// Whether a topic's cue opens a word of the text: a stem ("terroris", "minorit") at a word's start; "roma" as a word of its own
    /// (not the "Roma" of "Roman Roșca" or "Romania", nor the "media" of "intermediate").
    /// </summary>
    private static bool Cued(string text, string cue)
    {
        for (var at = text.IndexOf(cue, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(cue, at + 1, StringComparison.OrdinalIgnoreCase))
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (cue != "roma" || at + cue.Length == text.Length || !char.IsLetter(text[at + cue.Length]))) return true;
        return false;
    }

    /// <summary>
    /// The cues that match the sentence, in order, each with its match: a kind already proposed from it (in <paramref name="seen"/>,
    /// which the caller fills as it goes) is not looked for again, and a cue the sentence has none of the words for (not in
    /// <paramref name="possible"/>, read by <see cref="Screen"/>) cannot match; neither is run. A match the caller passes over ("The EU will continue to follow
    /// these cases and remains ready to support …": a "will continue to" no one is quoted saying) leaves the cue's later
    /// matches in the sentence to try.
    /// </summary>
    private static IEnumerable<(Cue Cue, Match Match)> Matching(string text, CueScreen.Reading reading, UInt128 possible, HashSet<EventKind> seen, Dictionary<EventKind, int> reopen)
    {
        foreach (var k in CueOrder)
        {
            if (seen.Contains(Cues[k].Kind) || (possible & (UInt128.One << k)) == 0) continue;
            var parts = PartsPossible(reading, k);
            for (var match = Cues[k].Pattern.Match(text, 0, parts); match.Success && !seen.Contains(Cues[k].Kind); match = Cues[k].Pattern.Match(text, match.Index + Math.Max(1, match.Length), parts))
                if (!reopen.TryGetValue(Cues[k].Kind, out var from) || match.Index >= from) yield return (Cues[k], match);
        }
    }

    /// <summary>
    /// The order cues are tried in: the list's, except that a phrase judging without naming a judge comes after the last cue of its
    /// kind that names one ("He commended Kyrgyzstan's constructive approach to …": "commended" says who praises and what,
    /// "constructive approach" only that something is praised).
    /// </summary>
    private static readonly int[] CueOrder = [.. Enumerable.Range(0, Cues.Length)
        .OrderBy(k => Cues[k].Evaluative ? Math.Max(k, Enumerable.Range(0, Cues.Length).LastOrDefault(j => Cues[j].Kind == Cues[k].Kind && !Cues[j].Evaluative, k) + 0.5 + k / 1000.0) : k)];

    /// <summary>
    /// Whether a sentence's date says nothing of when what it tells happened: it is the day of publication, or a day still ahead of
    /// it ("would adopt the strategy by March 2027": what is pledged for).
    /// </summary>
    private static bool NoDayOfItsOwn(FoundDate? date, PartialDate? published) =>
        date is { Rule: "date:publication" } || (date is { Stated: true } && published is not null && date.Date.Earliest > published.Latest);

    /// <summary>Whether a sentence tells a meeting or a visit (by a cue of theirs, not misread).</summary>
    private static bool TellsEncounter(string sentence)
    {
        // (only the cues the sentence has the words for: the rest cannot match)
        var reading = ScreenReading(sentence);
        foreach (var k in new BitIndices(Screen.Possible(reading, 0, Cues.Length) & EncounterCues))
            if (Cues[k].Pattern.Match(sentence, 0, PartsPossible(reading, k)) is { Success: true } m && !Misread(sentence, m))
                return true;
        return false;
    }

    /// <summary>The cues of meetings and visits, a bit each (as <see cref="Screen"/> reads them).</summary>
    private static readonly UInt128 EncounterCues = Enumerable.Range(0, Cues.Length).Where(k => Cues[k].Kind is EventKind.Meeting or EventKind.Visit)
        .Aggregate(UInt128.Zero, (cues, k) => cues | UInt128.One << k);

    private static readonly EventKind[] Judgements = [EventKind.CriticismRaised, EventKind.RecommendationMade, EventKind.PraiseExpressed, EventKind.CommitmentAssessed];

    private static List<ProposedEvent> FromSentence(string documentId, Sentence sentence, IReadOnlyList<Mention> found, FoundDate? date, Context context)
    {
        var proposals = new List<ProposedEvent>();
        var text = sentence.Text;
        // (a sentence with the words of no cue proposes nothing: what follows reads its mentions for the cues that match)
        var reading = ScreenReading(text);
        var possible = Screen.Possible(reading, 0, Cues.Length);
        if (possible == 0) return proposals;
        var published = context.Published;
        // the dateline says where the text was filed, not who acts
        if (Dates.Dateline().Match(text) is { Success: true } dateline) found = [.. found.Where(m => m.Start >= dateline.Length)];
        // "Transparency International Georgia considers the law incompatible with …", in its own statement: a body the dictionary knows
        // named with a State right after it, as the body that publishes is named, is that body (a national chapter), not the two
        if (context.Author is { Kind: ActorKind.Organisation or ActorKind.CivilSociety } publisher && found.Count >= 2)
            for (var k = 0; k + 1 < found.Count; k++)
                if (found[k].Actor.Kind is ActorKind.Organisation && found[k + 1].Actor.Kind is ActorKind.ParticipatingState or ActorKind.State
                    && found[k + 1].Start == found[k].End + 1 && text[found[k].End] == ' '
                    && string.Equals(text[found[k].Start..found[k + 1].End], publisher.Name, StringComparison.OrdinalIgnoreCase))
                {
                    found = [.. found.Take(k), new Mention(publisher, found[k].Start, found[k + 1].End, "actor:publisher"), .. found.Skip(k + 2)];
                    break;
                }

        // ("Mr. Nebenzia (Russian Federation) (spoke in Russian): The OSCE Office …": a verbatim record's label says who speaks, not of whom)
        if (context.Answering is not null && text.Contains("):", StringComparison.Ordinal) && Sentences.Label().Match(text) is { Success: true } label && label.Value.Contains('('))
            found = [.. found.Where(m => m.Start >= label.Length)];
        // "… remains unimplemented". [OSCE Mission to Moldova]": a chronology's source in square brackets at the end says who reported it, not who acts
        if (text.EndsWith(']') && SourceTag().Match(text) is { Success: true } tag) found = [.. found.Where(m => m.Start < tag.Index)];
        // "the implementation of OSCE human rights commitments", "UN standards": a body named to qualify its norms, or what it funds
        // ("the OSCE-supported Women's Information Centre"), is no party;
        // "Kazakhstan should not have been named chair-in-office": a title someone is named to is the office, not its holder
        // ("welcomed the Serbian Chairmanship of the OSCE": the body a State chairs is not welcomed beside it)
        bool NoParty(Mention m) => (m.Actor.Kind is ActorKind.Organisation or ActorKind.Institution && Has(Attributive(), text, text.AsSpan(m.End)))
                                   || (m.Actor.Kind is ActorKind.Organisation && found.Any(s => s.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State && s.End <= m.Start && m.Start - s.End <= 8
                                       && ChairshipOf().IsMatch(text.AsSpan(s.Start, m.Start - s.Start))))
                                   || (m.Rule == "actor:role-title" && NamedTo().IsMatch(text.AsSpan(0, m.Start)))
                                   // ("the shrinking space for independent media in several of our member and participating States": some, unnamed, not all)
                                   || (m.Actor.Name == "OSCE participating States" && SomeOf().IsMatch(Preceding(text, m.Start, 40)))
                                   // ("Turkmenistan joined the OSCE in 1992 and, like every participating State, accepted …": one it is likened to)
                                   || Has(Likened(), text, Preceding(text, m.Start, 12))
                                   // ("Mr. Emanuelis Zingeris (Lithuania) condemned …": a delegate's State in brackets after their name, as an assembly's
                                   // summary records, says where they come from; they speak, not it)
                                   || DelegateOf(m) is not null;
        ActorRef? DelegateOf(Mention m) =>
            m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State && m.Start >= 2 && text[m.Start - 1] == '(' && m.End < text.Length && text[m.End] == ')'
            && found.LastOrDefault(p => p.Actor.Kind is ActorKind.Official or ActorKind.Person && p.End <= m.Start - 1 && text.AsSpan(p.End, m.Start - 1 - p.End).IsWhiteSpace()) is { } member
                ? member.Actor : null;
        // (whose State each delegate is: "Mr. Hajiyev (Turkmenistan) … said that his Government would …" pledges for it)
        var delegates = found.Select(m => (Member: DelegateOf(m), State: m.Actor)).Where(d => d.Member is not null).ToList();
        if (found.Any(NoParty)) found = [.. found.Where(m => !NoParty(m))];
        found = AsOffices(text, found, context);
        // ("Today in Tbilisi I met …. I … urged the authorities to release her": the State where the text last was, else the document's)
        if ((context.Host ?? context.MainState) is { } main) found = WithAuthorities(text, found, main, context.Names, context.Published ?? context.Undated, context.Previous);
        found = WithCivilSociety(text, found, context);
        found = WithDeFactoAuthorities(text, found);
        // ("Ararat Mirzoyan congratulated his counterpart on …", after a call between the two: the other one of the two met)
        if (context.Met is { Count: 2 } metTwo && text.Contains("counterpart", StringComparison.Ordinal) && TheirCounterpart().Match(text) is { Success: true } counterpartWord
            && found.LastOrDefault(m => m.End <= counterpartWord.Index && metTwo.Any(x => x.Id == m.Actor.Id)) is { } oneMet
            && metTwo.First(x => x.Id != oneMet.Actor.Id) is var otherMet && found.All(m => m.Actor.Id != otherMet.Id))
            // (the State "his Swiss counterpart" names by its adjective is theirs, not one judged beside them)
            found = [.. found.Where(m => !(m.Start >= counterpartWord.Index && m.End <= counterpartWord.Index + counterpartWord.Length))
                .Append(new Mention(otherMet, counterpartWord.Index, counterpartWord.Index + counterpartWord.Length, "actor:counterpart")).OrderBy(m => m.Start)];
        // (but "“I will continue to work with all delegations,” he said.": the one last named says it)
        if (found.Count == 0 && context.Author is null && context.LastBody is null && context.Sides is null && !((StartsQuoted(text) || context.InQuote) && (context.NextSpeaker ?? context.Quoting) is not null)
            && !(context.Officials is { Count: > 0 } && TheTitle().IsMatch(text)) && !(StartsQuoted(text) && context.LastOfficial is not null && HeSaidAfter().IsMatch(text))) return proposals;
        // ("At the same meeting, … Germany would contribute … in 2027": or a day still ahead, what is pledged for)
        // ("On Monday the mission's preliminary statement … said that …. It urged the authorities to …": what the statement went on to say, that day too)
        if (NoDayOfItsOwn(date, published) && (Has(Dates.SameDay(), text) || Has(ItWentOn(), text)) && context.LastDate is { } previous)
            date = previous with { Rule = "date:same-day" };
        else if (date is { Rule: "date:publication" } && context.Story is { } story) date = story with { Rule = "date:story" };
        var evidence = new Evidence(documentId, text, sentence.Start, sentence.End - sentence.Start);
        var topic = TopicIn(text);
        var place = PlaceIn(text);
        var seen = new HashSet<EventKind>();

        // (the cues that match, found before the body below: each pass through it allocates what its checks capture)
        var pledgeCue = -1; // where a pledge the sentence reports is cued
        (List<ActorRef> Makers, List<ActorRef> To, int At)? firstPledge = null; // who made the sentence's first pledge, to whom, and where it is cued
        var firstJudges = new Dictionary<EventKind, List<ActorRef>>(); // who made the sentence's first judgement of each kind
        var pledgedWordings = new HashSet<string>(StringComparer.Ordinal); // the words of each pledge proposed from the sentence
        // "We commend the Support Programme …, and we welcome the decision of the Swiss Chairpersonship …": a second judgement of a kind,
        // in a clause of its own after the first, is proposed too (from where that clause starts)
        var reopen = new Dictionary<EventKind, int>();
        // ("One participant urged ODIHR to …": whether the sentence's subject is one of many left unnamed, read once for all its cues)
        var unattributed = Has(Unattributed(), text);
        foreach (var (cue, cueMatch) in Matching(text, reading, possible, seen, reopen))
        {
            var match = cueMatch;
            // "We commend the Swiss Chairpersonship for raising the situation of political prisoners in Belarus": what a praise is given
            // for names the wrong it takes up, which is no criticism of the sentence's own
            if (cue.Rule is "cue:record-of-repression" or "cue:negative-judgement" && PraisedFor().Match(text) is { Success: true } praisedFor && praisedFor.Index + praisedFor.Length <= match.Index) continue;
            // ("have not done so": only what the sentence before asked to be implemented)
            if (match.Groups["asked"].Success && context.Asked is null) continue;
            // "Meredov had informed Braathu that the government would review the travel restrictions": what a pledge will see to is not
            // judged by whoever pledges it
            // (but "… stated that "everyone who writes a petition will be considered", but the pardon procedure remains opaque": the writer's
            // own words, after the pledge's quotation closes, judge)
            if (cue.Rule is "cue:negative-judgement" or "cue:reported-criticism" && pledgeCue >= 0 && (cue.Rule == "cue:reported-criticism" || pledgeCue < match.Index)
                && !(pledgeCue < match.Index && QuotedThenBut().Match(text, pledgeCue, match.Index - pledgeCue).Success)) continue;
            // "The pledges were welcomed at the time as a test of …": a praise in the passive, with no one said to give it, is no one's
            // (but "It was noted with satisfaction that …" in a release of talks: the sides who met noted it)
            if (cue.Kind == EventKind.PraiseExpressed && !cue.Passive && PassiveBefore().IsMatch(Preceding(text, match.Index, 30)) && !(context.Met is { Count: >= 2 } && ItWasNoted().IsMatch(text))
                && !ByAgent().IsMatch(text.AsSpan(match.Index + match.Length, Math.Min(60, text.Length - match.Index - match.Length)))) continue;
            // "President Emomali Rahmon has been criticized for years over …": a criticism in the passive with no one said to make it is no one's
            // (and the criticised makes none; "… has been criticized by international human rights groups" names who did)
            if (cue.Kind == EventKind.CriticismRaised && !cue.Passive && match.ValueSpan.StartsWith("critici", StringComparison.OrdinalIgnoreCase)
                && PassiveBefore().IsMatch(Preceding(text, match.Index, 30)) && !ByAgent().IsMatch(text.AsSpan(match.Index + match.Length))) continue;
            // ("[00:01:02] PRESENTER: Are you concerned about anything?": what a question asks someone is no judgement)
            if (Judgements.Contains(cue.Kind) && text.TrimEnd().EndsWith('?') && YouAsked().IsMatch(text)) continue;
            // "Minister Borg is also concerned about …": the cue is the words, not the opening they follow
            if (match.Groups["concerned"].Success) match = Concerned().Match(text, match.Groups["concerned"].Index);
            if (Misread(text, match)) continue;
            // "had raised human rights concerns regularly … in meetings with the authorities": meetings told as a habit, with no one named,
            // are no meeting
            if (cue.Kind == EventKind.Meeting && match.ValueSpan.StartsWith("meetings", StringComparison.OrdinalIgnoreCase) && HabitualMeetings().IsMatch(text.AsSpan(Math.Max(0, match.Index - 30)))) continue;
            // ("Under the memorandum, the Programme Office will train …. The Ministry will designate a focal point …": the terms go on in the
            // sentences after, in a document telling an agreement's terms, and only there)
            if (match.Groups["termsNext"].Success && !context.Terms) continue;
            // "… was an important step that Bosnia and Herzegovina had promised to take": a promise told as kept is judged, not made again
            if (cue.Kind == EventKind.CommitmentMade && text.Contains("step", StringComparison.OrdinalIgnoreCase) && StepPromisedTold().Match(text) is { Success: true } kept
                && match.Index >= kept.Index && match.Index < kept.Index + kept.Length) continue;
            // "Welcome the vote …, an important step I have long recommended": the step judged is one the judge recommended before, not a call now
            if (cue.Kind == EventKind.RecommendationMade && match.ValueSpan.StartsWith("recommend", StringComparison.OrdinalIgnoreCase) && StepRecommended().IsMatch(Preceding(text, match.Index, 60))) continue;
            // "… and the Minister of Justice, Bojan Božović, today signed a memorandum of understanding": where the document goes on to say what
            // each side will do under it, those are the commitments; the signing itself is the two sides' meeting
            if (cue.Rule == "cue:adopted-plan" && context.Terms && !match.Groups["present"].Success) continue;
            // "The amendments to Azerbaijan's law on non-governmental organisations, signed by President Ilham Aliyev on 28 November, …": a law
            // signed into force is enacted, not pledged ("expressed concern about the amendments to Kyrgyzstan's Law on Mass Media signed by
            // President Sadyr Japarov on 3 December": wherever in the sentence it is named)
            if (cue.Rule == "cue:adopted-plan" && match.ValueSpan.StartsWith("signed by", StringComparison.OrdinalIgnoreCase) && LawSigned().IsMatch(Preceding(text, match.Index, 120))) continue;
            // ("Sinirlioğlu praised the agreement on the state border signed by Kyrgyzstan and Tajikistan in March 2025": an agreement signed before,
            // named as what is judged now)
            if (cue.Rule == "cue:adopted-plan" && match.ValueSpan.StartsWith("signed by", StringComparison.OrdinalIgnoreCase) && JudgedThing().IsMatch(Preceding(text, match.Index, 120))) continue;
            // ("The European Union warmly welcomes the signing of the Agreement …", "Statement … on the signing of the Peace Agreement": a
            // signing judged or spoken of, not one the sentence reports)
            if (cue.Rule == "cue:adopted-plan" && match.ValueSpan.StartsWith("signing", StringComparison.OrdinalIgnoreCase) && SigningSpokenOf().IsMatch(Preceding(text, match.Index, 40))) continue;
            // "One participant urged ODIHR to …", "Several participants criticized …" (under the Chatham House Rule): no one said it that can be
            // named (but "Some delegations keep using the OSCE as a tool …" in a speaker's words is what the speaker judges)
            if (unattributed && cue.Kind != EventKind.Meeting && cue.Kind != EventKind.Visit && !cue.Spoken && !cue.Evaluative) continue;
            // "https://report.az/…/osce-welcomes-meeting-between-…": words of a web address say nothing
            if (Sentences.WebAddresses(text).Any(a => match.Index >= a.Start && match.Index < a.End)) continue;
            // "Cassis will travel to Chisinau for talks with President Maia Sandu": a trip and its talks announced, not held
            if (cue.Kind is EventKind.Meeting or EventKind.Visit && WillTravel().IsMatch(Preceding(text, match.Index, 100))) continue;
            // (a "should" of any verb, the cue's "anyVerb" group, is told to whom it follows, as the cue's listed verbs are)
            var must = cue.Rule == "cue:must" || match.Groups["anyVerb"].Success;
            // "To make progress together we should continue to recognise …": the speaker exhorting their own side, not urging another
            if (must && WeModal().IsMatch(Preceding(text, match.Index, 12))) continue;
            // "First, the OSCE should tie its assistance to …": any verb a party named right before "should" is told to do, or not to do ("The
            // OSCE and its participating States must not treat this as business as usual"); not "it should be noted", "this should not
            // happen", nor "… should have been" (the verbs the cue lists are told to anyone)
            if (match.Groups["anyVerb"] is { Success: true } anyVerb && (NotToldToDo.Contains(anyVerb.Value)
                // ("The High Commissioner should make public the recommendations he gave …": or an official named by their office)
                || !found.Any(m => m.End <= match.Index && SubjectOf(text, m, match.Index)
                                   && (m.Actor.Kind is not (ActorKind.Official or ActorKind.Person)
                                                                                        || (m.Actor.Kind is ActorKind.Official && (Preceding(text, m.Start, 4) is "The " or "the " || text.AsSpan(m.Start).StartsWith("The ", StringComparison.OrdinalIgnoreCase)
                                                                                            // ("The OSCE Representative on Freedom of the Media, Jan Braathu, should visit …": or by office, then name)
                                                                                            || OfficeThenName().IsMatch(text.AsSpan(0, m.Start))))))
                // (and only by someone: the author, or whoever the sentence has saying it; a news outlet's own sentence tells no one anything)
                || (context.Author is null && Voice(text, found, context) is null))) continue;
            // a pledge is what someone says they will do: only its negation is not one
            // a judgement may be about the future ("will taint the investigation"): only its negation is not one
            // ("we will continue to demand the immediate release": a call kept up, made now)
            if (cue.Kind == EventKind.CommitmentMade || cue.Spoken ? Negated(text, match.Index)
                : cue.Kind != EventKind.CommitmentAssessed && NotReported(text, match) && !(Judgements.Contains(cue.Kind) && ContinuesTo().IsMatch(Preceding(text, match.Index, 24)))) continue;
            // "A meeting between the Chairperson-in-Office and the President of Moldova, planned for 28 November, has been postponed": called off
            if (cue.Kind is EventKind.Meeting or EventKind.Visit && CalledOff().IsMatch(text.AsSpan(match.Index))) continue;
            // "The President of the OSCE PA also expressed hope that the Kyrgyz authorities would ensure …": what is hoped another will do is
            // asked of them, not pledged
            if (cue.Kind == EventKind.CommitmentMade && HopedThat().IsMatch(Preceding(text, match.Index, 80))) continue;
            // "we will continue to demand …" pledges nothing but the call
            if (cue.Kind == EventKind.CommitmentMade && match.Groups["own"].Success && CallAfter().IsMatch(text.AsSpan(match.Index + match.Length))) continue;
            // "I commend Kazakhstan for hosting this conference and the OSCE Programme Office in Astana for its tireless work": tireless work
            // a verb before it praises is part of what that verb praises, not a praise of its own
            if (cue.Kind == EventKind.PraiseExpressed && TirelessWork().IsMatch(match.ValueSpan) && PraisedBefore().IsMatch(text.AsSpan(0, match.Index))) continue;
            // ("Kazakhstan will always be a reliable partner of the OSCE": a pledge to be one, not a praise)
            if (cue.Kind == EventKind.PraiseExpressed && PartnerPledged().IsMatch(Preceding(text, match.Index, 40))) continue;
            // "Their trials failed to meet basic fair-trial standards": a standard failed is a criticism (its own cue's), not a commitment assessed
            // ("the amendments … fell short of international standards": the same for a standard fallen short of)
            if (cue.Rule is "cue:failed-to-meet" or "cue:fell-short" && FailedStandards().IsMatch(text.AsSpan(match.Index + match.Length))) continue;
            // (the thing said to be set up is one the last pledge named: "establishing a working group on …" and "The working group was set up")
            if (match.Groups["done"].Success && !(context.LastCommitment is { } pledgedThing && pledgedThing.Contains(match.Groups["done"].Value, StringComparison.OrdinalIgnoreCase))) continue;
            // ("President Sadyr Japarov told the Representative that no journalist would be imprisoned for their work. Since then, at least
            // eleven journalists have been detained": what has happened since a pledge, against it, finds it unmet; with no pledge before, a record)
            if (match.Groups["since"].Success && context.LastCommitment is null) continue;
            // "it appears that the elections will fall short of international standards": a forecast, not an assessment
            if (cue.Kind == EventKind.CommitmentAssessed && Forecast().IsMatch(text[Math.Max(0, match.Index - 12)..match.Index])) continue;
            // "The EU should set consequences if Central Asian governments fail to meet … goals": a failure supposed, not found
            if (cue.Kind == EventKind.CommitmentAssessed && Supposed().IsMatch(Preceding(text, match.Index, 80))) continue;
            // "will continue to" (the cue's "own" group) pledges only in the speaker's own voice: "“ODIHR will continue to …,” said
            // Director Link", "we will contribute …"; "other member states will continue to press …" is no pledge
            // ("The Chairman-in-Office stressed that he will continue to follow …": the speaker's own pledge, reported)
            // ("The United States will continue to support …" in the United States' own statement: its author, named, is the speaker)
            // "this equipment will help the police do so": a thing that will help pledges nothing
            // (who pledges in a speaker's report of their own side's intent, read once for the checks below and the pledge's makers)
            var reportedPledge = match.Groups["reported"].Success || match.Groups["own"].Success ? ReportedPledger(text, found, match.Index, context) : null;
            // ("2. The Sides will jointly support …" in the declaration that names them: the instrument says it in their voice)
            if (match.Groups["reported"].Success && reportedPledge is null && !(context.Instrument && SidesSubject().IsMatch(text))) continue;
            if (match.Groups["own"].Success && ThingWill().IsMatch(Preceding(text, match.Index, 40))) continue;
            // ("Finland will continue to support …" in an op-ed its Foreign Minister signs: a State opening the signer's own sentence is theirs)
            var signersState = match.Groups["own"].Success && context.Author is { Kind: ActorKind.Official } signer && found.Count > 0 && found[0].End <= match.Index
                && found[0].Actor.Kind is ActorKind.ParticipatingState or ActorKind.State && found[0].Start <= 1 && !Quoted(text, match.Index) && !context.InQuote
                && context.Names?.Serves(signer, found[0].Actor) == true;
            // ("The OSCE Chairpersonship, / … / 5. Will continue to support …": nor an operative paragraph opening on it, its author's)
            if (match.Groups["own"].Success && !signersState && !Quoted(text, match.Index) && !context.InQuote && !WeBefore().IsMatch(text[..match.Index]) && !SpeakersBodyPledges(text, found, match.Index, context)
                && reportedPledge is null && !(context.Author is not null && OpensOnItsVerb(text, match))
                // ("We will deploy a needs assessment mission to Athens in the spring" in an interview's answer: the writer's side's own pledge)
                && !(context.Author is not null && OnWe(match.Groups["own"].ValueSpan))
                && !(context.Author is { } self && found.Count > 0 && found[0].Actor.Id == self.Id && found[0].End <= match.Index && text[..found[0].Start].Trim() is "" or "The")
                // ("… has the honour to inform that the Government of the Republic of Uzbekistan will host …" in Uzbekistan's own note: the
                // author's Government, the subject of what will be done, in the author's voice)
                && !(context.Author is { } ownAuthor && found.LastOrDefault(m => m.End <= match.Index) is { } governmentOf && governmentOf.Actor.Id == ownAuthor.Id
                     && text.AsSpan(governmentOf.End, match.Index - governmentOf.End).Trim().IsEmpty && OwnGovernmentBefore().IsMatch(text.AsSpan(0, governmentOf.Start)))
                && !(OwnPledgeReported().IsMatch(Preceding(text, match.Index, 40))
                     // ("They stressed … and noted that it will contribute to …": what "it" is, not the speakers, will do it)
                     && !(Preceding(text, match.Index, 40).TrimEnd().EndsWith(" it", StringComparison.OrdinalIgnoreCase) && TheySubject().IsMatch(text)))) continue;
            // "I thank the Minister for that answer": a member's thanks for an answer in a parliament is its courtesy, not praise
            // (but "Telalian welcomed the invitation" that the sentences before told a State pledged: the pledge, welcomed)
            if (cue.Kind == EventKind.PraiseExpressed && CourtesyThanks().IsMatch(text.AsSpan(match.Index + match.Length))
                && !(context.LastMakers is { Count: > 0 } && match.ValueSpan.StartsWith("welcom", StringComparison.OrdinalIgnoreCase) && WelcomedThePledge().IsMatch(text.AsSpan(match.Index + match.Length)))) continue;
            // "provide Ukraine with the support it needs to defend itself": what the help is for, in a clause about it, calls on no one
            if (cue.Rule == "cue:needs-to" && HelpItNeeds().IsMatch(Preceding(text, match.Index, 40))) continue;
            // "OSCE Academy in Bishkek: call for applications 2027": a call for applications, papers or proposals invites, it urges no one
            if (cue.Kind == EventKind.RecommendationMade && match.ValueSpan.StartsWith("call", StringComparison.OrdinalIgnoreCase) && match.ValueSpan.EndsWith("for", StringComparison.OrdinalIgnoreCase)
                && Solicited().IsMatch(text.AsSpan(match.Index + match.Length))) continue;
            // "I pay tribute to her courage and her unwavering commitment to the values of this Organization": a commitment honoured in a
            // tribute is a life's, not a pledge
            if (cue.Kind == EventKind.CommitmentMade && TributeTo().IsMatch(Preceding(text, match.Index, 80))) continue;
            // "agreed that the next round will be held in Vienna" pledges; "agreed that disinformation cannot be fought by …" is a shared view
            // (checked here: a look-ahead in the cue would keep the automaton engine from matching it)
            if (cue.Kind == EventKind.CommitmentMade && match.ValueSpan.StartsWith("agreed that", StringComparison.OrdinalIgnoreCase)
                && !Pledging().IsMatch(text.AsSpan(match.Index + match.Length, Math.Min(120, text.Length - match.Index - match.Length)))) continue;
            // "The commitment to strengthening … was appreciated" pledges; "a commitment to strengthening …" named in passing does not
            // (checked here: a long look-ahead in the cue would multiply the automaton engine's states)
            if (cue.Kind == EventKind.CommitmentMade && match.ValueSpan.StartsWith("commitment", StringComparison.OrdinalIgnoreCase) && match.ValueSpan.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                && !NominalPledge().IsMatch(text.AsSpan(match.Index + match.Length, Math.Min(200, text.Length - match.Index - match.Length)))) continue;
            // "called on Kazakhstan to investigate all reported violations": what a call asks about is not a criticism of its own
            // ("“… is concerning,” and called on the authorities to be more open": a criticism before the call is one of its own)
            // ("The OSCE's participating States should also invoke the Moscow Mechanism to examine the crackdown": or what "should" be looked into)
            if ((cue.Spoken || cue.Rule == "cue:reported-criticism") && cue.Kind == EventKind.CriticismRaised
                && (Calls.Any(c => c.Match(text) is { Success: true } call && call.Index < match.Index) || ShouldLookInto().Match(text, 0, match.Index).Success)) continue;
            // "The opinion welcomes the simplified reporting requirements, which ODIHR had recommended in its 2024 opinion": what a relative
            // clause tells was recommended before is what is welcomed, not a call made now
            if (cue.Kind == EventKind.RecommendationMade && match.ValueSpan.StartsWith("recommended", StringComparison.OrdinalIgnoreCase) && RecommendedBefore().IsMatch(Preceding(text, match.Index, 60))) continue;
            // "… told the Representative that no journalist would be imprisoned for their work": a wrong pledged never to be done is no criticism
            if (cue.Spoken && cue.Kind == EventKind.CriticismRaised && NoneWouldBe().IsMatch(Preceding(text, match.Index, 60))) continue;
            // "According to the human rights centre Viasna, more than 1,100 people remain behind bars on politically motivated charges": a figure
            // cited, whoever cites it, judges no one by itself
            if (cue.Spoken && cue.Kind == EventKind.CriticismRaised && CitedFigure().IsMatch(text)) continue;
            // "convicted … of making calls for mass unrest": calls as a noun, the charge
            if (cue.Rule == "cue:called-on" && match.ValueSpan.StartsWith("calls", StringComparison.OrdinalIgnoreCase) && NounCalls().IsMatch(Preceding(text, match.Index, 20))) continue;
            // ("The Georgian government should repeal …": a State's government named whole is addressed by the "should" after it, the must cue's)
            if (cue.Rule == "cue:called-on" && match.ValueSpan.EndsWith("should", StringComparison.Ordinal)
                && found.Any(m => m.Start < match.Index && m.End > match.Index && m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State)) continue;
            // "Lindgren called on Imomi at the MFA": a visit paid (the meeting cue's), not a call to act
            if (cue.Rule == "cue:called-on" && match.ValueSpan.StartsWith("called on", StringComparison.OrdinalIgnoreCase) && CallPaid().IsMatch(text, match.Index + match.Length)) continue;
            // "welcomed the resolution of the European Parliament in May calling for the journalists’ release": whose resolution calls, not the welcomer
            if (cue.Rule == "cue:called-on" && match.ValueSpan.StartsWith("calling", StringComparison.OrdinalIgnoreCase) && CallingInWhatIsJudged().IsMatch(Preceding(text, match.Index, 160))) continue;
            // "“Allegations of torture and ill-treatment must be promptly and thoroughly investigated”": what a call wants looked into
            if (cue.Kind == EventKind.CriticismRaised && (match.ValueSpan.StartsWith("allegation", StringComparison.OrdinalIgnoreCase) || AllegationsOf().IsMatch(Preceding(text, match.Index, 20)))
                && Calls.Any(c => c.IsMatch(text))) continue;
            // "the SMM recorded 17 ceasefire violations": a monitor's count; "discussed … misuse of public assets": a topic talked over
            if (cue.Spoken && cue.Kind == EventKind.CriticismRaised && (text[..match.Index].EndsWith("ceasefire ", StringComparison.OrdinalIgnoreCase) || TalkedOver().IsMatch(text[..match.Index]))) continue;

            // ("The Swiss Chairpersonship should raise these cases …, and participating States should make clear …": a second clause with
            // a subject of its own named is about whom it names)
            // (but a clause opening on its verb, "… and praised Kyrgyzstan's role", "…; condemns …", has the sentence's subject)
            // ("He assured me that Kyrgyzstan would …, and I offered ODIHR's assistance …": and a second pledge in the first person is the
            // speaker's, not of whom the first clause names)
            var clauseFrom = reopen.TryGetValue(cue.Kind, out var clause) && match.Index >= clause && PronounClause().Match(text[clause..]) is var pronoun
                             && (!pronoun.Success || (cue.Kind == EventKind.CommitmentMade && pronoun.Groups["pronoun"].Value is "I" or "we"))
                             && !VerbClause().IsMatch(text.AsSpan(clause)) ? clause : 0;
            var before = found.Where(m => m.End <= match.Index && m.Start >= clauseFrom).ToList();
            // "pledged to preserve the mandate of ODIHR, whose election monitoring Russia has sought to undermine": who a relative
            // clause after the cue names is described, not a party
            bool Described(Mention m) => m.Start >= match.Index + match.Length - 1 && Has(RelativeAfter(), text, text.AsSpan(match.Index + match.Length, Math.Max(0, m.Start - match.Index - match.Length)));
            var after = found.Where(m => m.Start >= match.Index + match.Length - 1 && !Described(m)).ToList();
            // (a judgement's own clause ends where a second one, with its own subject, begins)
            var nextClause = Judgements.Contains(cue.Kind) && cue.Kind != EventKind.CommitmentAssessed && SecondClause().Match(text, match.Index + match.Length) is { Success: true } joined ? joined
                // ("Kombos assured that the Chairpersonship would pay special attention to … and announced his intention to visit Chisinau": a
                // second pledge, told by a verb of its own)
                // (not after an assurance of what is: "assured the lawmakers that the arrests were not politically motivated and said …")
                : cue.Kind == EventKind.CommitmentMade && SecondPledge().Match(text, match.Index + match.Length) is { Success: true } pledgedToo
                  && PledgedAhead().IsMatch(text.AsSpan(match.Index, pledgedToo.Index - match.Index)) ? pledgedToo : null;
            if (nextClause is not null) after = [.. after.Where(m => m.Start < nextClause.Index)];
            // ("Appreciation expressed by the Secretary General for Mongolia's contribution": who gives it named after "by", whom for after "for")
            var forWhat = cue.Passive && cue.Kind == EventKind.PraiseExpressed ? text.IndexOf(" for ", match.Index + match.Length, StringComparison.Ordinal) : -1;
            var (actors, counterparts) = cue.Passive
                ? forWhat > 0 ? (after.Where(m => m.End <= forWhat).Select(m => m.Actor).ToList(), [.. before.Concat(after.Where(m => m.Start > forWhat)).Select(m => m.Actor)])
                : (after.Select(m => m.Actor).ToList(), before.Select(m => m.Actor).ToList())
                : (Subject(text, OutsideRelative(text, before, match.Index), titled: cue.Kind is not (EventKind.Meeting or EventKind.Visit)), after.Select(m => m.Actor).ToList());
            // "Parliament condemns the crackdown … in Azerbaijan and calls on the authorities to …": a verb joined by "and" shares the
            // sentence's subject, which none of the names before it is when each is the object of a preposition
            // ("We welcome the legal opinion that ODIHR and the Venice Commission issued …, and regret that …": a verb joined by "and" in a
            // sentence that "we" or "I" opens is theirs, whoever the clause before it names)
            var ourJoined = !cue.Passive && !cue.Joint && FirstPersonOpening().IsMatch(text) && JoinedVerb().IsMatch(Preceding(text, match.Index, 12));
            if (!cue.Passive && !cue.Joint && before.Count > 0 && Preceding(text, match.Index, 5).EndsWith(" and ", StringComparison.Ordinal) && (ourJoined || before.All(m => Governed(text, m))))
                actors = [];
            // "… spoke by phone with OSCE Secretary General Feridun Sinirlioğlu, whom he thanked for the Organization's support": the one
            // ", whom" stands for is whom the judgement is of, not the body whose work it names
            if (!cue.Passive && !cue.Joint && Judgements.Contains(cue.Kind) && Has(WhomHeRightBefore(), text, Preceding(text, match.Index, 24))
                && before.LastOrDefault(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person && m.Rule != "actor:pronoun") is { } whomMeant && actors.All(a => a.Id != whomMeant.Actor.Id))
                counterparts = [whomMeant.Actor];
            // "On 22 September she held her first meeting with Foreign Minister Sirojiddin Muhriddin, who assured her of …": the one a ", who"
            // clause the cue opens describes acts, and the her it tells of is the sentence's subject
            if (!cue.Passive && !cue.Joint && Has(WhoRightBefore(), text, Preceding(text, match.Index, 16)) && before.LastOrDefault() is { Actor.Kind: ActorKind.Official or ActorKind.Person } whoDescribed
                && actors.Count > 0 && actors.All(a => a.Id != whoDescribed.Actor.Id))
            {
                var sentenceSubject = actors.Where(a => a.Kind is ActorKind.Official or ActorKind.Person).ToList();
                actors = [whoDescribed.Actor];
                if (VerbThenHimHer().IsMatch(text.AsSpan(match.Index))) counterparts = [.. sentenceSubject, .. counterparts.Where(c => c.Id != whoDescribed.Actor.Id && sentenceSubject.All(a => a.Id != c.Id))];
            }
            // "The head of Europe's largest security organization on Thursday urged …": the official heading the body, as the document names them
            // (the OSCE's, its Secretary General)
            if (!cue.Passive && !cue.Joint && actors is [{ Kind: ActorKind.Organisation or ActorKind.Institution } headedBody] && context.Names is { } bodyHeads
                && found.FirstOrDefault(m => m.Actor.Id == headedBody.Id && m.End <= match.Index) is { } headedAt && HeadOpening().IsMatch(text.AsSpan(0, headedAt.Start))
                && HeadOf(headedBody.Id == "osce" ? OsceSecretariat : headedBody, bodyHeads, date?.Date ?? context.Undated) is { } chief)
                actors = [chief];
            // "In Georgia, the Slovak Minister also met …", "The Turkish official congratulated …": a title standing for an official the
            // document has named, of that State when it says one; a State named as where it happened does not act
            if (!cue.Passive && !cue.Joint && TitleRightBefore(text, match.Index) is { Success: true } anaphor
                && actors.All(a => a.Kind is ActorKind.ParticipatingState or ActorKind.State && before.Any(m => m.Actor.Id == a.Id && (m.Start >= anaphor.Index || Within().IsMatch(Preceding(text, m.Start, 8))))))
            {
                if (Titled(anaphor, context, date?.Date ?? context.Undated) is { } meant) actors = [meant];
            }

            // ("That this House welcomes …; condemns …; and calls on the Government to …": a motion says what its mover puts to the House)
            if (!cue.Passive && !cue.Joint && context.Author is { Kind: ActorKind.Official or ActorKind.Person } mover && text.Contains("this House", StringComparison.Ordinal) && ThisHouse().IsMatch(text))
                actors = [mover];
            // "The envoy welcomed the early release of the journalist Aigul Sarsenbayeva, freed on parole on Nov. 20, but voiced concern over
            // …": a verb joined by "but" shares the subject of the cue before it, not whoever that clause names last
            if (!cue.Passive && !cue.Joint && Preceding(text, match.Index, 6).EndsWith(" but ", StringComparison.Ordinal) && OpeningSubject(text, found, context, date?.Date ?? context.Undated) is { } opener
                && actors.All(a => a.Id != opener.Id))
                actors = [opener];

            if (cue.Joint)
            {
                // "A and B discussed …", "the meeting between A and B": the people named together, the first acting
                var named = (PartiesAfter(match.Value) ? after : before).Where(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person).ToList();
                // "the meeting of … Bayramov and Ararat Mirzoyan, Report informs, citing the Co-Chairs' statement": the parties end with their clause
                var people = new List<ActorRef>();
                Mention? lastParty = null;
                foreach (var m in named)
                {
                    if (people.Count >= 2 && lastParty is not null && ClauseGap().IsMatch(text.AsSpan(lastParty.End, Math.Max(0, m.Start - lastParty.End)))) break;
                    if (people.All(p => p.Id != m.Actor.Id)) people.Add(m.Actor);
                    lastParty = m;
                }

                // ("The Ministers held talks …": the two people the visit or meeting before brought together)
                // (not talks told again after the meeting that reported them: "The interlocutors also exchanged views on …")
                if (people.Count == 0 && cue.Kind == EventKind.Meeting && context.Hosted is [var first, var second] && SidesSubject().Match(text) is { Success: true } theTwo && theTwo.Groups["people"].Success) (people, before) = ([first, second], []);
                // ("Ambassador John MacGregor (left) and the Chairperson of the Inter-Agency Commission, Murad Bazarov, during their meeting":
                // "their" meeting is of the two people a caption names, whatever titles and positions it gives them)
                if (people.Count < 2 || (before.Count > 0 && !PartiesAfter(match.Value) && JoinedPeople(text, before) is null && !(people.Count == 2 && match.Value.Contains("their", StringComparison.Ordinal)))) continue;
                (actors, counterparts) = ([people[0]], people.Skip(1).ToList());
            }

            // a date inside what is judged or discussed ("denounced the search conducted on 9 April", "discussed developments after
            // the July 15 polls") is not this event's: a judgement is dated when it was made, a discussion when it was held; with no
            // date of its own, it is of the story's day, as any sentence with none is ("He welcomed the adoption of the law in October
            // 2023", on a visit: the visit's days)
            var discussed = cue.Joint && !PartiesAfter(match.Value) // "the meeting between A and B on 29 March" is dated by it
                // (and "… at their meeting in Tashkent, 25 November 2026", a caption's: the place and the day of the meeting itself)
                && !(date is { Stated: true } && date.Index > match.Index + match.Length && date.Index <= text.Length
                     && OwnPlaceAndDay().IsMatch(text.AsSpan(match.Index + match.Length, date.Index - match.Index - match.Length)));
            // ("welcomed the decision on Thursday": a weekday after the cue, as news tells it, is when the judge spoke; so is "at the time")
            // ("raised the cases of journalists detained last year and encouraged …": when those judged were detained, before the cue too)
            // (but "A new media law was adopted in 2009, and the Representative at the time, Haraszti, criticised it": a judge of that time judged then)
            // ("Ms. Kran welcomed the decriminalization of defamation in 2025 and urged …": or inside what an earlier verb of the sentence judged)
            // ("Telalian welcomed the adoption of the new Law on Peaceful Assemblies in 2025 and offered ODIHR's assistance …": and for a
            // pledge after such a judgement, the date of what that judged is not the pledge's)
            var when = DatedWhen();
            FoundDate? DatedWhen()
            {
                var when = (Judgements.Contains(cue.Kind) || cue.Kind == EventKind.CommitmentMade) && date is { Stated: true } && date.Index < match.Index
                           && ((Judgements.Contains(cue.Kind) && AttributiveDate().IsMatch(Preceding(text, date.Index, 30)))
                               || (EarlierJudgement().IsMatch(text.AsSpan(0, date.Index))
                                   // ("Ambassador Wahl welcomed the adoption in November of the amendments …, and encouraged the Government to …": or the
                                   // act an earlier verb judged, its date right after it)
                                   && (DateThenAnd().IsMatch(text.AsSpan(date.Index, match.Index - date.Index)) || ActDated().IsMatch(Preceding(text, date.Index, 30)))))
                           && !ThenInOffice().IsMatch(text.AsSpan(date.Index, match.Index - date.Index))
                    ? context.Story ?? Dates.Published(published)
                    // (but "has criticised … most recently in its statement of 9 October 2026": the day of the judge's own statement is the judgement's)
                    : (Judgements.Contains(cue.Kind) || discussed) && date is { Stated: true, Rule: not ("date:weekday" or "date:at-the-time") } && date.Index > match.Index
                      && !(date.Date.Precision == DatePrecision.Day && OwnStatementOf().IsMatch(Preceding(text, date.Index, 40)))
                      // ("I also raised our concern … with Minister Saidov when we met on 30 November": the day the judge met them to say it)
                      && !WhenMetOn().IsMatch(Preceding(text, date.Index, 30))
                      // ("Kamp expressed concern in December 2025 about …": a time right after the cue is when it was said)
                      && !(date.Index >= match.Index + match.Length
                           && (CueThenWhen().IsMatch(text.AsSpan(match.Index + match.Length, date.Index - match.Index - match.Length))
                               // ("expressed concern in October about …": or one that brings its own "in"; not a time an assessment's cue opens on,
                               // "despite promising in 2019", that of what it assesses)
                               || (text.AsSpan(match.Index + match.Length, date.Index - match.Index - match.Length).IsWhiteSpace() && cue.Kind != EventKind.CommitmentAssessed
                                   && text.AsSpan(date.Index).StartsWith("in ", StringComparison.Ordinal))))
                    ? (Dates.For(text[..match.Index], published) is { Stated: true } earlier ? earlier : null) ?? context.Story ?? Dates.Published(published)
                    // "noted that in recent years, cooperation has reached a new level": how long what is judged has lasted, not when it was judged
                    // ("Previously, Schallenberg had already advocated …": a sentence opening on when it was, before now, is dated so)
                    // ("these releases since July 2024 do not change the overall picture": how long what is judged has gone on, too)
                    : Judgements.Contains(cue.Kind) && date is { Rule: "date:recently", Index: > 0 } or { Rule: "date:since" } ? context.Story ?? Dates.Published(published)
                    // "ministers gathering on December 1 and 2 should …": a day still to come is what is urged for, not when
                    // ("The parties agreed to hold the next meeting in December 2025": what is pledged for, not when it was pledged)
                    // (the story's day, if the news has one: "The Uzbek side expressed its readiness to host … in 2026" at talks on 14 May)
                    // ("In his conversation with Constantinos Kombos, Andrii Sybiha called on … to keep … at the top of its agenda in 2027": nor
                    // is it when a meeting told in the past took place)
                    : (Judgements.Contains(cue.Kind) || cue.Kind == EventKind.CommitmentMade || (cue.Kind == EventKind.Meeting && !Dates.Announced().IsMatch(text)))
                      && date is not null && published is not null && date.Date.Earliest > published.Latest ? context.Story ?? Dates.Published(published)
                    // ("The parties discussed the implementation of joint projects in 2026 and …, including the conference which Kazakhstan will
                    // host …": a year naming what was discussed, before the pledge, is not when it was made)
                    : cue.Kind == EventKind.CommitmentMade && date is { Rule: "date:year" } && date.Index < match.Index && TalkedOver().IsMatch(text.AsSpan(0, date.Index))
                      ? context.Story ?? Dates.Published(published)
                    // ("The EU welcomes the release in September 2026 of 52 political prisoners … and reiterates its readiness to support …", "The EU will
                    // continue to raise …, including through the Moscow Mechanism invoked … in 2020": a pledge made in the present tense, or one
                    // still to be kept before a past date told after it, is made when it is said, not when what the sentence names happened)
                    : cue.Kind == EventKind.CommitmentMade && date is { Stated: true, Rule: not "date:today" } && published is not null && date.Date.Latest < published.Earliest
                      && (PledgedNow().IsMatch(match.ValueSpan) || (date.Index > match.Index && match.ValueSpan.Contains("will", StringComparison.OrdinalIgnoreCase)))
                      ? context.Story ?? Dates.Published(published)
                    : date;
                // "Rights groups have criticized the law", "this mechanism has been criticized by international organizations": a criticism told
                // in the present perfect, with no time of its own, was made some time before the writing
                if (cue.Kind == EventKind.CriticismRaised && when is { Rule: "date:publication" or "date:story" } && published is not null
                    && CriticisedUntilNow().IsMatch(text.AsSpan(Math.Max(0, match.Index - 16), Math.Min(text.Length, match.Index + match.Length + 4) - Math.Max(0, match.Index - 16))))
                    when = new FoundDate(PartialDate.Parse($"../{published.Text}"), "date:until-now", 0);
                // ("In 2011, ten years after the Moscow Mechanism was first invoked on Belarus, the authorities promised …": a year the sentence
                // opens on dates it, not the time a clause of it counts)
                if (when is { Rule: "date:elapsed" } && OpensOnPast().Match(text) is { Success: true } openingYear && Dates.For(openingYear.Value, published) is { Stated: true } openedOn) when = openedOn;
                // "Two years after President Shavkat Mirziyoyev promised a new law …": a pledge the count starts from, that long before
                if (cue.Kind == EventKind.CommitmentMade && when is { Rule: "date:elapsed" } && published is not null && Dates.CountedFrom(text, match.Index, published) is { } counted) when = counted;
                // ("He welcomed the decision of the court on 28 November to release …, and said his Office stands ready to assist": a date in what
                // the sentence first judged is not that of a pledge said after it)
                if (cue.Kind == EventKind.CommitmentMade && when is { Stated: true } judgedOn && ReferenceEquals(judgedOn, date) && judgedOn.Index > 0 && judgedOn.Index < match.Index
                    && EarlierJudgement().IsMatch(text.AsSpan(0, judgedOn.Index)) && AndSaid().IsMatch(text.AsSpan(judgedOn.Index, match.Index - judgedOn.Index)))
                    when = context.Story ?? Dates.Published(published);
                // ("In June, Head of Mission Jan Lundgren met …. Lundgren welcomed the government's plan …": a judgement told in the past tense too)
                // ("In his meeting with Speaker Ismoilov on Thursday, President Pons welcomed …. He encouraged …", on a visit of two days: a day
                // of the visit's, the scene's, before the visit's days)
                if (context.Scene is { } scene
                    && (((!Judgements.Contains(cue.Kind) || OwnPastAct().IsMatch(match.Value)) && when is { Rule: "date:publication" or "date:story" or "date:report-year" })
                        || (when is { Rule: "date:visit-length" or "date:visit-days", Date: var visitSpan } && scene.Date.Precision == DatePrecision.Day && visitSpan.Earliest <= scene.Date.Earliest && scene.Date.Latest <= visitSpan.Latest)))
                    when = scene;
                if (cue.Kind is EventKind.Meeting or EventKind.Visit && when is { Rule: "date:publication" } && context.Period is { } period) when = period;
                // ("Azerbaijan committed in the 1990 Copenhagen Document to respect …", "committed in the Alma-Ata Declaration of 1991 to": the
                // instrument's year is when it was committed to)
                if (cue.Kind == EventKind.CommitmentMade && when is { Rule: "date:publication" or "date:story" } && match.Value.StartsWith("committed in ", StringComparison.Ordinal)
                    && InstrumentYear().Match(match.Value) is { Success: true } instrumentYear)
                    when = new FoundDate(PartialDate.Parse(instrumentYear.Value), "date:instrument-year", match.Index);
                // ("The elections held on November 30 were …, international observers said at a press conference in Bishkek on Thursday": a
                // judgement given at a press conference is of its day)
                if (Judgements.Contains(cue.Kind) && text.Contains("conference", StringComparison.Ordinal) && ConferenceDay(text, published, match.Index + 1) is { } givenOn)
                    when = givenOn;
                // "Human Rights Watch (2025) criticised Kyrgyzstan …": a paper's citation of the judge, by the year of the work cited, dates it
                if (Judgements.Contains(cue.Kind) && when is { Rule: "date:publication" or "date:story" } && CitedYear().Match(Preceding(text, match.Index, 12).ToString()) is { Success: true } citation)
                    when = new FoundDate(PartialDate.Parse(citation.Groups["year"].Value), "date:cited-year", match.Index);
                // "The UK has repeatedly urged the Georgian authorities to …": what has been done again and again, up to the day of writing
                // (not "said ODIHR “has repeatedly failed …”": what a quotation says has gone on is said on the day)
                if (when is { Rule: "date:publication" or "date:story" } && published is not null && !Quoted(text, match.Index) && Has(Repeatedly(), text, Preceding(text, match.Index, 40)))
                    when = new FoundDate(PartialDate.Parse($"../{published.Text}"), "date:repeatedly", 0);
                // "Tsahkna assured her that Estonia would invite ODIHR …, as it has done since 2007": how long the habit has lasted is not when it
                // was pledged again
                if (cue.Kind == EventKind.CommitmentMade && when is { Rule: "date:since" } habit && ReferenceEquals(habit, date) && habit.Index > match.Index && habit.Index <= text.Length
                    && AsItHasDone().IsMatch(Preceding(text, habit.Index, 40)))
                    when = (context.Story ?? Dates.Published(published)) is { } storyDay ? storyDay with { Rule = "date:story", Index = 0 } : null;
                // "Ignazio Cassis, who takes over the chairmanship in January, pledged …": a date inside a clause describing whoever pledges is not the pledge's
                // ("Telalian also met with representatives of civil society, who complained about arrests in recent months": nor one inside a
                // clause describing whom they met)
                if (when is { Stated: true } describing && describing.Index > 0
                    && WhoClause().Matches(text).FirstOrDefault(w => describing.Index > w.Index && describing.Index < w.Index + w.Length) is { } who
                    && (cue.Kind == EventKind.CommitmentMade ? who.Index + who.Length <= match.Index : who.Index >= match.Index + match.Length)
                    // (but "Kombos, who met Ukrainian Foreign Minister Andrii Sybiha in Kyiv on Oct. 14, said Cyprus would …": the day of the
                    // meeting the clause tells is when it was said)
                    && !(cue.Kind == EventKind.CommitmentMade && WhoMetThen().IsMatch(who.Value)))
                    when = context.Story ?? Dates.Published(published);
                // ("The representative of Malta, which held the chairpersonship in 2024, commended Switzerland …": nor is a date in a clause
                // describing the judge, set off right before the cue)
                if (Judgements.Contains(cue.Kind) && when is { Stated: true } aside && aside.Index > 0 && aside.Index < match.Index
                    && (text.Contains(", which ", StringComparison.Ordinal) || text.Contains(", who ", StringComparison.Ordinal))
                    && DescribedJudge().Match(text, 0, match.Index) is { Success: true } judgeClause && aside.Index > judgeClause.Index)
                    when = context.Story ?? Dates.Published(published);
                // "the Government will continue to implement the Media Strategy adopted in 2020": a date that says when what a pledge names was
                // made is not the pledge's
                if (cue.Kind == EventKind.CommitmentMade && when is { Stated: true } objectDate && objectDate.Index > match.Index && AttributiveDate().IsMatch(Preceding(text, objectDate.Index, 24)))
                    when = context.Story ?? Dates.Published(published);
                // "CPJ condemned the decision of Tajikistan's Supreme Court on Monday to uphold …, and called on authorities to release her": the
                // day a decision judged was taken is not the day it is judged
                if (Judgements.Contains(cue.Kind) && when is { Stated: true, Index: > 0 } decidedOn && DecisionOn().IsMatch(Preceding(text, decidedOn.Index, 80)))
                    when = context.Story ?? Dates.Published(published);
                // "Azerbaijan committed … when it joined the OSCE in 1992; it is long past time to honor that commitment": a date in a clause the
                // sentence has closed before the judgement is that clause's
                // ("We welcome the opinion … issued in 2023, and regret that …": so is a date in the clause before our own second judgement)
                if (Judgements.Contains(cue.Kind) && when is { Stated: true } clauseDate && clauseDate.Index < match.Index
                    && (text.LastIndexOf(';', match.Index) is var semicolon && semicolon > clauseDate.Index || ourJoined))
                    when = context.Story ?? Dates.Published(published);
                // "The EU should set consequences …, Human Rights Watch (HRW) said on November 16": what a report of a statement
                // tells of it without a date of its own was said on the statement's day
                // (not what someone else "says" now: "Begaim Usenova, a media lawyer, says that promise was kept only in part")
                if (Judgements.Contains(cue.Kind) && when is { Rule: "date:publication" } && context.Statement is { } statement && !SaysNow().IsMatch(text)) when = statement;

                // "ODIHR's final report …, published in June 2023, found that …": a report judges on the day it was published
                if (Judgements.Contains(cue.Kind) && Found(ReportPublished(), text) is { Success: true } issued && issued.Index < match.Index
                    && Dates.For(text[issued.Index..match.Index], published) is { Stated: true } issuedOn)
                    when = issuedOn with { Index = issued.Index };
                // ("… on Tuesday published its final report on …. The report contains 19 recommendations, including that Hungary should …": what
                // the report the sentence before told of says, it says on the day it came out)
                if (Judgements.Contains(cue.Kind) && when is { Rule: "date:publication" or "date:story" } && context.ReportDay is { } reportDay && TheReportSays().IsMatch(text))
                    when = reportDay with { Index = 0 };
                // "Wiśniewski told Eurasianet on December 2 that he had raised the case … during a meeting with … last week": the day something is
                // told on is not the day of what it tells, when that has a day of its own
                if (when is { Stated: true } toldOn && toldOn.Index < match.Index) when = DayTold(text, toldOn, match.Index, published);
                // ("The working group was set up in October 2025 and has met four times since": the day names the deed, the finding is made now)
                if (match.Groups["done"].Success) when = context.Story ?? Dates.Published(published);
                return when;
            }
            var judgedSubject = false;
            var speaker = Judgements.Contains(cue.Kind) ? Voice(text, found, context) : null;
            // "Some of these pledges have been kept: in 2021 the International Labour Organization found that …": who reports what
            // follows a colon does not speak the words before it
            if (speaker is not null && text.IndexOfAny([':', ';'], match.Index + match.Length) is var colon and >= 0 && FirstSpeechVerb(text) is { } verb
                && verb.Index > colon && text.AsSpan(verb.Index + verb.Length).TrimStart().StartsWith("that", StringComparison.Ordinal))
                speaker = null;
            // "We welcome the statement of the OSCE Representative on Freedom of the Media of 20 June, which called the verdicts a serious
            // setback": what a statement a relative clause is about called something is its maker's judgement, made on its day
            if (Judgements.Contains(cue.Kind) && !cue.Passive && text.AsSpan(0, match.Index).Contains(", which ", StringComparison.Ordinal) && WhichCalled().Match(text[..match.Index]) is { Success: true } which
                && before.LastOrDefault(m => m.End <= which.Index && m.Actor.Kind is not (ActorKind.ParticipatingState or ActorKind.State) && StatementOf().IsMatch(Preceding(text, m.Start, 24))) is { } statementBy)
            {
                speaker = statementBy.Actor;
                if (Dates.For(text[statementBy.End..which.Index], published) is { Stated: true } made) when = made with { Index = 0 };
            }
            bool JudgedOfficial(ActorRef official, ActorRef judge) =>
                context.Names?.SpeaksFor(official, when?.Date ?? context.Undated) is { Kind: ActorKind.ParticipatingState or ActorKind.State } state && state.Id != judge.Id;
            if (cue.Spoken && speaker is null && context.Author is null) continue;
            // "He provides early warning on violations …": the author's own official, not reported saying anything, judges nothing
            if (cue.Spoken && speaker is null && actors.Any(a => a.Kind is ActorKind.Official && context.Author is { } writer && !JudgedOfficial(a, writer))) continue;
            // "As President Putin’s war against Ukraine goes on, … violations by Russia’s forces": who a war is against suffers it
            bool Victim(ActorRef a) => found.Any(m => m.Actor.Id == a.Id && Has(AgainstBefore(), text, Preceding(text, m.Start, 12)));
            // "The EU should set consequences if Central Asian governments fail …": a "should" is addressed to its subject, not to
            // whom its clause goes on to name
            // ("The European Union and the United States have welcomed Uzbekistan’s reforms but should use …": the subject, those it
            // joins by "and", not whom its verbs go on to name)
            // ("Ignazio Cassis, should urge the Tajik government to free …": a call someone should make is asked of them)
            // (so is whatever verb a "should" the party right before it is told to do: the cue's "anyVerb" group)
            // ("The OSCE and its participating States must not treat this as …": and those listed with the one right before it)
            // ("The EU, for its part, should fund it": or with a phrase set off between)
            var addressed = match.Groups["anyVerb"].Success ? ListedUpTo(text, before, before.FindLastIndex(m => SubjectOf(text, m, match.Index)))
                : must || (cue.Rule == "cue:called-on" && ShouldBefore().IsMatch(Preceding(text, match.Index, 12))) ? Addressed(text, before, match.Index) : [];
            if (!SpeakerAndSubject()) continue;
            bool SpeakerAndSubject()
            {
                // "Kyrgyzstan’s international partners, including the European Union and the OSCE, should press …": the partners it lists
                if (must && PartnersIncluding().Match(text) is { Success: true } including && including.Index + including.Length < match.Index
                    && before.Where(m => m.Start >= including.Index + including.Length).Select(m => m.Actor).DistinctBy(a => a.Id).ToList() is { Count: > 0 } listed)
                    addressed = listed;
                // "Brussels should make its partnership with Astana conditional …": a seat of government opening the sentence stands for its State (Brussels for the EU)
                // ("Chisinau and Tiraspol, for their part, should agree …": and one opening the sentence before the others addressed)
                // ("Brussels and Washington should press both sides …": and a second seat joined to it)
                if (must && (before.Count == 0 || addressed.Count > 0) && SeatOf(context.Names, text, when?.Date ?? context.Undated) is { } seat)
                    addressed = Capitals.JoinedSeat(text) is { } joinedSeat && context.Names?.First(joinedSeat, when?.Date ?? context.Undated) is { } second && second.Id != seat.Id
                        ? [seat, second, .. addressed.Where(a => a.Id != seat.Id && a.Id != second.Id)]
                        : [seat, .. addressed.Where(a => a.Id != seat.Id)];
                // "The Supreme Court should open all appeal hearings … to OSCE trial monitors", among recommendations to the authorities of
                // Uzbekistan: a State's own body, named by what it is, is that State, not whom its verb goes on to name
                // (one the dictionary knows too, on a line of its own under a heading: "Our recommendations to the authorities of Uzbekistan /
                // 1 | The Legislative Chamber should adopt …")
                var lineOpens = text.LastIndexOf('\n', Math.Max(0, match.Index - 1)) + 1;
                if (must && (addressed.Count == 0 || addressed.All(a => a.Kind is ActorKind.NationalInstitution)) && before.All(m => m.Start < lineOpens || m.Actor.Kind is ActorKind.NationalInstitution)
                    && StateBodyAsSubject().IsMatch(text.AsSpan(lineOpens, match.Index - lineOpens)) && context.MainState is { } bodysState
                    && actors.All(a => a.Id != bodysState.Id)) addressed = [bodysState];
                if (speaker is not null && !cue.Passive)
                {
                    // "…, Human Rights Watch said", "said Hugh Williamson": whoever is reported saying it judges what else the sentence names
                    // (not whom a relative clause after the cue describes: "noted with concern the amendments …, which allow the Communications Commission to …")
                    counterparts = [.. found.Where(m => !Described(m)).Select(m => m.Actor).Where(a => a.Id != speaker.Id)];
                    // "“Authorities across Central Asia ramped up …,” HRW quoted its director as saying": the quotation names who is judged
                    // "“… they largely disregarded recommendations …,” Jillian Stirk, who headed ODIHR’s mission, stated": nor does who
                    // the speaker is, outside it, say who is judged
                    if (InQuotation(text, match.Index, context))
                        counterparts = [.. found.Where(m => InQuotation(text, m.Start, context)).Select(m => m.Actor).Where(a => a.Id != speaker.Id)];
                    // ("Hajizada said the Minsk Group had “failed to produce any results”": what the quotation is said of, named between the
                    // speech and the quotation's opening)
                    if (counterparts.Count == 0 && text.LastIndexOfAny(['"', '“'], match.Index) is var opening and > 0
                        && SpeechVerb().Matches(text[..opening]).LastOrDefault() is { } saying)
                        counterparts = [.. found.Where(m => m.Start >= saying.Index + saying.Length && m.End <= opening).Select(m => m.Actor).Where(a => a.Id != speaker.Id)];
                    actors = Chain(text, found, speaker);
                    // ("“Russia’s war of aggression against Ukraine is a violation …,” said Valtonen" judges Russia, unless no one else is named)
                    var judged = counterparts.Where(c => actors.All(a => a.Id != c.Id)).ToList();
                    counterparts = judged.Any(c => !Victim(c)) ? [.. judged.Where(c => !Victim(c))] : judged;
                    if (counterparts.Where(c => addressed.Any(a => a.Id == c.Id)).ToList() is { Count: > 0 } toSubject) counterparts = toSubject;
                    // ("“Kyrgyzstan is a committed partner in the OSCE, and …,” Valtonen said": an evaluation judges whom it is said of, named before it)
                    if (cue.Evaluative && InQuotation(text, match.Index, context) && before.Select(m => m.Actor).Where(a => counterparts.Any(c => c.Id == a.Id) && a.Kind is ActorKind.ParticipatingState or ActorKind.State).DistinctBy(a => a.Id).ToList() is { Count: > 0 } evaluated)
                    {
                        counterparts = evaluated;
                        judgedSubject = true;
                    }
                }
                // (or an official a "should" is told to: "The High Commissioner should make public …")
                else if ((cue.Evaluative || cue.Spoken || must) && context.Author is { } judge && actors.All(a => a.Kind is not ActorKind.Official || JudgedOfficial(a, judge) || (must && addressed.Any(x => x.Id == a.Id))))
                {
                    // "Uzbekistan's President … has failed to initiate …": with no one reported saying it, a State's official is judged, by the author
                    // the brief speaks: what the sentence names is what it judges, the subject when there is one ("Kazakhstan has
                    // suffered serious setbacks … since its chairmanship of the OSCE", "In Tajikistan, civil society remains under pressure")
                    var subject = before.Select(m => m.Actor).Where(a => a.Kind is ActorKind.ParticipatingState or ActorKind.State or ActorKind.Official or ActorKind.NationalInstitution && a.Id != judge.Id && !Victim(a)).ToList();
                    // ("…, while Belgrade has refused to implement …": a capital right before the judgement stands for its State)
                    // (not the capital in a field operation's name: "The Programme Office in Astana has done valuable work")
                    if (CapitalSubject().Match(text, Math.Max(0, match.Index - 40), Math.Min(40, match.Index)) is { Success: true } capital && StateOfCapital(context.Names, capital.Groups["city"].Value, when?.Date ?? context.Undated) is { } seatState
                        && !found.Any(m => m.Actor.Kind is ActorKind.FieldOperation && m.Start <= capital.Groups["city"].Index && m.End >= capital.Groups["city"].Index + capital.Groups["city"].Length))
                        subject = [seatState];
                    // ("The European Union should press for their release at its dialogue with Tajikistan": whoever a "should" is addressed to)
                    if (addressed.Where(a => a.Id != judge.Id && !Victim(a)).ToList() is { Count: > 0 } toSubject) subject = toSubject;
                    counterparts = subject.Count > 0 ? subject : [.. actors.Concat(counterparts).Where(a => a.Id != judge.Id && !Victim(a))];
                    judgedSubject = subject.Count > 0;
                    actors = [judge];
                }

                // "She … met with Head of Mission Carolina Hidea and Mission staff, expressing praise for their dedication", "The High
                // Commissioner met with Ian Borg … to express his support for Malta’s priorities": a participle or a purpose is the
                // sentence's subject's doing, about whom it names after the cue, else about those the clause before met
                if (cue.Kind is EventKind.PraiseExpressed or EventKind.CommitmentMade && speaker is null && !cue.Passive && !cue.Joint
                    && ParticipleOrPurpose().IsMatch(Preceding(text, match.Index, 4)) && DoneAsParticiple().IsMatch(match.ValueSpan)
                    && found.FirstOrDefault(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person && m.End <= match.Index) is { } doer
                    && found.Any(m => m.End <= match.Index && m.Start > doer.End && m.Actor.Id != doer.Actor.Id))
                {
                    var about = after.Where(m => m.Actor.Id != doer.Actor.Id).Select(m => m.Actor).ToList();
                    counterparts = about.Count > 0 ? about
                        : [.. found.Where(m => m.Start > doer.End && m.End <= match.Index && m.Actor.Id != doer.Actor.Id && m.Actor.Kind is not (ActorKind.ParticipatingState or ActorKind.State)).Select(m => m.Actor).DistinctBy(a => a.Id)];
                    actors = [doer.Actor];
                }

                // "Bayramov on Friday met with Helga Schmidt as part of his working visit to Turkiye": his is the sentence's subject
                if (cue.Kind is EventKind.Visit && OwnCue().IsMatch(text[Math.Max(0, match.Index - 30)..match.Index])
                    && before.FirstOrDefault(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person) is { } subjectPerson && actors.Count == 1 && actors[0].Id != subjectPerson.Actor.Id)
                    actors = [subjectPerson.Actor];

                if (!cue.Passive && !cue.Joint && context.LastOfficial is { } own && OwnCue().IsMatch(text[Math.Max(0, match.Index - 30)..match.Index])
                    && (actors.Count == 0 || actors.All(a => a.Kind is not (ActorKind.Official or ActorKind.Person))))
                {
                    // "Speaking of his productive meeting with X, the minister …": his is the last official named
                    counterparts = after.TakeWhile(m => text.IndexOf(',', match.Index + match.Length) is var comma && (comma < 0 || m.Start < comma)).Select(m => m.Actor).ToList();
                    actors = [own];
                }

                // "The Secretary General and the Chairman-in-Office stressed the importance of …", "They underlined …", "Both parties
                // acknowledged …": what the parties to a meeting say together urges or praises neither of them
                if ((cue.Rule == "cue:stressed-need" && (JoinedPeople(text, before) is not null || TheySubject().IsMatch(text) || SidesSubject().IsMatch(text)))
                    || (speaker is null && cue.Kind == EventKind.PraiseExpressed && SidesSubject().IsMatch(text)
                        // ("The Ministers noted with satisfaction the results of the joint project with the OSCE Programme Office in Dushanbe": a body
                        // neither side is, praised by both)
                        && !after.Any(m => m.Actor.Kind is ActorKind.FieldOperation or ActorKind.Institution or ActorKind.Organisation && context.Sides?.All(side => side.Id != m.Actor.Id) != false)))
                    return false;
                // "17 September – The chief negotiators … meet in Bender …. The sides agree to reconvene …": the present tense tells what happened
                // only in a chronology's entry that opens on its day
                // (or in the instrument the sides agree in: "1. The Sides agree to hold annual political consultations …")
                // (or in a photo's caption, "… sign a Memorandum of Understanding …, Bishkek, 28 November 2026. (OSCE/Aylin Kaya)": what it shows, on its day)
                // ("* The foreign ministers of Armenia and Azerbaijan, … hold talks in Abu Dhabi …": or a bulleted item told as news headlines are)
                if (match.Groups["present"].Success && !(OpensOnDay().IsMatch(text) || when is { Rule: "date:item" } || context.Instrument && SidesSubject().IsMatch(text) || Caption().IsMatch(text)
                        || Bulleted(text))) return false;
                // "I warmly welcome you, Secretary General Buric, back to the Permanent Council": a greeting, not praise
                if (cue.Kind == EventKind.PraiseExpressed && match.Value.Contains("welcom", StringComparison.OrdinalIgnoreCase) && Greeting().IsMatch(text.AsSpan(match.Index + match.Length))) return false;
                // "the issues of strengthening fruitful cooperation … were discussed": a topic, not a judgement
                if (cue.Evaluative && cue.Kind == EventKind.PraiseExpressed && Discussion().IsMatch(text)) return false;
                // "underlined the need to continue the fruitful co-operation", "attached great importance to its … constructive cooperation":
                // a cooperation valued for what is to come, not judged for what it has done
                if (cue.Evaluative && cue.Kind == EventKind.PraiseExpressed && ValuedAhead().IsMatch(Preceding(text, match.Index, 80))) return false;
                // "Noting with satisfaction the close co-operation between the Sides …": the sides' own co-operation, valued by themselves, praises no one else
                if (cue.Kind == EventKind.PraiseExpressed && OwnCooperation().IsMatch(text.AsSpan(match.Index + match.Length, Math.Min(80, text.Length - match.Index - match.Length)))) return false;

                // (but "The parties also discussed …, and the Minister confirmed that Georgia would present …": what a clause of its own, with a
                // subject of its own, tells is its subject's)
                if (!cue.Passive && !cue.Joint && speaker is null && context.Sides is { Count: >= 2 } sides && SidesSubject().Match(text) is { Success: true } theSides
                    && !before.Any(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person && AndItsSubject().IsMatch(Preceding(text, m.Start, 12))))
                {
                    // "The sides confirmed their mutual interest …": both parties to the meeting just reported; "Both ministers reaffirmed …", after a
                    // host met two: the two, not the host (ministers, people, with the States they speak for)
                    var two = theSides.Groups["two"].Success && context.Met is { Count: > 2 } met ? met.Skip(1).ToList() : null;
                    // ("The ministers condemned …": a judgement the two make is theirs, as people; a pledge is theirs and their sides')
                    actors = theSides.Groups["people"].Success && (two ?? context.Met) is { Count: >= 2 } people
                        ? Judgements.Contains(cue.Kind) ? [.. people] : [.. people.SelectMany(p => Party(p, when?.Date ?? context.Undated, context) is { } party ? new[] { party, p } : [p])]
                        : two is not null ? [.. sides.Skip(1)] : [.. sides];
                    // ("… Alain Berset and Feridun H. Sinirlioğlu, held their annual high-level meeting …. The two organisations agreed to …": the
                    // bodies the two speak for)
                    if (theSides.Groups["bodies"].Success)
                        actors = [.. actors.Select(a => a.Kind is ActorKind.Official or ActorKind.Person && Party(a, when?.Date ?? context.Undated, context, institutions: true) is { Kind: ActorKind.Organisation or ActorKind.Institution } body ? body : a).DistinctBy(a => a.Id)];
                    // ("17 September – The chief negotiators, Roman Roșca and Vitaly Ignatiev, meet in Bender …. The sides agree to …": in a
                    // document about a breakaway region's settlement, the State the region lies in and its de facto authorities)
                    // (sides no title gives a party, beside those two)
                    if (context.Conflict is [var regionState, var deFactoSide] && !theSides.Groups["people"].Success && actors.Any(a => a.Kind is ActorKind.Official or ActorKind.Person)
                        && actors.All(a => a.Kind is ActorKind.Official or ActorKind.Person || a.Id == regionState.Id || a.Id == deFactoSide.Id))
                        actors = [regionState, deFactoSide];
                    // ("Deputy Secretary of State Christopher Landau met … Kazakhstan's Minister …. The two sides agreed to hold the next session of
                    // the U.S.-Kazakhstan … Dialogue": a side whose State no title named is the one State the sentence names besides the other's)
                    if (!theSides.Groups["people"].Success && actors.Count(a => a.Kind is ActorKind.Official or ActorKind.Person) == 1
                        && found.Select(m => m.Actor).Where(a => a.Kind is ActorKind.ParticipatingState or ActorKind.State && actors.All(x => x.Id != a.Id)).DistinctBy(a => a.Id).ToList() is [var ownState])
                        actors = [.. actors.Select(a => a.Kind is ActorKind.Official or ActorKind.Person ? ownState : a)];
                    counterparts = [.. counterparts.Where(c => actors.All(x => x.Id != c.Id))];
                }

                // "In a joint declaration signed at the White House on August 8, the two countries agreed to ask the OSCE …": the two States last
                // named together, whom the rest of the sentence does not name
                if (!cue.Passive && speaker is null && context.Pair is [var firstCountry, var secondCountry] && TwoCountries().IsMatch(Preceding(text, match.Index, 30)))
                {
                    actors = [firstCountry, secondCountry];
                    counterparts = [.. after.Select(m => m.Actor).Where(a => a.Id != firstCountry.Id && a.Id != secondCountry.Id).DistinctBy(a => a.Id)];
                }

                return true;
            }
            // "The OSCE stands ready to support the parties", "encouraged the sides to resolve …": the parties to the meeting just reported, other than the one acting
            List<ActorRef>? theParties = null;
            PartiesOfContext();
            void PartiesOfContext()
            {
                // ("the peace agreement between Armenia and Azerbaijan … encouraged both sides to sign": with no meeting reported, the two States last named together)
                // ("the peace process between Armenia and Azerbaijan … encouraged both sides": the States the sentence names, if it names two, even
                // when no sentence before named them)
                // (not a "should" addressed to whoever is named before it: "Brussels and Washington should press both sides …" asks it of them)
                if ((Judgements.Contains(cue.Kind) || cue.Kind == EventKind.CommitmentMade) && !(must && addressed.Count > 0) && Has(TheParties(), text, text.AsSpan(match.Index))
                    && found.Where(m => m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State).Select(m => m.Actor).DistinctBy(a => a.Id).ToList() is var statesNamed
                    // ("urges both sides to refrain from unilateral steps" in a chronology of the Transnistrian settlement: the conflict's two sides)
                    && (statesNamed.Count >= 2 ? statesNamed : context.Conflict ?? context.Sides ?? context.Pair) is { Count: >= 2 } others)
                {
                    var actingSides = actors.Select(a => Party(a, when?.Date ?? context.Undated, context, institutions: true) ?? a).Concat(actors).Select(a => a.Id).ToHashSet();
                    counterparts = statesNamed.Count >= 2 ? statesNamed
                        : [.. counterparts.Where(c => c.Kind is not (ActorKind.ParticipatingState or ActorKind.State)),
                           .. others.Where(x => !actingSides.Contains(x.Id) && x.Kind is not (ActorKind.Official or ActorKind.Person) && !(x.Kind is ActorKind.Organisation && actors.Any(a => a.Kind is ActorKind.Institution or ActorKind.Organisation)
                               && x != context.Conflict?[^1]))];
                    theParties = counterparts;
                }

                // "They agreed that the cooperation … would continue", "Joint commitment to … was emphasized": as "the sides confirmed …",
                // the pledge of the parties to the meeting just reported
                // (not a quotation of one of them: "“…,” said Davenport. “We will also train 60 investigators …”")
                if (cue.Kind == EventKind.CommitmentMade && speaker is null && context.Sides is { Count: >= 2 } parties && !before.Any(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person)
                    && (TheySubject().IsMatch(text) || actors.Count + counterparts.Count == 0)
                    && !(StartsQuoted(text) && (context.NextSpeaker ?? context.Quoting) is not null))
                    (actors, counterparts) = ([.. parties], []);

                // "1/3 Productive talks in Vienna today with …": a post's report of a meeting, opening on it, is its poster's
                if (cue.Kind == EventKind.Meeting && actors.Count == 0 && context.Author is { Kind: ActorKind.Official or ActorKind.Person } poster && PostOpening().IsMatch(text.AsSpan(0, match.Index)))
                {
                    actors = [poster];
                    counterparts = [.. after.Select(m => m.Actor).Where(a => a.Id != poster.Id).DistinctBy(a => a.Id)];
                }

                // "Meetings with the Foreign Minister of Uzbekistan A, … and B were also held during the visit": the visitor's meetings
                if (cue.Kind == EventKind.Meeting && actors.Count == 0 && match.Index <= 2 && HeldPassive().IsMatch(text) && context.LastOfficial is { Kind: ActorKind.Official } visitor)
                {
                    actors = [visitor];
                    counterparts = [.. after.Select(m => m.Actor)];
                }

                // "“We are not leaving the OSCE, we are ready to work on an equal footing,” the minister stressed": a quoted pledge of "we" is
                // its speaker's and their State's
                if (cue.Kind == EventKind.CommitmentMade && !cue.Passive && !cue.Joint && speaker is null && Quoted(text, match.Index) && WeBefore().IsMatch(text[..match.Index])
                    && Voice(text, found, context) is { Kind: ActorKind.Official or ActorKind.Person } quotedSpeaker)
                {
                    actors = Party(quotedSpeaker, when?.Date ?? context.Undated, context) is { Kind: ActorKind.ParticipatingState or ActorKind.State } quotedSide ? [quotedSpeaker, quotedSide] : [quotedSpeaker];
                    counterparts = [.. after.Select(m => m.Actor).Where(a => actors.All(x => x.Id != a.Id))];
                }

                // "We remain deeply concerned about …", "it is with deep regret that we note …": the author speaks (in a statement reprinted
                // by someone else, the State or body it has shown speaking: "The United Kingdom commends …. We welcome …")
                if (!cue.Passive && !cue.Joint && speaker is null && (context.Author ?? context.Speaking) is { } we && !Quoted(text, match.Index)
                    && (WeBefore().IsMatch(text[..match.Index]) || WeAfter().IsMatch(text[(match.Index + match.Length)..]) || WeOpens().IsMatch(match.ValueSpan)
                        // ("our team met Deputy Minister …": the author's own people meeting someone are the author; not travelling about the
                        // country a field office works in: "our team travelled to Khorog")
                        || (cue.Kind == EventKind.Meeting && OurPeople().IsMatch(text[..match.Index]))))
                {
                    // ("we will continue to support both sides": the two parties read above)
                    counterparts = [.. (theParties ?? after.Select(m => m.Actor)).Where(a => a.Id != we.Id)];
                    // "Ambassador Stoian, we welcome your appointment": whom the speaker addresses
                    if (Vocative().Match(text) is { Success: true } vocative)
                        counterparts = [.. found.Where(m => m.End <= vocative.Groups["voc"].Index + vocative.Groups["voc"].Length && m.Actor.Kind is ActorKind.Official or ActorKind.Person or ActorKind.Institution or ActorKind.FieldOperation).Select(m => m.Actor), .. counterparts];
                    // ("We will deploy a needs assessment mission …" in the ODIHR Director's answer: a pledge of "we" is the speaker's and the
                    // body or State they speak for)
                    actors = cue.Kind == EventKind.CommitmentMade && we.Kind is ActorKind.Official && OnWe(match.ValueSpan)
                             && Party(we, when?.Date ?? context.Undated, context, institutions: true) is { } ourSide ? [we, ourSide] : [we];
                    counterparts = [.. counterparts.Where(c => actors.All(a => a.Id != c.Id))];
                }

                // "…, the Representative: • strongly condemns …; • stands ready to continue his dialogue with …": a list's item opening on its
                // verb is said by the author
                if (!cue.Passive && !cue.Joint && speaker is null && actors.Count == 0 && context.Author is { } itemBy && OpensOnItsVerb(text, match))
                {
                    actors = [itemBy];
                    counterparts = [.. after.Select(m => m.Actor).Where(a => a.Id != itemBy.Id).DistinctBy(a => a.Id)];
                }

                if (!cue.Passive && actors.Count == 0 && context.LastBody is { } body && BodyAnaphor().IsMatch(text[..match.Index]))
                    actors = [body]; // "The human rights organisation also called on …", "Participants noted …": the body or group last named as acting

                if (!cue.Passive && actors.Count == 0)
                {
                    // "During meetings … with X and Y, the Chairman-in-Office …", "As part of his visit to Poland, the Minister …":
                    // the object clause runs to the first comma after the cue; the subject follows it, or a his/her before the cue means the last official
                    var clauseEnd = text.IndexOf(',', match.Index + match.Length);
                    if (clauseEnd > 0)
                    {
                        counterparts = after.Where(m => m.Start < clauseEnd).Select(m => m.Actor).ToList();
                        // "During the conversation with Ms X, Head of the ODIHR Mission, President of the Parliament Mr Y, expressed": a person before a body
                        var subject = found.Where(m => m.Start > clauseEnd).OrderBy(m => m.Start).ToList();
                        actors = subject.Where(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person && m.Start < ObjectClauseEnd(text, m.End) && text[clauseEnd..m.Start].Count(c => c == ',') <= 3)
                            .Concat(subject).Take(1).Select(m => m.Actor).ToList();
                    }

                    if (actors.Count == 0 && context.LastOfficial is { } official && Possessive().IsMatch(text[..match.Index])) actors = [official];
                    if (actors.Count == 0 && Judgements.Contains(cue.Kind) && context.Author is { } author) actors = [author];
                }

                // "Russia’s war of aggression against Ukraine is the gravest violation of the Helsinki Final Act in the history of the OSCE": the
                // State whose deed opens the sentence is judged, not what the judgement goes on to name
                // ("Russia's war of aggression against Ukraine continues to violate every principle …, and we condemn it …": and what a clause after
                // it condemns, naming no one else)
                if (cue.Kind is EventKind.CriticismRaised && !cue.Passive && found.FirstOrDefault(m => m.End <= match.Index) is { Actor.Kind: ActorKind.ParticipatingState or ActorKind.State } deedDoer
                    && text.AsSpan(0, deedDoer.Start).TrimStart(" “\"".AsSpan()).IsEmpty && DeedOf().IsMatch(text.AsSpan(deedDoer.End)) && actors.All(a => a.Id != deedDoer.Actor.Id)
                    && (counterparts.Any(c => c.Id == deedDoer.Actor.Id) || counterparts.Count == 0))
                {
                    counterparts = [deedDoer.Actor];
                    judgedSubject = true;
                }
            }

            if (!Narrowed()) continue;
            bool Narrowed()
            {
                if (Judgements.Contains(cue.Kind) && !cue.Passive && !judgedSubject && counterparts.Count > 1)
                {
                    // what is judged is named in the clause the cue opens ("expressed support for the reforms in Kazakhstan and noted that the OSCE PA …")
                    var inClause = InClause(text, found, match.Index + match.Length).Select(m => m.Actor).Where(a => counterparts.Any(c => c.Id == a.Id)).ToList();
                    if (inClause.Count > 0) counterparts = inClause;
                }

                // "We also urge OSCE participating States to keep the situation on the agenda of the Permanent Council": a call is addressed to
                // whom it names before what it asks them to do
                // "calls on Kazakhstan's international partners, including the OSCE, to raise the case": the partners it lists
                if (cue.Rule == "cue:called-on" && PartnersAfter().Match(text, match.Index + match.Length) is { Success: true } partnersListed
                    && after.Where(m => m.Start >= partnersListed.Index + partnersListed.Length && m.Start < ObjectClauseEnd(text, partnersListed.Index + partnersListed.Length)).Select(m => m.Actor).DistinctBy(a => a.Id).ToList() is { Count: > 0 } partnersNamed)
                    counterparts = partnersNamed;
                // "appreciation for the OSCE's Support Programme for Ukraine": the organisation owning the body praised is not judged beside it
                if (Judgements.Contains(cue.Kind) && counterparts.Count > 1)
                    counterparts = UnlessAll(counterparts, c => c.Kind is ActorKind.Organisation && NamedOnlyAs(found, c, m => PossessiveAt(text, m.End) && found.Any(n => n.Start > m.End && n.Start - m.End <= 4)));
                if (cue.Rule == "cue:called-on" && counterparts.Count > 1 && CallInfinitive().Match(text, match.Index + match.Length) is { Success: true } todo
                    && after.Where(m => m.Start < todo.Index).Select(m => m.Actor).Where(a => counterparts.Any(c => c.Id == a.Id)).DistinctBy(a => a.Id).ToList() is { Count: > 0 } addressees)
                    counterparts = addressees;
                // "To the Government of Tajikistan: release …, and allow the UN Special Rapporteur to visit": addressed to whom the line names before its colon
                if (cue.Rule == "cue:addressed-to" && text.IndexOf(':', match.Index) is var addresseesEnd and > 0
                    && after.Where(m => m.Start < addresseesEnd).Select(m => m.Actor).DistinctBy(a => a.Id).ToList() is { Count: > 0 } addressedTo)
                    counterparts = addressedTo;
                // "President Tokayev's reforms have reduced presidential powers, a step ODIHR welcomed": ODIHR praises the State whose official's reforms they are
                if (cue.Rule == "cue:step-welcomed" && after.FirstOrDefault(m => m.Start <= match.Index + match.Length + 2) is { } welcomer)
                {
                    actors = [welcomer.Actor];
                    counterparts = [.. before.Select(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person ? Party(m.Actor, when?.Date ?? context.Undated, context) ?? m.Actor : m.Actor)
                        .Where(a => a.Id != welcomer.Actor.Id).DistinctBy(a => a.Id)];
                    // ("… in its 2023 needs assessment report": when it welcomed it, not the "Today" of what it welcomed)
                    if (Dates.For(text[match.Index..], published) is { Stated: true } welcomedOn) when = welcomedOn;
                }

                // "… welcomes Representative Braathu back … and thanks him for his report": him is whom the sentence named before
                if (Judgements.Contains(cue.Kind) && counterparts.Count == 0 && Him(text, match.Index, before, actors) is { } him)
                    counterparts = [him];
                // ("I pay tribute to her courage": her, named in no sentence before it, is the last named of her sex before)
                if (Judgements.Contains(cue.Kind) && counterparts.Count == 0 && ObjectPronoun().Match(text, match.Index) is { Success: true } objectOf && objectOf.Groups["person"].Success
                    && context.HimOrHer is { } meantBefore && actors.All(a => a.Id != meantBefore.Id))
                    counterparts = [meantBefore];
                // "Braathu met Foreign Minister Rashid Meredov in Vienna and urged him to …": a verb joined to the sentence's first by "and" shares its
                // subject, and him is the one it named after; a call on an official is on the official's State too
                if (Judgements.Contains(cue.Kind) && speaker is null && ObjectPronoun().Match(text, match.Index).Groups["person"].Success && Preceding(text, match.Index, 5).EndsWith(" and ", StringComparison.Ordinal)
                    && before.Where(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person).Select(m => m.Actor).DistinctBy(a => a.Id).ToList() is [var subjectFirst, .., var metLast]
                    && actors is [var soleActor] && soleActor.Id == metLast.Id)
                {
                    actors = [subjectFirst];
                    counterparts = cue.Kind is EventKind.RecommendationMade ? [.. StatesOf([metLast], [metLast], actors, when?.Date ?? context.Undated, context), metLast] : [metLast];
                }

                // "We urge President Ilham Aliyev to release …": a call on a State's official is a call on the State
                // (only one the call names right after it: "urged governments … to press President Aliyev" is addressed to the governments)
                if (cue.Kind is EventKind.RecommendationMade && after.FirstOrDefault() is { Actor.Kind: ActorKind.Official } calledOn && calledOn.Start - (match.Index + match.Length) <= 16
                    && counterparts.Any(c => c.Id == calledOn.Actor.Id))
                    counterparts = [.. StatesOf([calledOn.Actor], counterparts, actors, when?.Date ?? context.Undated, context), .. counterparts];
                // "Opposition leaders have accused the government of …": whom an accusation names after its verb is the accused; with no one
                // known before it, no one known accuses
                if (cue.Rule == "cue:accused" && actors.Count > 0 && actors.All(a => NamedOnlyAs(found, a, m => m.Start >= match.Index))) return false;
                // "Telalian also met with representatives of civil society, who complained about …": a judgement in a clause describing whom
                // the sentence names right before it is theirs
                if (Judgements.Contains(cue.Kind) && WhoClause().Matches(text).FirstOrDefault(w => w.Index < match.Index && match.Index < w.Index + w.Length) is { } whoSays
                    && found.LastOrDefault(m => m.End <= whoSays.Index) is { } described && whoSays.Index - described.End <= 2 && actors.All(a => a.Id != described.Actor.Id))
                {
                    actors = [described.Actor];
                    counterparts = [.. counterparts.Where(c => c.Id != described.Actor.Id)];
                }

                // "condemned the beating of journalist X": a person named in a criticism is who suffered, not whom it is addressed to
                // ("Condemns the sentencing of Anar Mammadli, chair of …": so is one sentenced, arrested or detained, titled or not)
                if (cue.Kind is EventKind.CriticismRaised or EventKind.RecommendationMade)
                    counterparts = [.. counterparts.Where(c => c.Kind is not ActorKind.Person
                        && !(cue.Kind is EventKind.CriticismRaised && c.Kind is ActorKind.Official && NamedOnlyAs(after, c, m => SufferedBy().IsMatch(Preceding(text, m.Start, 40)))))];
                // "met Foreign Minister Jeyhun Bayramov on Tuesday and urged the authorities to release …": whom a second verb after the meeting
                // urges or praises was not met for that
                if (cue.Kind is EventKind.Meeting or EventKind.Visit && counterparts.Count > 1)
                    counterparts = UnlessAll(counterparts, c => NamedOnlyAs(after, c, m => m.Start >= match.Index + match.Length && ThenJudged().IsMatch(text.AsSpan(match.Index + match.Length, m.Start - match.Index - match.Length))));
                // "Cassis thanked the Kazakh side for hosting the OSCE Programme Office": what the praise is for is not whom it praises
                // ("has criticised the Transnistrian side for detaining Moldovan officials": nor, for a criticism, whom the criticised did it to)
                if (cue.Kind is EventKind.PraiseExpressed or EventKind.CriticismRaised && !cue.Passive)
                    counterparts = UnlessAll(counterparts, c => NamedOnlyAs(after, c, m => m.Start > match.Index && ForDoing().IsMatch(text.AsSpan(match.Index, m.Start - match.Index))));
                if (cue.Kind is EventKind.PraiseExpressed)
                {
                    // "commended Mongolia's contribution to the OSCE's work": nor is where the praised contributes
                    counterparts = UnlessAll(counterparts, c => NamedOnlyAs(after, c, m => ContributionTo().IsMatch(Preceding(text, m.Start, 30))));
                    // ("appreciated the contribution of Ambassador Rogov to the development of cooperation between the Kyrgyz Republic and the OSCE":
                    // nor those the cooperation it furthered is between)
                    counterparts = UnlessAll(counterparts, c => NamedOnlyAs(after, c, m => m.Start > match.Index && CooperationBetween().IsMatch(Preceding(text, m.Start, 100))));
                    // "commended Kyrgyzstan's approach to the border settlement with Tajikistan": nor the other party to what it praises
                    counterparts = UnlessAll(counterparts, c => NamedOnlyAs(after, c, m => m.Start > match.Index && DealWith().IsMatch(Preceding(text, m.Start, 40))));
                    // "congratulated Ignazio Cassis on Switzerland's assumption of the OSCE Chairmanship": nor what the congratulations are on
                    counterparts = UnlessAll(counterparts, c => NamedOnlyAs(after, c, m => m.Start > match.Index && CongratulatedOn().IsMatch(text.AsSpan(match.Index, m.Start - match.Index))));
                    // ("We welcome the report …, and urge Belarus to engage with its recommendations": nor whom a call after it, a verb of its own, is to)
                    bool CalledAfter(Mention m) => m.Start > match.Index + match.Length && ThenCalled().IsMatch(text.AsSpan(match.Index + match.Length, m.Start - match.Index - match.Length));
                    counterparts = UnlessAll(counterparts, c => NamedOnlyAs(after, c, CalledAfter));
                    // "We welcome the report of the Moscow Mechanism rapporteur on Belarus": the OSCE's mechanism reported, not the State reported on
                    if (text.Contains("Moscow Mechanism", StringComparison.Ordinal) && MechanismReport().IsMatch(text.AsSpan(match.Index + match.Length))
                        && context.Names?.First("OSCE", when?.Date ?? context.Undated) is { } mechanismOf)
                        counterparts = [.. counterparts.Where(c => !NamedOnlyAs(after, c, m => CalledAfter(m) || (m.Start > match.Index + match.Length && ReportedOn().IsMatch(Preceding(text, m.Start, 100)))))
                            .Append(mechanismOf).DistinctBy(c => c.Id)];
                }
                // "welcomes the release in 2024 of journalist Daler Imomali": whoever is released is not whom the praise is for
                if (cue.Kind is EventKind.PraiseExpressed)
                    counterparts = [.. counterparts.Where(c => !(c.Kind is ActorKind.Person && NamedOnlyAs(after, c, m => Freed().IsMatch(Preceding(text, m.Start, 60)))))];
                // "highly appreciated the reforms carried out in the country under the leadership of President X": the country is praised,
                // not the one it names as leading them
                if (cue.Kind is EventKind.PraiseExpressed
                    && counterparts.Where(c => NamedOnlyAs(after, c, m => LedBy().IsMatch(Preceding(text, m.Start, 48)))).ToList() is { Count: > 0 } leaders)
                {
                    counterparts = [.. counterparts.Where(c => !leaders.Contains(c))];
                    if (counterparts.Count == 0 && context.MainState is { } country && InTheCountry().IsMatch(text.AsSpan(match.Index))) counterparts = [country];
                }
                // "concerned about the lack of registration of independent human rights organisations": the civil society a criticism
                // speaks up for is not what it criticises
                if (cue.Kind is EventKind.CriticismRaised)
                    counterparts = [.. counterparts.Where(c => !(c.Kind is ActorKind.CivilSociety && NamedOnlyAs(after, c, m => SpokenFor().IsMatch(Preceding(text, m.Start, 40)))))];
                // "complained that ODIHR's October trial-monitoring report on Tajikistan was "one-sided"": the State a body's report is on is
                // what the report is about, not whom the criticism is of (the body is)
                if (cue.Kind is EventKind.CriticismRaised && counterparts.Count > 1)
                    counterparts = UnlessAll(counterparts, c => c.Kind is ActorKind.ParticipatingState or ActorKind.State && NamedOnlyAs(after, c, m => ReportOn().IsMatch(Preceding(text, m.Start, 60))));
                // "expressed concern about the violations in the region and called on the OSCE to pay attention": whom the sentence goes on
                // to call on is asked to act, not criticised
                // (the calls are run only where the rest of the sentence has a word one needs)
                // ("welcomed the adoption of the new law … and encouraged the Government to continue implementing ODIHR's …": so is whom a praise goes on to call on)
                if (cue.Kind is EventKind.CriticismRaised or EventKind.PraiseExpressed && counterparts.Count > 0 && (CallWords is null || text.AsSpan(match.Index + match.Length).IndexOfAny(CallWords) >= 0)
                    && Calls.Select(c => c.Match(text, match.Index + match.Length)).Where(c => c.Success).OrderBy(c => c.Index).FirstOrDefault() is { } call)
                    counterparts = [.. counterparts.Where(c => !NamedOnlyAs(after, c, m => m.Start >= call.Index + call.Length))];
                // "believes that Anar Mammadli is being targeted solely for his legitimate election-monitoring work, including his cooperation
                // with OSCE/ODIHR …": what someone is targeted for, and with whom they did it, is not who targets them
                if (cue.Kind is EventKind.CriticismRaised && match.ValueSpan.Contains("targeted", StringComparison.OrdinalIgnoreCase))
                    counterparts = [.. counterparts.Where(c => !NamedOnlyAs(after, c, m => m.Start >= match.Index + match.Length))];
                // "Of the 40 cases recorded by NUNS, only three have led to an indictment": whoever recorded what is judged is not judged
                if (cue.Kind is EventKind.CommitmentAssessed or EventKind.CriticismRaised)
                    counterparts = [.. counterparts.Where(c => !NamedOnlyAs(found, c, m => RecordedBy().IsMatch(Preceding(text, m.Start, 40))))];
                // "… underlined that Russia continues the illegal occupation of Georgia's regions": the State whose clause goes on, not the one it occupies
                if (cue.Kind is EventKind.CriticismRaised && before.LastOrDefault() is { Actor.Kind: ActorKind.ParticipatingState or ActorKind.State } goingOn
                    && actors.All(a => a.Id != goingOn.Actor.Id) && ContinuesThe().IsMatch(text.AsSpan(goingOn.End, match.Index - goingOn.End)))
                    counterparts = [goingOn.Actor];
                // "Russia continues its brutal war of aggression against Ukraine in flagrant violation of every OSCE principle": a body whose
                // principles or commitments are said to be violated is not who violates them; the State the sentence opens on is
                if (cue.Kind is EventKind.CriticismRaised && counterparts.Count > 0 && before.FirstOrDefault() is { Actor.Kind: ActorKind.ParticipatingState or ActorKind.State } openingState
                    && text.AsSpan(0, openingState.Start).Trim(" \t“”\"'‘’").IsEmpty && actors.All(a => a.Id != openingState.Actor.Id)
                    && counterparts.All(c => c.Kind is ActorKind.Organisation or ActorKind.Institution && NamedOnlyAs(after, c, m => PrinciplesOf().IsMatch(text.AsSpan(m.End)))))
                    counterparts = [openingState.Actor];
                // "She commended Greece for the new reception centre in Evros but criticized the continuing reports of pushbacks": a criticism
                // joined by "but" to a judgement of a State, naming none of its own, is of that State
                if (cue.Kind is EventKind.CriticismRaised && Preceding(text, match.Index, 8).EndsWith(" but ", StringComparison.Ordinal)
                    && !after.Any(m => m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State or ActorKind.Organisation or ActorKind.Institution or ActorKind.FieldOperation)
                    && EarlierJudgement().Match(text[..match.Index]) is { Success: true } firstJudged
                    && before.FirstOrDefault(m => m.Start > firstJudged.Index && m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State) is { } judgedState && actors.All(a => a.Id != judgedState.Actor.Id))
                    counterparts = [judgedState.Actor];
                // "condemns yet another massive Russian missile and drone attack on Kyiv": the State whose adjective names the attack made it
                // ("the repeated Russian attacks on Ukraine's energy system": not the State attacked, named after it; nor one named before the judgement)
                // ("condemned Russia's continued strikes on Ukraine's energy infrastructure": so the State whose attacks they are)
                if (cue.Kind is EventKind.CriticismRaised && text.AsSpan(match.Index, Math.Min(160, text.Length - match.Index)).IndexOfAny(AttackWords) >= 0
                    && AttackerAdjective().Match(text, match.Index) is { Success: true } attackBy
                    && (attackBy.Groups["owner"].Success ? attackBy.Groups["adj"].Value : Demonyms.State(Core.Names.Fold(attackBy.Groups["adj"].Value))) is { } attackerName
                    && context.Names?.First(attackerName, when?.Date ?? context.Undated) is { Kind: ActorKind.ParticipatingState or ActorKind.State } attacker
                    && counterparts.All(c => c.Id == attacker.Id || after.All(m => m.Actor.Id != c.Id) || NamedOnlyAs(after, c, m => m.Start >= attackBy.Index + attackBy.Length))
                    && actors.All(a => a.Id != attacker.Id))
                    counterparts = [attacker];
                // "Human rights organisations have criticised the new law. … We consider such criticism unfounded.": whose criticism it was
                // ("Kosovo's Minister …, Liburn Aliu, rejected the criticism": not the minister's own side, named in his title)
                if (cue.Kind is EventKind.CriticismRaised && context.Critics is { Count: > 0 } critics && SuchCriticism().IsMatch(text)
                    && counterparts.All(c => actors.Any(a => Party(a, when?.Date ?? context.Undated, context)?.Id == c.Id)
                        || NamedOnlyAs(found, c, m => m.End < match.Index && PossessiveAt(text, m.End))))
                    counterparts = [.. critics.Where(c => actors.All(a => a.Id != c.Id))];
                // "raised concerns about the draft with Foreign Minister Kulubaev": what is raised with an official is raised about their State
                if (cue.Kind is EventKind.CriticismRaised && counterparts.DistinctBy(c => c.Id).ToList() is [{ Kind: ActorKind.Official } raisedWith] && NamedOnlyAs(after, raisedWith, m => WithTitled().IsMatch(Preceding(text, m.Start, 60)))
                    // (a minister of a State the document does not name for them is of the State the sentence's visit went to, if it went to one)
                    && (context.Names?.SpeaksFor(raisedWith, when?.Date ?? context.Undated) ?? (VisitedPlace().Match(text, 0, match.Index) is { Success: true } went
                            ? StateOfCapital(context.Names, went.Groups["place"].Value, when?.Date ?? context.Undated) ?? context.Names?.First(went.Groups["place"].Value, when?.Date ?? context.Undated) : null)
                        ?? Party(raisedWith, when?.Date ?? context.Undated, context)) is { Kind: ActorKind.ParticipatingState or ActorKind.State } raisedWithState)
                    counterparts = [raisedWithState];
                // "The U.S. Embassy said that it shared the concerns raised by the OSCE": who raised them first criticises with the speaker, not
                // what is criticised (the State the document is about, when the sentence names no other)
                // ("The EU shares the concerns expressed by ODIHR … on the elections in Georgia": the State named after them is)
                if (cue.Kind is EventKind.CriticismRaised && counterparts.Where(c => NamedOnlyAs(after, c, m => RaisedBy().IsMatch(Preceding(text, m.Start, 40)))).ToList() is { Count: > 0 } raisers)
                    counterparts = counterparts.Except(raisers).ToList() is { Count: > 0 } judged ? judged
                        : context.MainState is { } aboutState && actors.All(a => a.Id != aboutState.Id) ? [aboutState] : [];
                // "expressed concern about the amendments to Kyrgyzstan's Law on Mass Media signed by President Sadyr Japarov": who signed what is
                // judged is named as its signer, not judged beside its State
                if (cue.Kind is EventKind.CriticismRaised or EventKind.PraiseExpressed && counterparts.Where(c => c.Kind is ActorKind.Official or ActorKind.Person
                        && NamedOnlyAs(after, c, m => SignedBy().IsMatch(Preceding(text, m.Start, 48)))).ToList() is { Count: > 0 } signers
                    && counterparts.Except(signers).Any(c => c.Kind is ActorKind.ParticipatingState or ActorKind.State))
                    counterparts = [.. counterparts.Except(signers)];
                // "warmly welcomes the Head of the OSCE Mission to Serbia, Ambassador Jan Bratu, back to the Permanent Council": a body named in a
                // person's title, the person set off after it, is not judged beside them
                if (Judgements.Contains(cue.Kind))
                    counterparts = [.. counterparts.Select(c => c.Kind is ActorKind.Official or ActorKind.Person or ActorKind.ParticipatingState or ActorKind.State ? c
                        : after.Where(m => m.Actor.Id == c.Id).ToList() is [var titleBody] && TitleOfBody().IsMatch(Preceding(text, titleBody.Start, 48))
                          && NameSetOff().Match(text, titleBody.End) is { Success: true } setOff
                          && after.FirstOrDefault(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person && m.Start == setOff.Groups["person"].Index) is { } titled
                            ? titled.Actor : c).DistinctBy(c => c.Id)];
                // "Russia again launched … attacks against Ukraine's energy infrastructure. These attacks are a flagrant violation of …": what is
                // referred back to is the deed of the State that did it, the sentence before's subject
                // ("The UK condemns these attacks in the strongest terms": so it is when the sentence names no State but the judge's own)
                if (cue.Kind is EventKind.CriticismRaised && context.LastDoer is { } deedBy && RefersBackToDeed(text) && actors.All(a => a.Id != deedBy.Id)
                    && !found.Any(m => m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State && actors.All(a => a.Id != m.Actor.Id)))
                    counterparts = [deedBy];
                // "I share your concern about the continued detention of human rights defenders, including members of the Viasna Human Rights
                // Centre": the group whose members suffer is not judged; the State the sentence before named, where they are held, is
                if (cue.Kind is EventKind.CriticismRaised && counterparts.Count > 0 && context.Previous is { } heldIn
                    && counterparts.All(c => found.Any(m => m.Actor.Id == c.Id && c.Kind is not (ActorKind.ParticipatingState or ActorKind.State) && MembersOf().IsMatch(Preceding(text, m.Start, 40)))))
                    counterparts = [heldIn];
                // "The ODIHR report … relies on anonymous sources. Its conclusions are politically motivated.": whose work the sentence before
                // opened on, when this one names no one
                if (cue.Kind is EventKind.CriticismRaised && context.LastDoer is { Kind: not (ActorKind.ParticipatingState or ActorKind.State) } worksBody && ItsWork().IsMatch(text)
                    && found.Count == 0 && actors.All(a => a.Id != worksBody.Id))
                    counterparts = [worksBody];
                // "… only if the Western countries stop using it as a tool of their geopolitical interests": the body used as a tool is not
                // what is criticised, its users are
                if (cue.Kind is EventKind.CriticismRaised && ToolUse().IsMatch(match.ValueSpan))
                    counterparts = [.. counterparts.Where(c => c.Kind is not (ActorKind.Organisation or ActorKind.Institution or ActorKind.FieldOperation))];
                // "Once again our Western colleagues are using the Permanent Council to spread unfounded accusations" in a reply to the
                // European Union's statement: "our colleagues" are whom the reply answers
                if (cue.Kind is EventKind.CriticismRaised && context.RepliedTo is { } repliedTo && OurColleagues().IsMatch(text) && actors.All(a => a.Id != repliedTo.Id))
                    counterparts = [repliedTo, .. counterparts.Where(c => c.Id != repliedTo.Id && c.Id != context.Council?.Id && c.Kind is ActorKind.ParticipatingState or ActorKind.State)];
                // "The Turkmen side notes with regret that the Report does not reflect …", in comments on an ODIHR report: the Report's author
                if (cue.Kind is EventKind.CriticismRaised && counterparts.Count == 0 && context.Reported is { } reportedBy && text.Contains("the Report", StringComparison.Ordinal)
                    && actors.All(a => a.Id != reportedBy.Id))
                    counterparts = [reportedBy];
                // "It called on the countries to …": the States last named together
                if (Judgements.Contains(cue.Kind) && counterparts.All(c => c.Kind is not (ActorKind.ParticipatingState or ActorKind.State)) && context.Group is { } countries && TheCountries().IsMatch(text))
                    counterparts = [.. counterparts, .. countries];
                // "Greminger thanked Austria for its support as host country of the OSCE", "recommendations previously made by ODIHR" said by
                // ODIHR's mission head: the body the judge speaks for is not judged
                if (Judgements.Contains(cue.Kind) && counterparts.Count > 0 && context.Names is { } names
                    && actors.Select(a => names.SpeaksFor(a, when?.Date ?? context.Undated, institutions: true)).OfType<ActorRef>().ToList() is { Count: > 0 } judgesSide)
                    // (nor the organisation named as the body's: "the director of the OSCE's Office for Democratic Institutions …")
                    counterparts = [.. counterparts.Where(c => judgesSide.All(j => j.Id != c.Id) && !NamedOnlyAs(found, c, m => found.Any(n => n.Start > m.End
                        && judgesSide.Any(j => j.Id == n.Actor.Id) && OwnersBody().IsMatch(text.AsSpan(m.End, n.Start - m.End)))))];
                // "appreciation for the role played by ODIHR Missions in observation of elections in Albania": a State named only as
                // where something happened is not judged beside the body or person that is
                if (Judgements.Contains(cue.Kind) && counterparts.Any(c => c.Kind is not (ActorKind.ParticipatingState or ActorKind.State)))
                    // (a State the clause after the cue does not name at all is not named there as where: "The European Union and the United
                    // States … should use their engagement to press for …")
                    counterparts = [.. counterparts.Where(c => c.Kind is not (ActorKind.ParticipatingState or ActorKind.State)
                        || !NamedOnlyAs(after, c, m => Located().IsMatch(Preceding(text, m.Start, 8))))];
                // "praised Tajikistan's role in ensuring security along the border with Afghanistan": a State named as where a border runs to is not judged
                if (Judgements.Contains(cue.Kind) && counterparts.Count > 1)
                    counterparts = UnlessAll(counterparts, c => NamedOnlyAs(after, c, m => BorderWith().IsMatch(Preceding(text, m.Start, 16))));
                // "I welcomed the Government's progress in implementing ODIHR's recommendations on electoral reform": a body named only as whose
                // recommendations someone else implements is not judged beside them
                if (Judgements.Contains(cue.Kind) && counterparts.Count > 1)
                    counterparts = UnlessAll(counterparts, c => NamedOnlyAs(after, c, m => ImplementingWhose().IsMatch(Preceding(text, m.Start, 40)) && OwnRecommendations().IsMatch(text.AsSpan(m.End))));
                // "Kauma recommended that Armenia invite ODIHR to observe the June 2027 elections": a call is on the subject of what it asks, not on
                // whom that names
                if (cue.Kind is EventKind.RecommendationMade && counterparts.Count > 1 && ThatSubject().Match(text, match.Index + match.Length) is { Success: true } thatClause
                    && after.FirstOrDefault(m => m.Start >= thatClause.Index + thatClause.Length) is { } askedOf && askedOf.Start == thatClause.Index + thatClause.Length
                    && LowerWordAfter().IsMatch(text.AsSpan(askedOf.End)) && counterparts.Any(c => c.Id == askedOf.Actor.Id))
                    counterparts = [askedOf.Actor];
                // "Some of these pledges have been kept: in 2021 the International Labour Organization found that …": who is named reporting
                // a finding is not what is judged
                if (Judgements.Contains(cue.Kind) && counterparts.Count > 0)
                    counterparts = [.. counterparts.Where(c => !NamedOnlyAs(after, c, m => ReportsThat().IsMatch(text.AsSpan(m.End))))];
                // "… the Federal Department of Foreign Affairs of Switzerland refused to issue visas …. The Russian Federation strongly protests
                // against this decision, which is contrary to … the OSCE": a decision the judgement points back to is the previous sentence's State's
                // (when no one but the judge is named before what the ", which" clause says of it)
                if (cue.Kind is EventKind.CriticismRaised && ThisDecision().Match(text) is { Success: true } pointedTo
                    && text.IndexOf(", which ", pointedTo.Index, StringComparison.Ordinal) is var whichAt and > 0 && found.All(m => m.Start > whichAt || actors.Any(a => a.Id == m.Actor.Id))
                    && context.StatesBefore?.FirstOrDefault(b => actors.All(a => a.Id != b.Id && context.Names?.SpeaksFor(a, when?.Date ?? context.Undated)?.Id != b.Id)) is { } decidedBy)
                    counterparts = [decidedBy];
                // "The Secretary General commended Mongolia's role … and thanked the authorities for hosting …": a second judgement of a kind, its verb
                // joined by "and" with no subject of its own, is the first one's judge's
                if (reopen.TryGetValue(cue.Kind, out var reopenedAt) && match.Index >= reopenedAt && JoinedVerb().IsMatch(Preceding(text, match.Index, 12))
                    && firstJudges.TryGetValue(cue.Kind, out var firstJudge)) actors = firstJudge;
                // "Bishkek has rejected the criticism, calling it interference in internal affairs": a capital opening the sentence judges as its government
                if (Judgements.Contains(cue.Kind) && !cue.Passive && actors.Count == 0 && before.Count == 0 && SeatOf(context.Names, text, when?.Date ?? context.Undated) is { } judgingSeat)
                    actors = [judgingSeat];
                // "Telalian welcomed the invitation", after "Kulubaev assured the Director that Kyrgyzstan would invite ODIHR …": the pledge just
                // told, of whoever made it (the State, when it was made with one)
                if (cue.Kind is EventKind.PraiseExpressed && counterparts.Count == 0 && context.LastMakers is { Count: > 0 } lastMakers
                    && WelcomedThePledge().IsMatch(text.AsSpan(match.Index + match.Length)))
                    counterparts = lastMakers.Where(a => a.Kind is ActorKind.ParticipatingState or ActorKind.State).ToList() is { Count: > 0 } makersStates ? makersStates : [.. lastMakers];
                // "… remain in many parts of the region": the participating States
                if (Judgements.Contains(cue.Kind) && counterparts.Count == 0 && Region(text, found, context) is { } region) counterparts = [region];
                // "The government of Azerbaijan has imprisoned scores of people. The recent release of … is a positive first step.": the State
                // the sentence before in the paragraph was about, when this one names no one but who judges ("He also highlighted …")
                if (Judgements.Contains(cue.Kind) && counterparts.Count == 0 && !sentence.OpensLine && found.All(m => actors.Any(a => a.Id == m.Actor.Id)) && context.Previous is { } lastState
                    && actors.All(a => a.Id != lastState.Id && context.Names?.SpeaksFor(a, when?.Date ?? context.Undated)?.Id != lastState.Id)) counterparts = [lastState];
                // "The Chair-in-Office also raised the situation of persons detained in connection with the conflict", after she met the Armenian
                // and Azerbaijani ministers: the States just met, other than the judge's own
                if (Judgements.Contains(cue.Kind) && counterparts.Count == 0 && context.Sides is { Count: >= 3 } metSides
                    && metSides.Where(x => x.Kind is ActorKind.ParticipatingState or ActorKind.State && actors.All(a => a.Id != x.Id && context.Names?.SpeaksFor(a, when?.Date ?? context.Undated)?.Id != x.Id)).ToList() is { Count: >= 2 } statesMet)
                    counterparts = statesMet;
                // "Kobakhidze told journalists the report was “biased …”": the body whose report the news is about
                if (cue.Kind is EventKind.CriticismRaised && counterparts.Count == 0 && TheReportWas().IsMatch(text) && context.LastBody is { Kind: ActorKind.Organisation or ActorKind.Institution } reporter
                    && actors.All(a => a.Id != reporter.Id)) counterparts = [reporter];
                // "expressed concern over the prison sentences handed down to six journalists in Baku": the State whose capital the judgement
                // places what it judges in, when it names no one
                if (cue.Kind is EventKind.CriticismRaised or EventKind.RecommendationMade && counterparts.Count == 0 && Capitals.Where(text[(match.Index + match.Length)..]) is { } placed
                    && context.Names?.First(placed, when?.Date ?? context.Undated) is { Kind: ActorKind.ParticipatingState or ActorKind.State } placedState
                    && actors.All(a => a.Id != placedState.Id && context.Names?.SpeaksFor(a, when?.Date ?? context.Undated)?.Id != placedState.Id))
                    counterparts = [placedState];
                // "Wild arrived in Tbilisi this morning for a two-day visit, the Swiss Embassy said.": whom the sentence cites as its source at its
                // end is no party to what it reports
                if (Found(AttributionAtEnd(), text) is { Success: true } cited && cited.Index > match.Index + match.Length)
                    counterparts = [.. counterparts.Where(c => !NamedOnlyAs(found, c, m => m.Start >= cited.Index))];
                // "criticizes the conviction of Azerbaijani journalist Ulviyya Ali": the State whose people what is judged befell, when no one else is named
                if (cue.Kind is EventKind.CriticismRaised && counterparts.Count == 0 && DemonymsPeople().Match(text, match.Index + match.Length) is { Success: true } whosePeople
                    && Demonyms.State(Names.Fold(whosePeople.Groups["adj"].Value)) is { } peoplesStateName && context.Names?.First(peoplesStateName, when?.Date ?? context.Undated) is { Kind: ActorKind.ParticipatingState or ActorKind.State } peoplesState
                    && actors.All(a => a.Id != peoplesState.Id)) counterparts = [peoplesState];
                // "From Dushanbe: the OSCE Programme Office in Dushanbe welcomed the release of journalist …": a field operation's judgement naming
                // no one is of the State it works in, whichever State the document spoke of before
                if (Judgements.Contains(cue.Kind) && counterparts.Count == 0 && actors.FirstOrDefault(a => a.Kind is ActorKind.FieldOperation) is { } judgingOperation && context.Names is { } hostsOf
                    && HostState(judgingOperation, hostsOf, when?.Date ?? context.Undated) is { } operationsHost && actors.All(a => a.Id != operationsHost.Id)) counterparts = [operationsHost];
                // the State the document is about is judged when no one else is, unless the judge speaks for it ("Finland's new foreign minister")
                // (not one that says it is of some States it leaves unnamed: "I regret that some States now treat our invitations as a favour")
                if (Judgements.Contains(cue.Kind) && counterparts.Count == 0 && context.MainState is { } state && actors.All(a => a.Id != state.Id && context.Names?.SpeaksFor(a, when?.Date ?? context.Undated)?.Id != state.Id)
                    && !UnnamedStates().IsMatch(text.AsSpan(match.Index))) counterparts = [state];
                // "Ambassador Bush welcomes the OSCE's co-operation …", "we commend …": who delivers the statement speaks with its author
                // (but "Let me begin by thanking …", "I must say clearly: …" in a minister's address: a judgement they make in the first person singular is theirs alone)
                if (cue.Kind is not (EventKind.Meeting or EventKind.Visit) && context.Voice is { } deliverers && context.Author is { } voiced && actors is [var alone] && (deliverers.Any(d => d.Id == alone.Id) || alone.Id == voiced.Id))
                    actors = Judgements.Contains(cue.Kind) && !Quoted(text, match.Index) && InFirstPerson().IsMatch(text.AsSpan(0, match.Index)) ? [.. deliverers] : [.. deliverers, voiced];
                // "Ukraine's envoy, Yevhenii Tsymbaliuk, said …", "Russia's ambassador to the OSCE, Dmitry Polyanskiy, told …": an official set
                // off after a State's title speaks for that State (who meets or visits is the person alone)
                if (cue.Kind is not (EventKind.Meeting or EventKind.Visit) && actors is [{ Kind: ActorKind.Official or ActorKind.Person } titledOfficial] && found.FirstOrDefault(m => m.Actor.Id == titledOfficial.Id) is { } officialAt
                    && found.LastOrDefault(m => m.End <= officialAt.Start && m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State) is { } titlesState
                    && StatesTitle().IsMatch(text.AsSpan(titlesState.End, officialAt.Start - titlesState.End)))
                    actors = [titledOfficial, titlesState.Actor];
                // ("Ararat Mirzoyan thanked his Swiss counterpart for the Chairpersonship's consistent attention …": the person thanked is
                // praised, not a body named in what they are thanked for)
                if (cue.Kind == EventKind.PraiseExpressed && !cue.Passive && counterparts.Count > 1
                    && text.IndexOf(" for ", match.Index + match.Length, StringComparison.Ordinal) is var thankedFor and > 0
                    && counterparts.Any(c => c.Kind is ActorKind.Official or ActorKind.Person && found.Any(m => m.Actor.Id == c.Id && m.Start >= match.Index && m.End <= thankedFor)))
                    counterparts = [.. counterparts.Where(c => !NamedOnlyAs(found, c, m => m.Start > thankedFor))];
                // "expressed concern about the slow pace of implementation of the recommendations of ODIHR's election observation missions": a
                // body named as the author of recommendations left undone is not judged; the State where the text is, or that it is about, is
                if (cue.Kind is EventKind.CriticismRaised or EventKind.CommitmentAssessed && counterparts.Count > 0 && text.Contains("recommendations", StringComparison.Ordinal) && LeftUndone().IsMatch(text)
                    && counterparts.Where(c => c.Kind is ActorKind.Institution or ActorKind.Organisation or ActorKind.FieldOperation
                           && NamedOnlyAs(found, c, m => RecommendationsMadeBy().IsMatch(Preceding(text, m.Start, 30)) || TheirRecommendations().IsMatch(text.AsSpan(m.End)))).ToList() is { Count: > 0 } advisers
                    && (context.Host ?? context.MainState) is { } advised && actors.All(a => a.Id != advised.Id))
                    counterparts = [.. counterparts.Where(c => advisers.All(x => x.Id != c.Id) && c.Id != advised.Id), advised];
                actors = actors.DistinctBy(a => a.Id).ToList();
                counterparts = counterparts.DistinctBy(a => a.Id).Where(c => actors.All(a => a.Id != c.Id)).ToList();
                if (cue.Kind == EventKind.CommitmentMade && counterparts.Count > 0)
                {
                    // "the participating States agreed to appoint the four top officials of the Organization as a package": what all of them
                    // agree together is theirs, to no one, not to the Organization they make up
                    if (actors is [{ Name: "OSCE participating States" }]) counterparts = [.. counterparts.Where(c => c.Name != "OSCE")];
                    // "Switzerland pledged to make the adoption of a unified budget the priority of its Chairpersonship": a State's own office, named
                    // in its possessive, is not whom it pledges to
                    if (actors.Any(a => a.Kind is ActorKind.ParticipatingState or ActorKind.State)
                        && counterparts.Where(c => NamedOnlyAs(after, c, m => OwnPossessive().IsMatch(Preceding(text, m.Start, 8)))).ToList() is { Count: > 0 } ownOffices)
                        counterparts = [.. counterparts.Except(ownOffices)];
                }
                // "“My office stands ready to assist …”, he said": a pledge in a quotation naming no one is the speaker's
                // ("2/2 My Office stands ready to continue its dialogue with the authorities in Baku": so is one whose subject is the speaker's own office)
                if (cue.Kind == EventKind.CommitmentMade && actors.Count == 0 && MyOfficeSubject().IsMatch(text.AsSpan(0, match.Index)) is var ownOfficeSubject
                    && (counterparts.Count == 0 || ownOfficeSubject)
                    && (Voice(text, found, context) ?? (ownOfficeSubject && !Quoted(text, match.Index) ? context.Author : null)) is { } pledger) actors = [pledger];
                if (actors.Count + counterparts.Count == 0) return false;
                // a judgement no one is named making ("Journalists have been intimidated in Moldova, according to reports") is the news, not a judgement
                // ("Rahmon has been criticized by international human rights groups for years": judged by no one named, and not judging)
                if (Judgements.Contains(cue.Kind) && actors.Count == 0)
                {
                    if (cue.Passive) seen.Add(cue.Kind);
                    return false;
                }

                // the author judges when writing ("clamped down on free speech during 2015"), and a date inside a quotation is the
                // quotation's ("“In 2024, authorities … ramped up …,” he said"): either way the judgement is dated by the story
                // (the days a visit lasted are no date inside it: "The High Commissioner urged the authorities …" in his office's release on the visit)
                // ("On 27 March, the Mission welcomed …", "25 March – The Mission expressed concern …": a day the author's own report of what
                // it did opens on is when it did it; so is the day its paragraph opened on)
                if (Judgements.Contains(cue.Kind) && when is { Stated: true, Rule: not ("date:visit-length" or "date:item" or "date:repeatedly") } stated
                    // ("We raised our concerns with the Belarusian authorities most recently on 14 November", "At the Permanent Council on 27 November,
                    // the UK called on Belarus to …": what the author tells it did, in the past, on a day it names, it did that day)
                    // (the writer alone, or, in its "we", with whoever delivers its words: "Spokesperson …: Ravina Shamdasani / We are deeply
                    // troubled by the sentencing on Tuesday …")
                    && ((speaker is null && context.Author is { } writer && (actors is [var only] && only.Id == writer.Id || WeSpeak().IsMatch(text) && actors.Any(a => a.Id == writer.Id) && actors.All(a => a.Id == writer.Id || context.Voice?.Any(v => v.Id == a.Id) == true)) && !((stated.Date.Precision is DatePrecision.Day || (stated.Date.Precision is DatePrecision.Month && OpensOnPast().IsMatch(text))) && OwnPastAct().IsMatch(match.Value))
                         // ("On Monday the mission's preliminary statement … said that … pressure … had undermined …": what it said that day)
                         && !(stated.Date.Precision is DatePrecision.Day && stated.Index < match.Index && SaidThen().Match(text, stated.Index) is { Success: true } saidThen && saidThen.Index <= match.Index)
                         // ("according to ODIHR's own follow-up assessment, published in October 2026, only six of them have been implemented": what
                         // it found in a report of its own, when that report came out)
                         && !(ReportPublishedOn().Match(text) is { Success: true } report && report.Index < match.Index && stated.Index >= report.Index && stated.Index < report.Index + report.Length)
                         && !(stated.Date.Precision is DatePrecision.Day && OpensOnDay().Match(text) is { Success: true } day
                              && (before.Any(m => m.Actor.Id == writer.Id) || (before.Count == 0 && OwnSubject().IsMatch(text.AsSpan(day.Length))))))
                        || (speaker is not null && Quoted(text, stated.Index))))
                    when = context.Story ?? Dates.Published(published);

                // "When Foreign Minister Rashid Meredov met the Secretary General in Vienna, he praised …": the he or she after a clause that
                // opens on whom it tells of is that clause's subject
                if (!cue.Passive && actors is [{ Kind: ActorKind.Official or ActorKind.Person } nearest] && Has(WhenClauseHe(), text, text.AsSpan(0, match.Index))
                    && before.FirstOrDefault(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person) is { } whenSubject && whenSubject.Actor.Id != nearest.Id)
                    actors = [whenSubject.Actor];
                // "the UK, together with 37 other participating States, called on Georgia …": the one named before those it acted with acts
                if (!cue.Passive && actors is [var actedWith] && before.FirstOrDefault(m => m.Actor.Id == actedWith.Id) is { } withWhom
                    && Has(TogetherWith(), text, Preceding(text, withWhom.Start, 40))
                    && before.LastOrDefault(m => m.End <= withWhom.Start && m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State or ActorKind.Organisation or ActorKind.Institution) is { } leading)
                    actors = [leading.Actor];

                // "The working group was set up in May 2024 …" in the Mission's own report, "The plan has still not been approved." after a
                // visit's news, said by no one the sentence names: what the document itself finds since a pledge, as of the day it is published
                // (not on the visit's days), and in a body's own release the body's
                if (cue.Kind == EventKind.CommitmentAssessed && (match.Groups["since"].Success || match.Groups["done"].Success || match.Groups["nosuch"].Success) && before.Count == 0 && speaker is null
                    && !Quoted(text, match.Index) && SpeechVerbs(text).Length == 0)
                {
                    // (not an office's, whose holder is read as the author: reviews give the Representative on Freedom of the Media's own
                    // statements to the Representative, u180, u502)
                    if (context.Author is { Kind: ActorKind.Institution or ActorKind.FieldOperation } releaser) actors = [releaser];
                    if (published is not null) when = Dates.Published(published);
                }
                return true;
            }

            var confidence = cue.Strength
                             + (when is { Rule: not "date:publication" } ? 0.05 : 0)
                             + (actors.Count > 0 && counterparts.Count > 0 ? 0.1 : -0.15)
                             - (found.Any(m => m.Rule == "actor:pronoun") ? 0.1 : 0);
            var rule = $"{cue.Rule}; {when?.Rule ?? "date:none"}; {string.Join(",", found.Select(m => m.Rule).Distinct())}";
            confidence = Math.Clamp(confidence, 0.05, 0.99);

            // "Dzhakupov has met with … Astrid Thors. Dzhakupov thanked his interlocutor for …": whom the actor last met
            if (context.Met is { Count: 2 } pair && actors is [var thanking] && pair.FirstOrDefault(p => p.Id != thanking.Id) is { } interlocutor && pair.Any(p => p.Id == thanking.Id)
                && Interlocutor().IsMatch(text.AsSpan(match.Index, Math.Min(60, text.Length - match.Index))))
                counterparts = [interlocutor];

            // "we will continue to demand the release of all those detained as part of Russia’s war of aggression against Ukraine":
            // who a war is against suffers it, and is not whom a criticism or a call is about, when someone else is named
            if (cue.Kind is EventKind.CriticismRaised or EventKind.RecommendationMade && counterparts.Any(Victim) && counterparts.Any(c => !Victim(c)))
                counterparts = [.. counterparts.Where(c => !Victim(c))];

            // "the ODIHR NAM recommends the deployment of an Election Observation Mission": a body's advice on what it should itself send
            // is made to no one the sentence does not name
            if (cue.Kind is EventKind.RecommendationMade && OwnDeployment().IsMatch(text.AsSpan(match.Index + match.Length)))
                counterparts = [.. counterparts.Where(c => found.Any(m => m.Actor.Id == c.Id))];

            // "A and B met …", "Désir and Head of Mission Daviet condemned …": the one actor the cue found and the person "and" joins before them
            // ("Foreign Minister Maka Botchorishvili and the Director of ODIHR, Maria Telalian, met …": or both, found as the subject together)
            (ActorRef First, ActorRef Second)? JoinedSubject() => JoinedPeople(text, before) is var (a, b)
                && (actors is [var only] && b.Id == only.Id || actors is [var first, var second] && first.Id == a.Id && second.Id == b.Id) ? (a, b) : null;

            // (each kind's case below, like the date and the parties above, is a local function of its own: the JIT optimises a method
            // only up to some size, and this loop's body, all in one, was compiled without; see when_the_extractor_is_compiled)
            switch (cue.Kind)
            {
                case EventKind.Meeting:
                    if (!Met()) continue;
                    break;
                case EventKind.Visit:
                    if (!Visited()) continue;
                    break;
                case EventKind.CommitmentMade:
                    Pledged();
                    break;
                case EventKind.CommitmentAssessed:
                    Assessed();
                    break;
                default:
                    Judged();
                    break;
            }

            bool Met()
            {
                var people = counterparts.Where(c => c.Kind is ActorKind.Official or ActorKind.Person or ActorKind.CivilSociety).ToList();
                // "ODIHR … met with the Kazakh authorities": a body meeting a State's authorities, no one named
                // "his meeting with his Azerbaijani counterpart": the State's minister, unnamed
                // ("his Montenegrin counterpart, Ranko Krivokapic" names him: the State is not met beside him)
                people.AddRange(counterparts.Where(c => c.Kind is ActorKind.ParticipatingState or ActorKind.State && Demonyms.For(c.Name).Any(d => text.IndexOf($"{d} counterpart", StringComparison.OrdinalIgnoreCase) is var at and >= 0
                    && !found.Any(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person && m.Start > at && m.Start - at - d.Length - " counterpart".Length is >= 0 and <= 3))));
                // "he met with local authorities and representatives of national minority communities": the State's authorities, unnamed,
                // met in the one meeting with whoever else is met unnamed
                // ("signed the handover protocol at the Ministry": where, not whom)
                // ("met Foreign Minister Bayramov and urged the authorities to …": not the authorities a second verb urges)
                var authorities = after.FirstOrDefault(m => m.Rule == "actor:authorities" && people.All(p => p.Id != m.Actor.Id)
                    && !(Preceding(text, m.Start, 8) is var where && (where.EndsWith(" at ", StringComparison.Ordinal) || where.EndsWith(" at the ", StringComparison.Ordinal)))
                    && !(m.Start > match.Index + match.Length && ThenJudged().IsMatch(text.AsSpan(match.Index + match.Length, m.Start - match.Index - match.Length))))?.Actor;
                if (authorities is not null) people.Add(authorities);
                // ("Yesterday I met … Robert Kocharyan, and tomorrow I will meet the Speaker of Parliament, Alen Simonyan": not whom a clause
                // after the meeting says will be met)
                if (FutureMeeting().Match(text, match.Index + match.Length) is { Success: true } willMeet)
                    people = [.. people.Where(p => !found.Any(m => m.Actor.Id == p.Id && m.Start > willMeet.Index) || found.Any(m => m.Actor.Id == p.Id && m.Start < willMeet.Index))];
                // ("Serebrian told Ambassador Keiderling that the Government would …": whom one tells is the one met, not who is told of)
                if (match.ValueSpan.StartsWith("told", StringComparison.Ordinal)) people = [.. people.Where(p => p.Kind is ActorKind.Official or ActorKind.Person).Take(1)];
                // ("Later, Speaker Alen Simonyan hosted her for a working lunch": her, named in no sentence before it, the guest)
                if (people.Count == 0 && match.Groups["whom"].Success && context.HimOrHer is { } hostedGuest && actors.All(a => a.Id != hostedGuest.Id)) people.Add(hostedGuest);
                // "The Minsk Group … held its last meeting with the parties in 2019": the two States last named together
                if (people.Count == 0 && context.Pair is [var onePair, var otherPair] && WithTheParties().IsMatch(text.AsSpan(match.Index, match.Length + Math.Min(16, text.Length - match.Index - match.Length))))
                    people.AddRange([onePair, otherPair]);
                // "held meetings with speakers of parliament from Georgia, Uzbekistan and the Russian Federation": each State's unnamed officials
                if (people.Count == 0 && actors.Any(a => a.Kind is ActorKind.Official or ActorKind.Person) && FromStates().Match(text, match.Index + match.Length) is { Success: true } from)
                    people.AddRange(after.Where(m => m.Start >= from.Index && m.Start < ObjectClauseEnd(text, from.Index + from.Length) + 40 && m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State).Select(m => m.Actor).DistinctBy(a => a.Id));
                if (people.Count == 0 && match.Value.Contains("with", StringComparison.OrdinalIgnoreCase) && actors.All(a => a.Kind is not (ActorKind.ParticipatingState or ActorKind.State or ActorKind.Official or ActorKind.Person)))
                    // ("The NAM held meetings … with officials from state institutions, including the Ministry of Foreign Affairs": a State's ministry, the State)
                    people = counterparts.Where(c => c.Kind is ActorKind.NationalInstitution or ActorKind.ParticipatingState or ActorKind.State || (c.Kind is ActorKind.Organisation && Ministry().IsMatch(c.Name))).Take(1).ToList();
                // "met staff of the OSCE Support Programme for Ukraine": the body whose people, unnamed, were met
                if (people.Count == 0 && actors.Any(a => a.Kind is ActorKind.Official or ActorKind.Person))
                    people.AddRange(after.Where(m => m.Actor.Kind is ActorKind.FieldOperation or ActorKind.Institution or ActorKind.Organisation or ActorKind.NationalInstitution
                        && StaffOf().IsMatch(Preceding(text, m.Start, 30))).Select(m => m.Actor).Take(1));
                // "met with the President of Eurac Research": the body whose head, unnamed, was met
                if (actors.Any(a => a.Kind is ActorKind.Official or ActorKind.Person))
                    people.AddRange(after.Where(m => HeadMetUnnamed(text, found, m)).Select(m => m.Actor).Take(1));
                // "Uzbek Foreign Minister Bakhtiyor Saidov and United States Secretary of State Marco Rubio met in Washington": the two met
                if (people.Count == 0 && !cue.Joint && JoinedSubject() is var (firstMet, secondMet) && MetAlone().IsMatch(match.Value))
                    (actors, people) = ([firstMet], [secondMet]);
                // "As President Kassym-Jomart Tokayev told me when we met in Astana on 12 November": "we", the speaker and the one the
                // sentence names
                if (people.Count == 0 && WeBeforeCue().IsMatch(Preceding(text, match.Index, 12)) && context.Author is { Kind: ActorKind.Official or ActorKind.Person } weSpeaker
                    && found.FirstOrDefault(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person && m.Actor.Id != weSpeaker.Id) is { } metByUs)
                    (actors, people) = ([weSpeaker], [metByUs.Actor]);
                if (actors.Count == 0 || people.Count == 0) return false;
                // "… concluded a two-day visit to Uzbekistan on Friday, during which he met …": a meeting of the visit the sentence
                // ends, on any of its days
                if (when is { Date.Precision: DatePrecision.Day } endedOn && VisitEnding().Match(text) is { Success: true } visitEnded && visitEnded.Index < match.Index
                    && DuringWhich().IsMatch(text.AsSpan(visitEnded.Index, match.Index - visitEnded.Index)) && Dates.Count(visitEnded.Groups["days"].Value) is > 1 and <= 14 and var visitDays)
                    when = endedOn with { Date = Lasted(endedOn.Date, visitDays), Rule = "date:visit-length" };
                // "During the visit Kozhara also met …": some day of a visit the news reports, known to the month
                if (when is { Rule: "date:publication" or "date:story", Date.Precision: DatePrecision.Day } during && DuringVisit().IsMatch(text))
                    when = ToMonth(during);
                // "Steinmeier and Secretary of State John Kerry both met separately with Lavrov": a meeting for each; "President
                // Tsereteli and Secretary General Montella met yesterday with Klara Dobrev": one meeting, the two hosts together
                var hosts = !cue.Joint && JoinedSubject() is var (host, other) ? [host, other] : (List<ActorRef>)[.. actors];
                var apart = hosts.Count > 1 && !cue.Joint && actors.Count == 1;
                if (apart && !Separately().IsMatch(text)) (actors, apart) = (hosts, false);
                List<IReadOnlyList<ActorRef>> met = authorities is not null && people.Where(p => p.Kind is ActorKind.CivilSociety).ToList() is { Count: > 0 } unnamed
                    ? [.. people.Where(p => p.Id != authorities.Id && !unnamed.Contains(p)).Select(p => (IReadOnlyList<ActorRef>)[p]), [authorities, .. unnamed]]
                    : [.. people.Select(p => (IReadOnlyList<ActorRef>)[p])];
                foreach (var one in apart ? hosts.Select(h => (IReadOnlyList<ActorRef>)[h]) : [actors])
                foreach (var metWith in met.Select(group => group.Where(p => one.All(a => a.Id != p.Id)).ToList()).Where(group => group.Count > 0))
                    proposals.Add(new ProposedEvent(new EventDraft(EventKind.Meeting, (MetThatDay(metWith[0]) ?? when)?.Date ?? context.Undated, one, metWith, place, topic, null, null, null, evidence), confidence, rule));
                // ("met on Tuesday in Chisinau with Roman Roșca and on Wednesday in Tiraspol with Vitaly Ignatiev": whom a later "and on …"
                // names was met on the day it gives)
                FoundDate? MetThatDay(ActorRef person) =>
                    after.FirstOrDefault(m => m.Actor.Id == person.Id) is { } named
                    && after.LastOrDefault(m => m.End <= named.Start && m.Actor.Kind is ActorKind.Official or ActorKind.Person) is { } earlier
                    && text[earlier.End..named.Start] is var lead && AndOnAnotherDay().Match(lead) is { Success: true } andOn
                    && Dates.For(lead[andOn.Index..], published) is { Stated: true, Date.Precision: DatePrecision.Day } day ? day : null;
                return true;
            }
            bool Visited()
            {
                // "arrived in Tashkent to participate in a number of international events": there for a conference, not on a visit
                if (match.Value.StartsWith("arrived", StringComparison.OrdinalIgnoreCase) && ForAnEvent().IsMatch(text.AsSpan(match.Index + match.Length, Math.Min(80, text.Length - match.Index - match.Length)))) return false;
                // "Secretary General Lamberto Zannier’s official visit to the country": whose visit it is
                if (before.LastOrDefault(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person) is { } owner && Owned().IsMatch(text.AsSpan(owner.End, match.Index - owner.End)))
                    actors = [owner.Actor];
                // ("met with the Minister of Foreign Affairs of Kazakhstan, Yermek Kosherbayev, who was on a working visit to Lithuania": or the
                // one a clause describing them tells is on it)
                if (WhoClause().Matches(text).FirstOrDefault(w => w.Index < match.Index && match.Index < w.Index + w.Length) is { } whoVisits
                    && found.LastOrDefault(m => m.End <= whoVisits.Index) is { Actor.Kind: ActorKind.Official or ActorKind.Person } describedVisitor && describedVisitor.End >= whoVisits.Index - 1)
                    actors = [describedVisitor.Actor];
                // "During his visit to Bishkek on 2–3 November, OSCE Secretary General Feridun Sinirlioğlu met …": "his" is whom the sentence
                // goes on to name as its subject, not the official named before it
                if (OwnVisitOpening().IsMatch(text.AsSpan(0, match.Index)) && text.IndexOf(',', match.Index + match.Length) is > 0 and var frameEnd
                    && found.FirstOrDefault(m => m.Start > frameEnd) is { Actor.Kind: ActorKind.Official or ActorKind.Person } framedSubject
                    && !text.AsSpan(frameEnd + 1, framedSubject.Start - frameEnd - 1).ContainsAny(",;.") && !Quoted(text, match.Index))
                    actors = [framedSubject.Actor];
                // "… received yesterday … the Secretary General of the OSCE, Feridun Sinirlioğlu, on his first official visit to Spain": the one
                // named right before "on his … visit" is on it, not the host
                if (OnOwnVisit().Match(text, 0, match.Index) is { Success: true } onVisit && onVisit.Index + onVisit.Length == match.Index
                    && before.LastOrDefault(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person) is { } received && onVisit.Index - received.End is >= 0 and <= 1)
                    actors = [received.Actor];
                var visited = counterparts.Where(c => c.Kind is ActorKind.ParticipatingState or ActorKind.State or ActorKind.FieldOperation or ActorKind.Institution).ToList();
                // ("Pons visited Bucha, where he laid flowers at the memorial to the victims of the Russian occupation": not the State whose
                // occupation or forces the place suffered)
                visited = [.. visited.Where(v => !NamedOnlyAs(found, v, m => Occupiers().IsMatch(text.AsSpan(m.Start))))];
                // "Secretary General in Osh, visited the Office’s community policing pilot": what a field operation runs is in the State it works in
                if (visited is [{ Kind: ActorKind.FieldOperation } runBy] && found.FirstOrDefault(m => m.Actor.Id == runBy.Id && m.Start >= match.Index + match.Length) is { } running
                    && OperationsWork().IsMatch(text.AsSpan(running.End)) && context.Names is { } operations
                    && HostState(runBy, operations, when?.Date ?? context.Undated) is { } runIn) visited = [runIn];
                // "… visit to the country": the State the document is about
                if (visited.Count == 0 && context.MainState is { } country && TheCountry().IsMatch(text.AsSpan(match.Index + match.Length))) visited = [country];
                // ("… Christophe Kamp paid a working visit to our country", in the Kazakh ministry's briefing: the State whose document it is)
                // (or, where an official of theirs speaks in it, the State they speak for, else the State the document is about)
                // (not "prepared without a single visit to our country": no visit)
                if (visited.Count == 0 && OurCountry().IsMatch(text.AsSpan(match.Index + match.Length)) && !WithoutAny().IsMatch(Preceding(text, match.Index, 30))
                    && OwnCountry(context, when?.Date ?? context.Undated) is { } ourCountry) visited = [ourCountry];
                // "arrived in Dushanbe": the capital stands for its State
                // ("Last month I travelled to Bishkek and Dushanbe": each capital's State)
                if (visited.Count == 0 && CapitalsJoined().Match(text, match.Index + match.Length) is { Success: true } joinedCapitals
                    && new[] { joinedCapitals.Groups["a"].Value, joinedCapitals.Groups["b"].Value }.Select(c => StateOfCapital(context.Names, c, when?.Date ?? context.Undated)).ToList() is [{ } firstCapitals, { } secondCapitals]
                    && firstCapitals.Id != secondCapitals.Id)
                    visited = [firstCapitals, secondCapitals];
                if (visited.Count == 0 && StateOfCapital(context.Names, text[(match.Index + match.Length)..], when?.Date ?? context.Undated) is { } capitalState)
                    visited = [capitalState];
                // "… received Christophe Kamp, who is in Bishkek on a working visit": whom the clause is about visits the place it names
                if (match.Groups["in"] is { Success: true } where)
                {
                    if (Preceding(text, match.Index, 8).TrimEnd().EndsWith("who", StringComparison.Ordinal) && before.LastOrDefault(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person) is { } clauseSubject)
                        actors = [clauseSubject.Actor];
                    // (the place it names, not a State named after it: "who is in Tashkent ahead of Cyprus's OSCE Chairpersonship")
                    if (found.Where(m => Inside(m, where) && m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State).Select(m => m.Actor).ToList() is { Count: > 0 } inState)
                        visited = inState;
                    else if (StateOfCapital(context.Names, where.Value, when?.Date ?? context.Undated) is { } inCapital) visited = [inCapital];
                }

                // ("On Monday I was in Ashgabat, where I met …", "Just back from Yerevan, where I met …": "I" is who writes or speaks)
                if (context.Author is { Kind: ActorKind.Official or ActorKind.Person } wasThere && !Quoted(text, match.Index)
                    && (match.Groups["who"] is { Success: true } thereWho ? thereWho.Value is "I" or "we" : WhereI().IsMatch(text.AsSpan(match.Index + match.Length))))
                    actors = [wasThere];
                // "Rau was in the capital of Albania on Thursday as part of a trip to the Western Balkans": the State the trip stopped in
                if (match.Value.StartsWith("as part", StringComparison.OrdinalIgnoreCase)
                    && before.LastOrDefault(m => m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State && StoppedIn().IsMatch(Preceding(text, m.Start, 24))) is { } stop)
                    visited = [stop.Actor];
                // "Foreign Minister Bayramov met with Teresa Ribeiro, during her visit to Azerbaijan": the visitor is the one not at home
                if (actors is [var atHome] && visited.Count > 0 && visited.All(v => Party(atHome, when?.Date ?? context.Undated, context)?.Id == v.Id)
                    && found.FirstOrDefault(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person && m.Actor.Id != atHome.Id
                        && visited.All(v => Party(m.Actor, when?.Date ?? context.Undated, context)?.Id != v.Id)) is { } guest)
                    actors = [guest.Actor];
                // no one visits their own State: "Tajik Foreign Minister Aslov met here with …, who arrived in Dushanbe"
                visited = [.. visited.Where(v => actors.All(a => a.Id != v.Id && context.Names?.SpeaksFor(a, when?.Date ?? context.Undated)?.Id != v.Id))];
                // "is on a visit to South Tyrol": a place the dictionary does not know is still where the visit went, though no State is named
                // ("visited Kosovo from 25 to 29 August" too)
                var unlisted = visited.Count == 0 && (match.Value.EndsWith("to", StringComparison.OrdinalIgnoreCase) || match.Value.Equals("visited", StringComparison.OrdinalIgnoreCase))
                    && UnlistedPlace().Match(text, match.Index + match.Length) is { Success: true } spot
                    && !found.Any(m => m.End > spot.Index && m.Start < spot.Index + spot.Length) ? spot.Groups["place"].Value : null;
                if (actors.Count == 0 || (visited.Count == 0 && unlisted is null)) return false;
                // "President Tsereteli and Secretary General Montella have wrapped up a visit to Belgrade": both visited
                if (!cue.Joint && JoinedSubject() is var (firstVisitor, secondVisitor)) actors = [firstVisitor, secondVisitor];
                // "ASTANA, 25 June 2024 — Today, … Ian Borg concluded his visit to Kazakhstan": the visit that the report's day
                // concludes is dated to that day (as the seeds' reviewers date it), though what it tells of is known to the month
                if (when is { Rule: "date:visit-month" } && ConcludedVisit().Match(text) is { Success: true } concluded
                    && match.Index >= concluded.Index && match.Index < concluded.Index + concluded.Length && Dates.For(text, published) is { Date.Precision: DatePrecision.Day } concludedOn)
                    when = concludedOn with { Rule = "date:visit-concluded" };
                // "As part of his working visit to Poland, …", "During his visit to the Programme Office": the visit frames the
                // day's news and lasts longer than it; it is known to the month
                if (VisitFrame().IsMatch(text[Math.Max(0, match.Index - 30)..(match.Index + match.Length)]) && when is { Date.Precision: DatePrecision.Day } framed)
                    when = ToMonth(framed);
                // "Wrapping up a two-day visit to Warsaw, … said today": the visit lasted the days up to the one it ended
                else if (when is { Date.Precision: DatePrecision.Day } ended && VisitEnding().Match(text) is { Success: true } ending && Dates.Count(ending.Groups["days"].Value) is > 1 and <= 14 and var days)
                    when = ended with { Date = Lasted(ended.Date, days), Rule = "date:visit-length" };
                // "Braathu, who began a three-day visit to Uzbekistan on Wednesday, met …": the visit lasts those days from the one it began
                else if (VisitBeginning().Match(text) is { Success: true } beginning && Dates.Count(beginning.Groups["days"].Value) is > 1 and <= 14 and var lasting
                         && Dates.Find(beginning.Value, published).FirstOrDefault(d => d.Date.Precision == DatePrecision.Day) is { } began)
                    when = began with { Date = PartialDate.Parse($"{began.Date.Text}/{PartialDate.Day(began.Date.Earliest.AddDays(lasting - 1)).Text}"), Rule = "date:visit-length" };
                // "He already visited Kazakhstan and Kyrgyzstan": a visit to each State named together
                // only those named in the clause the cue opens ("arrived in Turkey to attend …, met with …, Uzbekistan MFA reports")
                var inVisit = InClause(text, found, match.Index + match.Length).Select(m => m.Actor.Id).ToHashSet();
                if (visited.Any(v => inVisit.Contains(v.Id))) visited = [.. visited.Where(v => inVisit.Contains(v.Id))];
                // ("he had travelled to Kyiv twice, and in October he met … Mirzoyan of Armenia": the capital in the cue's clause, not a State a later one names)
                else if (visited.Count > 0 && match.Index + match.Length < text.Length && ObjectClauseEnd(text, match.Index + match.Length) is var visitClauseEnd
                         && visited.All(v => v.Kind is ActorKind.ParticipatingState or ActorKind.State && found.Any(m => m.Actor.Id == v.Id && m.Start >= visitClauseEnd))
                         && StateOfCapital(context.Names, text[(match.Index + match.Length)..visitClauseEnd], when?.Date ?? context.Undated) is { } capitalInClause
                         && actors.All(a => a.Id != capitalInClause.Id && context.Names?.SpeaksFor(a, when?.Date ?? context.Undated)?.Id != capitalInClause.Id))
                    visited = [capitalInClause];
                // ("Ambassador Wahl visited Kumanovo", "HoM and DHoM visited Tetovo": a town the head of a field operation visits is in the
                // State the operation works in)
                if (unlisted is not null)
                    proposals.Add(new ProposedEvent(new EventDraft(EventKind.Visit, when?.Date ?? context.Undated, actors,
                        actors is [{ } touring] && context.Names?.SpeaksFor(touring, when?.Date ?? context.Undated, institutions: true) is { Kind: ActorKind.FieldOperation } headed
                            && HostState(headed, context.Names, when?.Date ?? context.Undated) is { } operationHost ? [operationHost] : [],
                        place ?? unlisted, topic, null, null, null, evidence), confidence - 0.1, rule));
                var together = visited.Count > 1 && visited.All(v => v.Kind is ActorKind.ParticipatingState or ActorKind.State) ? visited : visited.Take(1).ToList();
                foreach (var one in together)
                    proposals.Add(new ProposedEvent(new EventDraft(EventKind.Visit, when?.Date ?? context.Undated, actors, [one], place, topic, null, null, null, evidence), confidence, rule));
                return true;
            }
            void Pledged()
            {
                // "Krišto said that the Council of Ministers would adopt …": the body the speaker says will act is their own side, not
                // whom the pledge is made to
                // ("Ambassador Keiderling said that the Mission will convene …": a body the speaker heads pledges with them)
                if (match.ValueSpan.Equals("said", StringComparison.OrdinalIgnoreCase) && SaidWould().Match(text, match.Index) is { Success: true } would)
                {
                    var ownSide = counterparts.Where(c => NamedOnlyAs(after, c, m => m.Start < would.Index)).ToList();
                    counterparts = [.. counterparts.Where(c => ownSide.All(o => o.Id != c.Id))];
                    actors = [.. actors, .. ownSide.Where(c => c.Kind is ActorKind.FieldOperation or ActorKind.Institution && actors.All(a => a.Id != c.Id)
                                                               && actors.Any(a => context.Names?.SpeaksFor(a, when?.Date ?? context.Undated, institutions: true)?.Id == c.Id))];
                }
                // "The sides agreed to maintain close cooperation in the run-up to the 2027 Cypriot OSCE Chairpersonship": what a pledge is
                // timed by is not whom it is made to
                // ("Kosherbayev said Kazakhstan would submit the amendments to the Mazhilis …": nor is where what is pledged is sent)
                // ("… will consider the draft law only after receiving the conclusions of the OSCE Representative …": nor whose opinion it waits for)
                // ("… would be published for public discussion before its second reading in the Mazhilis": nor the chamber where it is read)
                // ("The Ministry will introduce this course into the curriculum of the Academy of the Ministry …": nor the school it is taught in)
                // ("… would host an OSCE regional conference on countering violent extremism …", told at a meeting: nor the body whose
                // gathering is hosted, but the one met)
                if (counterparts.Count > 0)
                    counterparts = [.. counterparts.Where(c => !NamedOnlyAs(after, c, m => RunUpTo().IsMatch(Preceding(text, m.Start, 48)) || SentTo().IsMatch(Preceding(text, m.Start, 80))
                                                                                    || AwaitedFrom().IsMatch(Preceding(text, m.Start, 80)) || IntoCurriculumOf().IsMatch(Preceding(text, m.Start, 40)) || ReadIn().IsMatch(Preceding(text, m.Start, 40)) || (context.Met is { Count: 2 } && HostedGathering().IsMatch(Preceding(text, m.Start, 24)))))];
                // "told the OSCE Permanent Council on 6 November that Tajikistan would invite the Representative …": a pledge told to
                // someone is made to them, not to whom it will invite
                // ("Sikorski assured the Secretary General that Poland would continue to provide ODIHR's premises …": so is one assured)
                if ((match.ValueSpan.Equals("told", StringComparison.OrdinalIgnoreCase) || match.ValueSpan.Equals("assured", StringComparison.OrdinalIgnoreCase))
                    && text.IndexOf(" that ", match.Index, StringComparison.Ordinal) is > 0 and var toldThat
                    // ("told his Swiss counterpart Ignazio Cassis that …": not the State that only titles the one told)
                    && after.Where(m => m.End <= toldThat && !after.Any(o => o.End <= toldThat && TitlesPerson(text, m, o)))
                        .Select(m => m.Actor).DistinctBy(a => a.Id).ToList() is { Count: > 0 } told)
                    // ("told the Head of the OSCE Programme Office in Dushanbe, Ambassador Karin Lindgren, …": the one told, not their office too)
                    counterparts = [.. UnlessAll(told, t => t.Kind is not (ActorKind.Official or ActorKind.Person) && NamedOnlyAs(after, t, m => m.End <= toldThat && HeadOfBody().IsMatch(Preceding(text, m.Start, 40).ToString().Replace("OSCE ", "", StringComparison.Ordinal))
                                                              && after.Any(o => o.Start > m.End && o.Start - m.End <= 40 && o.Actor.Kind is ActorKind.Official or ActorKind.Person)))
                        .Where(t => actors.All(a => a.Id != t.Id))];
                // ("the Armenian Ministry of Foreign Affairs informed ODIHR that the government was ready to discuss …": one informed
                // before the pledge's own cue, when the pledge names no one else it is made to)
                else if (counterparts.Count == 0 && InformedWhom().Match(text, 0, match.Index) is { Success: true } informed
                    && before.Where(m => Inside(m, informed.Groups["whom"]))
                        .Select(m => m.Actor).Where(a => actors.All(x => x.Id != a.Id)).DistinctBy(a => a.Id).ToList() is { Count: > 0 } informedOnes)
                    counterparts = informedOnes;
                // "In his 2025 address to the OSCE Permanent Council, Foreign Minister … said that Kyrgyzstan would review … together with the
                // OSCE Representative …": a pledge told in an address is made to the body addressed
                if (AddressTo().Match(text) is { Success: true } address && address.Index + address.Length <= match.Index
                    && found.Where(m => Inside(m, address.Groups["body"])
                                        && m.Actor.Kind is not (ActorKind.Official or ActorKind.Person or ActorKind.ParticipatingState or ActorKind.State))
                        .Select(m => m.Actor).Where(a => actors.All(x => x.Id != a.Id)).DistinctBy(a => a.Id).ToList() is { Count: > 0 } bodyAddressed)
                    counterparts = bodyAddressed;
                // "He also stated that the OSCE PA would send a delegation …", "Davenport said the Mission would continue to support …":
                // the body the speaker says will act pledges with them, not to them
                if (SaidBodyWould().Match(text) is { Success: true } bodyWould && bodyWould.Index <= match.Index + match.Length
                    && after.Concat(before).FirstOrDefault(m => m.Start >= bodyWould.Groups["body"].Index && m.Start < bodyWould.Groups["body"].Index + bodyWould.Groups["body"].Length
                        && m.Actor.Kind is not (ActorKind.Official or ActorKind.Person or ActorKind.ParticipatingState or ActorKind.State)) is { } willAct
                    && actors.All(a => a.Id != willAct.Actor.Id))
                    (actors, counterparts) = ([.. actors, willAct.Actor], [.. counterparts.Where(c => c.Id != willAct.Actor.Id)]);
                // "…, the Chairperson-in-Office announced": who is reported announcing a pledge is not whom it is made to
                if (EndsSaid(text) && TrailingSpeaker().Match(text, match.Index) is { Success: true } announcedBy)
                    counterparts = [.. counterparts.Where(c => !NamedOnlyAs(after, c, m => m.Start >= announcedBy.Index))];
                // ("“The OSCE Mission to Montenegro will continue to support these efforts …,” Sinirlioğlu said.": and the body a quotation
                // opens on, saying it will act, pledges with whoever the sentence ends saying it)
                if (StartsQuoted(text) && QuotedBodyWill().Match(text) is { Success: true } bodyWill && bodyWill.Index + bodyWill.Length <= match.Index + match.Length + 1
                    && QuoteSaidBy().Match(text, match.Index) is { Success: true } bodySaidBy
                    && found.FirstOrDefault(m => Inside(m, bodySaidBy.Groups["who"]) && m.Actor.Kind is ActorKind.Official or ActorKind.Person) is { } sayer
                    && actors.Count > 0 && actors.All(a => a.Kind is not (ActorKind.Official or ActorKind.Person or ActorKind.ParticipatingState or ActorKind.State)
                                                          && found.Any(m => m.Actor.Id == a.Id && Inside(m, bodyWill.Groups["body"]))))
                    (actors, counterparts) = ([sayer.Actor, .. actors], [.. counterparts.Where(c => c.Id != sayer.Actor.Id)]);
                // "Hungarian authorities can rely on ODIHR's support": whose support is relied on pledges it, to whoever relies on it
                if (RelyOn().IsMatch(match.ValueSpan) && after.FirstOrDefault() is { } relied && relied.Start - (match.Index + match.Length) <= 5
                    && PossessiveAt(text, relied.End))
                {
                    counterparts = [.. actors.Concat(counterparts).Where(a => a.Id != relied.Actor.Id).DistinctBy(a => a.Id)];
                    actors = [relied.Actor];
                }

                // "reaffirmed Kazakhstan's readiness": the party named inside the cue makes the commitment, with its speaker
                // ("accepted recommendations at its Universal Periodic Review to …": a body the cue names after a preposition is whom it pledged to)
                var inCue = found.Where(m => Inside(m, match)).ToList();
                bool At(Mention m) => m.Actor.Kind is ActorKind.Organisation or ActorKind.Institution && PledgedAt().IsMatch(Preceding(text, m.Start, 16));
                // ("In 2024, President Sadyr Japarov told the OSCE Representative on Freedom of the Media that no journalist would …": one
                // named inside a cue of telling is the one told, not one who pledges)
                var toldInCue = match.ValueSpan.StartsWith("told ", StringComparison.OrdinalIgnoreCase) || match.ValueSpan.StartsWith("informed ", StringComparison.OrdinalIgnoreCase)
                    ? inCue.Where(m => m.Actor.Kind is not (ActorKind.ParticipatingState or ActorKind.State) && actors.All(a => a.Id != m.Actor.Id)).Select(m => m.Actor).DistinctBy(a => a.Id).ToList() : [];
                if (toldInCue.Count > 0 && actors.Count > 0)
                {
                    inCue = [.. inCue.Where(m => toldInCue.All(t => t.Id != m.Actor.Id))];
                    counterparts = [.. toldInCue, .. counterparts.Where(c => toldInCue.All(t => t.Id != c.Id))];
                }
                var makers = inCue.Where(m => !At(m)).Select(m => m.Actor).Concat(actors).DistinctBy(a => a.Id).ToList();
                if (reportedPledge is var (reportingSpeaker, reportedSide, toldTo))
                {
                    makers = reportedSide is { } ownSide ? [ownSide, reportingSpeaker] : [reportingSpeaker];
                    if (toldTo is not null) counterparts = [toldTo, .. counterparts.Where(c => c.Id != toldTo.Id)];
                    // ("Prime Minister Irakli Kobakhidze told this Council that Georgia would invite ODIHR …" in a statement to the Permanent
                    // Council: told to the Council the statement is made in, not to whom the pledge will invite)
                    else if (context.Council is { } thisCouncil && ToldThisCouncil().IsMatch(text.AsSpan(0, match.Index)))
                        counterparts = [thisCouncil];
                }
                // ("Ararat Mirzoyan: … I informed him that Armenia will invite …" in a transcript: the one speaking in the first person, who tells
                // what their State will do, pledges it with their State)
                if (text.AsSpan(0, match.Index).TrimStart() is ['I', ' ', ..] && !Quoted(text, match.Index) && context.Author is { Kind: ActorKind.Official or ActorKind.Person } teller
                    && makers.Count > 0 && makers.All(m => m.Id != teller.Id && m.Kind is ActorKind.ParticipatingState or ActorKind.State) && context.Names?.SpeaksFor(teller, when?.Date ?? context.Undated)?.Id == makers[0].Id)
                    makers.Add(teller);
                // ("As President Tokayev told me …: "Kazakhstan will always be …"" in the Secretary General's speech: me, the speaker, is told)
                if (ToldMe().Match(text) is { Success: true } toldMe && toldMe.Index < match.Index && !Quoted(text, toldMe.Index)
                    && context.Author is { Kind: ActorKind.Official or ActorKind.Person } listener && makers.All(m => m.Id != listener.Id))
                    counterparts = [listener, .. counterparts.Where(c => c.Id != listener.Id)];
                if (match.Groups["decides"].Success && context.Author is { } decider)
                {
                    makers = [decider];
                    counterparts = [.. found.Select(m => m.Actor).Where(a => a.Id != decider.Id).DistinctBy(a => a.Id)];
                }
                // "Cyprus would keep the war in Ukraine at the top of the agenda": the State a war or a crisis is in is what is pledged about,
                // not whom it is pledged to
                counterparts = [.. counterparts.Where(c => !NamedOnlyAs(found, c, m => m.Start > match.Index && WarIn().IsMatch(Preceding(text, m.Start, 30))))];
                // "The Permanent Mission … presents its compliments to the Swiss Chairpersonship … and has the honour to inform that …": a
                // note's noteAddressees are whom what it tells is pledged to
                if (Compliments().Match(text, 0, match.Index) is { Success: true } compliments)
                {
                    var to = compliments.Groups["to"];
                    var noteAddressees = found.Where(m => Inside(m, to)).Select(m => m.Actor).ToList();
                    // (not "the OSCE" of "the Swiss Chairpersonship of the OSCE" beside its Chairpersonship)
                    if (noteAddressees.Any(a => a.Id != "osce")) noteAddressees.RemoveAll(a => a.Id == "osce");
                    counterparts = [.. noteAddressees.Concat(counterparts).DistinctBy(a => a.Id)];
                }
                if (inCue.Where(At).Select(m => m.Actor).ToList() is { Count: > 0 } pledgedAt)
                    counterparts = [.. pledgedAt, .. counterparts];
                // "assured the Speaker of the Mission's further support": whom the assurance is given is pledged to, and the body whose
                // support it is pledges with whoever gives it
                if (AssuredOf().Match(match.Value) is { Success: true } assuredOf)
                {
                    var given = inCue.Where(m => m.Start < match.Index + assuredOf.Groups["of"].Index).Select(m => m.Actor).ToList();
                    var supportOf = inCue.Where(m => m.Start >= match.Index + assuredOf.Groups["of"].Index).Select(m => m.Actor).ToList();
                    makers = [.. actors.Where(a => given.All(g => g.Id != a.Id)), .. supportOf.Where(w => actors.All(a => a.Id != w.Id))];
                    counterparts = [.. given.Select(g => g.Kind is ActorKind.Official && Party(g, when?.Date ?? context.Undated, context) is { } givenState ? givenState : g), .. counterparts.Where(c => given.All(g => g.Id != c.Id))];
                }
                // "…, the current chairman of the OSCE, has reaffirmed the organization's strong support": the organisation named before
                // ("… Assembly President George Tsereteli has affirmed the assembly’s commitment": the body of that name)
                if (OrganisationsOwn().Match(match.Value) is { Success: true } owning
                    && found.FirstOrDefault(m => m.End <= match.Index && (owning.Groups["head"].Value.StartsWith("organi", StringComparison.OrdinalIgnoreCase)
                        ? m.Actor.Kind is ActorKind.Organisation
                        : m.Actor.Kind is ActorKind.Organisation or ActorKind.Institution && m.Actor.Name.EndsWith(owning.Groups["head"].Value, StringComparison.OrdinalIgnoreCase))) is { } organisation
                    && makers.All(m => m.Id != organisation.Actor.Id))
                    makers.Insert(0, organisation.Actor);
                // ("He thanked Moldova for … and assured him that Switzerland would convene …": him, named in no sentence before it, is the other
                // one last named, whom the pledge is made to, not the State thanked before it)
                // (not "…, who assured her of …": the her of a clause about someone else is whom the sentence is about)
                // ("Saidov told the envoy that the government would send …": or told before the cue, in the clause it ends)
                if ((ToldHimHer().Match(text, Math.Max(0, match.Index - 4)) is { Success: true } toldAt && toldAt.Index <= match.Index + match.Length ? toldAt : ToldHimHer().Match(text, 0, match.Index))
                    is { Success: true } toldWhom && !text.AsSpan(toldWhom.Index, Math.Max(0, match.Index - toldWhom.Index)).ContainsAny(ClauseBreaks)
                    && !Preceding(text, toldWhom.Index, 6).EndsWith("who ", StringComparison.Ordinal)
                    && context.HimOrHer is { } toldHim && actors.All(a => a.Id != toldHim.Id) && makers.All(a => a.Id != toldHim.Id))
                    counterparts = [toldHim, .. counterparts.Where(c => c.Id != toldHim.Id && !(found.FirstOrDefault(m => m.Actor.Id == c.Id) is { } named && named.End <= toldWhom.Index))];
                // "Speaker Koshanov assured the President that the Mazhilis would consider …": the body the assurance names as acting pledges, with its speaker
                // ("Chairman Koshanov confirmed that the Mazhilis will send a delegation …")
                if ((match.ValueSpan.StartsWith("assur", StringComparison.OrdinalIgnoreCase) || match.ValueSpan.Equals("informed", StringComparison.OrdinalIgnoreCase) || match.ValueSpan.Equals("confirmed", StringComparison.OrdinalIgnoreCase))
                    && AssuredThat().Match(text, match.Index + match.Length) is { Success: true } assuredThat
                    && found.FirstOrDefault(m => m.Start >= assuredThat.Index + assuredThat.Length - 4 && m.Start <= assuredThat.Index + assuredThat.Length + 2) is { Actor.Kind: not (ActorKind.Official or ActorKind.Person) } assuredFor
                    && makers.All(x => x.Id != assuredFor.Actor.Id))
                {
                    makers.Insert(0, assuredFor.Actor);
                    counterparts = [.. counterparts.Where(c => c.Id != assuredFor.Actor.Id)];
                }

                // "Constantinos Kombos assured his Ukrainian counterpart that the Cyprus Chairpersonship would …": the official the document
                // names of that State is whom it is assured, not the State; and a body the assuring side's State names ("the Cyprus
                // Chairpersonship") is that side's own
                if (match.ValueSpan.StartsWith("assur", StringComparison.OrdinalIgnoreCase) && CounterpartOf().Match(text, match.Index + match.Length) is { Success: true } counterpartOf
                    && Demonyms.State(Names.Fold(counterpartOf.Groups["adj"].Value)) is { } counterpartStateName && context.Names is { } counterpartNames
                    && counterpartNames.First(counterpartStateName, when?.Date ?? context.Undated) is { } counterpartState
                    && (context.Officials ?? []).FirstOrDefault(o => counterpartNames.SpeaksFor(o, when?.Date ?? context.Undated)?.Id == counterpartState.Id && makers.All(m => m.Id != o.Id)) is { } counterpartOfficial)
                    counterparts = [counterpartOfficial, .. counterparts.Where(c => c.Id != counterpartState.Id && c.Id != counterpartOfficial.Id
                        && !NamedOnlyAs(found, c, m => makers.Any(x => x.Kind is ActorKind.ParticipatingState or ActorKind.State && Preceding(text, m.Start, 40).EndsWith(x.Name + " ", StringComparison.Ordinal))))];
                // ("The Minister informed his counterpart that the Cypriot Chairpersonship would …", after Kombos met Cassis: with no State
                // named, the official last named who is not pledging)
                if ((match.ValueSpan.StartsWith("assur", StringComparison.OrdinalIgnoreCase) || match.ValueSpan.StartsWith("inform", StringComparison.OrdinalIgnoreCase))
                    && counterparts.All(c => c.Kind is not (ActorKind.Official or ActorKind.Person)) && BareCounterpart().IsMatch(text, match.Index + match.Length)
                    && (context.Officials ?? []).FirstOrDefault(o => makers.All(m => m.Id != o.Id)) is { } metCounterpart)
                    counterparts = [metCounterpart, .. counterparts];
                // "Braathu recalled that …, Prime Minister Irakli Kobakhidze had assured him that the government would …": whom "him" stands
                // for is the person the sentence named before the one assuring, else the official last named
                if (match.ValueSpan.StartsWith("assur", StringComparison.OrdinalIgnoreCase) && counterparts.All(c => c.Kind is not (ActorKind.Official or ActorKind.Person))
                    && ObjectPronoun().Match(text, match.Index).Groups["person"].Success
                    && (Him(text, match.Index, before, makers) ?? (context.LastOfficial is { } lastNamed && makers.All(x => x.Id != lastNamed.Id) ? lastNamed : null)) is { } assured)
                    counterparts = [assured, .. counterparts];
                // "Kamp: The Minister assured me that the ministry will provide …": me is who answers
                else if (match.ValueSpan.StartsWith("assur", StringComparison.OrdinalIgnoreCase) && ObjectPronoun().Match(text, match.Index).Groups["me"].Success
                         && context.Author is { Kind: ActorKind.Official or ActorKind.Person } answering && makers.All(x => x.Id != answering.Id) && counterparts.All(c => c.Id != answering.Id))
                    // ("The Prime Minister assured me that the new Law … will be sent to Parliament" in a post by the Head of an OSCE Mission:
                    // a pledge to the field operation they head; not to an institution: "Kamp: The Minister assured me …" is to the High Commissioner)
                    counterparts = [context.Names?.SpeaksFor(answering, when?.Date ?? context.Undated, institutions: true) is { Kind: ActorKind.FieldOperation } headed
                        && makers.All(m => m.Id != headed.Id) ? headed : answering, .. counterparts];
                // "we met the chair of the district election commission, Aibek Toktosunov, who assured us that …": us is the body the writer is of
                else if (match.ValueSpan.StartsWith("assur", StringComparison.OrdinalIgnoreCase) && ObjectPronoun().Match(text, match.Index).Groups["us"].Success
                         && context.Author is { Kind: ActorKind.Institution or ActorKind.Organisation or ActorKind.FieldOperation or ActorKind.ParticipatingState or ActorKind.State } ourSide
                         && makers.All(x => x.Id != ourSide.Id) && counterparts.All(c => c.Id != ourSide.Id))
                    counterparts = [ourSide, .. counterparts];
                // "recalls that in May 2026 Azerbaijan assured his Office that it would review …" in the Representative's statement: the
                // office its author heads, whatever else the pledge names
                else if (match.ValueSpan.StartsWith("assur", StringComparison.OrdinalIgnoreCase) && HisOffice().IsMatch(text.AsSpan(match.Index + match.Length))
                         && (context.Author ?? context.LastOfficial) is { Kind: ActorKind.Official } officeHolder
                         && context.Names?.SpeaksFor(officeHolder, when?.Date ?? context.Undated, institutions: true) is { Kind: ActorKind.Institution or ActorKind.FieldOperation } heldOffice
                         && makers.All(m => m.Id != heldOffice.Id))
                    counterparts = [heldOffice];

                // "reaffirmed the readiness of the OSCE Secretariat to continue supporting …": the body whose readiness it is pledges, with its speaker
                // ("the readiness of the Finnish Chairpersonship and the OSCE": each body it lists)
                if (ReadinessOf().IsMatch(text.AsSpan(match.Index + match.Length)) && after.FirstOrDefault() is { Actor.Kind: not (ActorKind.Official or ActorKind.Person) } whose
                    && whose.Start - (match.Index + match.Length) <= 9 && makers.All(x => x.Id != whose.Actor.Id))
                {
                    var whoseAll = ListedFrom(text, found, whose.Start).Where(a => a.Kind is not (ActorKind.Official or ActorKind.Person)).ToList();
                    makers.InsertRange(0, whoseAll.Where(w => makers.All(x => x.Id != w.Id)));
                    counterparts = [.. counterparts.Where(c => whoseAll.All(w => w.Id != c.Id))];
                }

                // "Kulubaev noted that the Kyrgyz side intends to continue …": the State between the speaker and the pledge makes it
                if (before.LastOrDefault() is { Actor.Kind: ActorKind.ParticipatingState or ActorKind.State } side && makers.Count > 0 && makers.All(m => m.Id != side.Actor.Id)
                    && text[..match.Index].LastIndexOf(" that ", StringComparison.Ordinal) is var that and >= 0 && side.Start > that)
                    makers.Insert(0, side.Actor);
                // an official pledges for the party they speak for: "Minister De Gucht pledged the Organization's support" is the OSCE's pledge too
                // "“My aim is to continue … close collaboration …”, Ambassador Karttunen said": whoever is quoted pledges
                if (makers.Count == 0 && Voice(text, found, context) is { } voice) makers.Add(voice);
                // "Introducing the developments in Armenia, the FM said one of the priorities of the new government is to continue …":
                // the State pledges through the official who says it
                else if (makers is [{ Kind: ActorKind.ParticipatingState or ActorKind.State } pledgingState] && TitledSpeaker(text, context) is { } titledSpeaker
                         && context.Names?.SpeaksFor(titledSpeaker, when?.Date ?? context.Undated)?.Id == pledgingState.Id)
                    makers.Add(titledSpeaker);
                // ("Finland will contribute EUR 1.5 million to …, Valtonen announced.": or who is named announcing it after it)
                else if (makers is [{ Kind: ActorKind.ParticipatingState or ActorKind.State } announcingState] && EndsSaid(text) && TrailingSpeaker().Match(text, match.Index) is { Success: true } saidBy
                         && found.LastOrDefault(m => m.Start >= saidBy.Index && m.Actor.Kind is ActorKind.Official) is { } announcer
                         // (one the dictionary knows no office of on the day speaks for the State whose document it is)
                         && (context.Names?.SpeaksFor(announcer.Actor, when?.Date ?? context.Undated) ?? context.Author)?.Id == announcingState.Id)
                    makers.Add(announcer.Actor);
                // "“ODIHR will continue to bring attention to …,” said Director Link": the body pledges through whoever speaks for it
                else if (makers is [{ Kind: ActorKind.Institution or ActorKind.Organisation } pledgingBody] && InQuotation(text, match.Index, context)
                         && Voice(text, found, context) is { Kind: ActorKind.Official } head
                         // ("“Switzerland’s Chairpersonship stands ready to support Georgia …,” Cassis said": a body of the one the speaker speaks for)
                         && context.Names?.SpeaksFor(head, when?.Date ?? context.Undated, institutions: true) is var headSide
                         && (headSide is null || headSide.Id == pledgingBody.Id || pledgingBody.Name.StartsWith(headSide.Name + " ", StringComparison.Ordinal)))
                    makers.Add(head);
                // "We at the Mission stand ready to support its implementation" in a post its Head writes: the body pledges through its author
                else if (makers is [{ Kind: ActorKind.Institution or ActorKind.FieldOperation or ActorKind.Organisation } ourBody] && WeAt().IsMatch(text.AsSpan(0, match.Index))
                         && context.Author is { Kind: ActorKind.Official } postedBy && context.Names?.SpeaksFor(postedBy, when?.Date ?? context.Undated, institutions: true)?.Id == ourBody.Id)
                    makers.Add(postedBy);
                // "“My office stands ready to assist …”", "the expert support of her office would continue": the institution the official heads
                // (a group named as one, "the Co-Chairs", pledges as itself)
                // ("The High Commissioner reaffirmed his readiness to support Moldova": a readiness the official calls their own is theirs alone)
                var ownOffice = OwnOffice().IsMatch(text);
                if (makers.Count > 0 && makers.All(m => m.Kind is ActorKind.Official) && !found.Any(m => m.Rule == "actor:group" && makers.Any(x => x.Id == m.Actor.Id))
                    && (ownOffice || !OwnPledge().IsMatch(text.AsSpan(match.Index, Math.Min(text.Length - match.Index, match.Length + 24))))
                    && (ownOffice && context.Names?.SpeaksFor(makers[0], when?.Date ?? context.Undated, institutions: true) is { Kind: ActorKind.Institution } office
                        ? office
                        // ("… Prime Minister Irakli Kobakhidze told the OSCE Chairperson-in-Office that Georgia would invite ODIHR …", in the
                        // statement of another State: the State the official says will act, when no State of theirs is known)
                        : context.Names?.SpeaksFor(makers[0], when?.Date ?? context.Undated) is null
                          && found.FirstOrDefault(m => m.Start > match.Index && m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State
                                                       && Preceding(text, m.Start, 5).EndsWith("that ", StringComparison.Ordinal) && WillAfter().IsMatch(text.AsSpan(m.End))) is { } saidToAct
                        ? saidToAct.Actor
                        : Party(makers[0], when?.Date ?? context.Undated, context)) is { } party
                    // ("Ribeiro stands ready to provide legal expertise": the head of an OSCE institution pledges as themself, not as the OSCE)
                    && !(party.Id == "osce" && !ownOffice && context.Names?.SpeaksFor(makers[0], when?.Date ?? context.Undated, institutions: true) is { Kind: ActorKind.Institution }))
                    makers.Insert(0, party);
                counterparts = counterparts.Where(c => makers.All(m => m.Id != c.Id)).ToList();
                // "Kazakhstan traditionally invites ODIHR and will send an invitation as soon as …": the body invited is whom it is pledged to
                if (counterparts.Count == 0 && InvitationSent().IsMatch(match.ValueSpan)
                    && before.LastOrDefault(m => m.Actor.Kind is ActorKind.Institution or ActorKind.Organisation && Invites().IsMatch(Preceding(text, m.Start, 16))) is { } invited)
                    counterparts = [invited.Actor];
                // "Georgia remains committed to the peaceful resolution of the conflict with Russia": the other side of a conflict a pledge
                // is about is not whom it is made to
                // ("… would host a regional conference …, with the support of the OSCE Centre in Ashgabat": nor whose support it will have)
                counterparts = [.. counterparts.Where(c => !NamedOnlyAs(after, c, m => ConflictWith().IsMatch(Preceding(text, m.Start, 30)) || SupportedBy().IsMatch(Preceding(text, m.Start, 30))))];
                // "The President assured me that Turkmenistan will host the OSCE regional workshop …", "told him that Malta will continue to
                // fund the OSCE's project …", "informed the Secretary General that Kazakhstan would second two experts to the Transnational
                // Threats Department": a body named only in what is pledged is not whom it is pledged to, when someone is told
                if (counterparts.Any(c => c.Kind is ActorKind.Official or ActorKind.Person))
                    counterparts = [.. counterparts.Where(c => c.Kind is not (ActorKind.Organisation or ActorKind.Institution) || !NamedOnlyAs(found, c, m => m.Start >= match.Index))];
                // "reiterated Moldova's commitment to … the withdrawal of Russian troops from its territory": a State named only by its
                // armed forces is what the pledge is about, not whom it is made to
                counterparts = [.. counterparts.Where(c => !NamedOnlyAs(found, c, m => ArmedForces().IsMatch(text.AsSpan(m.Start, m.End - m.Start))))];
                // "“Kyrgyzstan has undertaken to bring its framework in line with ODIHR recommendations,” said Ambassador Eoghan Murphy":
                // a pledge told inside a quotation is to whom the quotation names, not to who is said to speak it
                // (or meant there: "“The OSCE stands ready to support the parties …”")
                // (but not the one the quotation was told to: "As President Tokayev told me …: "Kazakhstan will …"")
                if (InQuotation(text, match.Index, context))
                    counterparts = [.. counterparts.Where(c => found.Any(m => m.Actor.Id == c.Id && InQuotation(text, m.Start, context)) || theParties?.Any(x => x.Id == c.Id) == true
                                                             || (ToldMe().IsMatch(text) && c.Id == context.Author?.Id))];
                // "praised the collaboration between the OSCE and Uzbekistan … and reaffirmed continued support for national development
                // priorities": a pledge naming no one is to the State the sentence has named (not as where something is)
                // (after whoever makes it: "Finnish Foreign Minister Elina Valtonen" is her title)
                if (counterparts.Count == 0 && makers.Count > 0 && before.FirstOrDefault(m => makers.Any(x => x.Id == m.Actor.Id)) is { } maker)
                    counterparts = [.. before.Where(m => m.Start > maker.Start && m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State && makers.All(x => x.Id != m.Actor.Id)
                        && !Located().IsMatch(Preceding(text, m.Start, 8))).Select(m => m.Actor).DistinctBy(a => a.Id)];
                // "As a participating State of the OSCE and a member of the Council of Europe, Azerbaijan has committed to …", "At the
                // OSCE Madrid Ministerial Meeting in November 2007, Kazakhstan committed itself to …", "During its last Universal Periodic
                // Review at the UN Human Rights Council, …, Tajikistan accepted recommendations to …": the bodies the maker is a member
                // of, or whose gathering it pledged at, are whom it committed to
                if (counterparts.Count == 0 && makers.Count > 0 && MemberOrGathering().Match(text) is { Success: true } member && member.Index + member.Length <= match.Index)
                {
                    counterparts = [.. before.Where(m => m.End <= member.Index + member.Length && m.Actor.Kind is ActorKind.Organisation or ActorKind.Institution && makers.All(x => x.Id != m.Actor.Id))
                        .Select(m => m.Actor).DistinctBy(a => a.Id)];
                    // ("As an OSCE participating State, Azerbaijan committed …": the OSCE, named only in the phrase for its States)
                    if (counterparts.Count == 0 && member.Value.Contains("OSCE participating State", StringComparison.Ordinal) && context.Names?.First("OSCE", when?.Date ?? context.Undated) is { } osceJoined)
                        counterparts = [osceJoined];
                }
                // "undertaken to bring its electoral framework in line with ODIHR recommendations": a pledge to follow a body's
                // recommendations is made to that body (named as their adjective, it is no mention of its own)
                if (counterparts.Count == 0 && makers.Count > 0 && RecommendationsOf().Match(text, match.Index + match.Length) is { Success: true } advised
                    && context.Names?.In(advised.Groups["body"].Value, when?.Date ?? context.Undated, null, holders: false) is [{ Actor.Kind: ActorKind.Institution or ActorKind.Organisation } adviser]
                    && makers.All(m => m.Id != adviser.Actor.Id))
                    counterparts = [adviser.Actor];
                // a pledge naming no one, made at the meeting the release reports last by one of its two sides, is made to the other side:
                // "President Zelenskyy met … Ignazio Cassis …. Ignazio Cassis assured that the Swiss Chairmanship would …" (an assurance)
                // to that side's State; "Prime Minister Spajić met … the Head of the OSCE Mission …. Spajić said the Government would adopt …"
                // (a State's pledge) to the OSCE institution or field operation its interlocutor heads (not "reaffirmed Moldova's commitment
                // to a peaceful settlement": a State's cause, affirmed to no one)
                // ("… which Kazakhstan will host in Almaty in April 2027", after its Deputy Minister received the Head of the Programme Office:
                // or by the State one side speaks for)
                if (counterparts.Count == 0 && context.Met is { Count: 2 } metAt && metAt.Any(p => makers.Any(m => m.Id == p.Id)) is var sideMakes
                    && (sideMakes || metAt.Any(p => makers.Any(m => Party(p, when?.Date ?? context.Undated, context)?.Id == m.Id)))
                    && metAt.FirstOrDefault(p => makers.All(m => m.Id != p.Id && (sideMakes || Party(p, when?.Date ?? context.Undated, context)?.Id != m.Id))) is { } otherSide)
                {
                    // ("… welcomed the adoption of … and offered ODIHR's assistance in reviewing …": so is an offer, to the State the other side is
                    // known to speak for, else to them: "I offered my Office's legal review" to a minister of a State the post does not name)
                    if (match.ValueSpan.StartsWith("offer", StringComparison.OrdinalIgnoreCase))
                        counterparts = [context.Names?.SpeaksFor(otherSide, when?.Date ?? context.Undated) is { Kind: ActorKind.ParticipatingState or ActorKind.State } offeredTo && makers.All(m => m.Id != offeredTo.Id) ? offeredTo : otherSide];
                    // ("Minister Mirzoyan assured that the amendments … would be adopted …", having received the ODIHR Director: a State's
                    // assurance to the OSCE institution its interlocutor heads)
                    else if (match.ValueSpan.StartsWith("assur", StringComparison.OrdinalIgnoreCase))
                        counterparts = [Party(otherSide, when?.Date ?? context.Undated, context) is { } otherState && makers.All(m => m.Id != otherState.Id) ? otherState
                            : makers.Any(m => m.Kind is ActorKind.ParticipatingState or ActorKind.State) && Party(otherSide, when?.Date ?? context.Undated, context, institutions: true) is { Kind: ActorKind.Institution } headed
                              && makers.All(m => m.Id != headed.Id) ? headed : otherSide];
                    else if (makers.Any(m => m.Kind is ActorKind.ParticipatingState or ActorKind.State) && !match.ValueSpan.Contains("commitment", StringComparison.OrdinalIgnoreCase)
                             && Party(otherSide, when?.Date ?? context.Undated, context, institutions: true) is { Kind: ActorKind.Institution or ActorKind.FieldOperation } otherBody
                             && makers.All(m => m.Id != otherBody.Id))
                        // (the Secretary General's office is the Secretary General)
                        counterparts = [Mentions.Office(otherBody) && Names.Fold(otherBody.Name).EndsWith("secretary general", StringComparison.Ordinal) ? otherSide : otherBody];
                    // ("On 12 November, … Waag met the Speaker …, Andrija Mandić …. Speaker Mandić said that Parliament would adopt …": or
                    // the one met, when they head no such body the document names)
                    // (or the field operation or institution they head, when the document says so: "On 12 March 2024, the Head of Mission
                    // met the Speaker …. The Speaker confirmed that …")
                    // ("Today in Warsaw our Executive Director … met … Director Maria Telalian …. Director Telalian told us that ODIHR will
                    // publish …": or the one who met them, where the pledge was told to "us")
                    else if (otherSide.Kind is ActorKind.Official or ActorKind.Person && ToldUs().IsMatch(text.AsSpan(0, match.Index)))
                        counterparts = [otherSide];
                    // ("Adilet Toktogulov: … today I met Ombudsperson Jamilia Dzhamanbaeva …. She promised to send …": or the one speaking,
                    // who met them)
                    // ("On 25 November 2026, our delegation met Deputy Minister … Copețchi …. The Deputy Minister said that the Ministry would
                    // publish …": the organisation whose minutes they are, likewise)
                    // ("The Head of the OSCE Mission to Skopje, Ambassador Kilian Wahl, visited Tetovo …. Wahl met Mayor Bilall Kasami ….
                    // Kasami said the municipality would open …": or the one who met them heading the field operation or institution, a
                    // pledge that is no State's; not a ministry's own minister, whose State it is told to)
                    else if (context.Author?.Id == otherSide.Id
                             || (makers.All(m => m.Kind is not (ActorKind.ParticipatingState or ActorKind.State)) && context.Author is { Kind: ActorKind.FieldOperation or ActorKind.Institution } authoring
                                 && Party(otherSide, when?.Date ?? context.Undated, context, institutions: true)?.Id == authoring.Id))
                        counterparts = [otherSide];
                    // ("Ambassador Tomasz Chłoń met the Secretary General …. SG promised to circulate …": or the one met, by one who pledges
                    // alone, for no State or body)
                    else if (otherSide.Kind is ActorKind.Official or ActorKind.Person && (when is { Rule: "date:scene" } || makers.All(m => m.Kind is ActorKind.Official or ActorKind.Person)))
                        counterparts = [Party(otherSide, when?.Date ?? context.Undated, context, institutions: true) is { Kind: ActorKind.Institution or ActorKind.FieldOperation } headsBody
                            && makers.All(m => m.Id != headsBody.Id) ? headsBody : otherSide];
                    // ("Andrii Sybiha met with OSCE Secretary General Feridun Sinirlioğlu …. The Secretary General confirmed that the OSCE would
                    // continue to fund …": an OSCE body's pledge, with its head, to the State the other side speaks for)
                    else if (otherSide.Kind is ActorKind.Official or ActorKind.Person && makers.Any(m => m.Kind is ActorKind.Institution or ActorKind.FieldOperation || m.Id == "osce")
                             && makers.All(m => m.Kind is not (ActorKind.ParticipatingState or ActorKind.State))
                             && context.Names?.SpeaksFor(otherSide, when?.Date ?? context.Undated) is { Kind: ActorKind.ParticipatingState or ActorKind.State } pledgedToState)
                        counterparts = [pledgedToState];
                }
                // ("Tolekan Ismailova: … At our meeting with Ombudsperson Jamilia Dzhamanbaeva yesterday, she promised to visit …": a pledge
                // naming no one, at the meeting the one writing tells of as theirs, is made to them)
                if (counterparts.Count == 0 && OurMeetingWith().IsMatch(text.AsSpan(0, match.Index)) && (context.Author ?? context.Speaking) is { } ours && makers.All(m => m.Id != ours.Id))
                    counterparts = [ours];
                // ("We commend the work of the OSCE Representative on Freedom of the Media and ODIHR …, and we will continue to support their
                // efforts": the bodies the sentence has named, whose efforts "their" are)
                if (counterparts.Count == 0 && TheirEfforts().IsMatch(text, match.Index + match.Length)
                    && before.Where(m => m.Actor.Kind is ActorKind.Institution or ActorKind.Organisation or ActorKind.FieldOperation && makers.All(x => x.Id != m.Actor.Id))
                        .Select(m => m.Actor).DistinctBy(a => a.Id).ToList() is { Count: > 0 } theirs)
                    counterparts = theirs;
                // "For our part, we remain ready for a professional dialogue …" in a delegation's statement at the Permanent Council: its
                // author's pledge naming no one is made to the Council
                if (counterparts.Count == 0 && context.Council is { } council && context.Author is { } speaking && makers.Any(m => m.Id == speaking.Id))
                    counterparts = [council];
                // "We at the Mission stand ready to support its implementation": a field operation's pledge naming no one is to the State it works in
                if (counterparts.Count == 0 && makers.FirstOrDefault(m => m.Kind is ActorKind.FieldOperation) is { } operation && context.Names is { } dictionary
                    && HostState(operation, dictionary, when?.Date ?? context.Undated) is { } hostState && makers.All(m => m.Id != hostState.Id))
                    counterparts = [hostState];
                // "promised to reform media and electoral legislation, and pledged to preserve the mandate of ODIHR": a second pledge, by the same
                // makers; the first is worded up to it
                // ("reaffirms its readiness to continue cooperation with ODIHR and will give due consideration to …": or one the small pattern has)
                // ("conveyed … Spain's firm support for the OSCE …, and announced that Spain would contribute 750,000 euros …": or a contribution announced)
                // ("reaffirmed the Moldovan Government's commitment to … and said that Chisinau would propose …": or one said after it, by a verb
                // of its own)
                var andThen = (cue.Pattern.Match(text, match.Index + match.Length) is { Success: true } samePattern ? samePattern
                        : SecondPledges.Select(r => r.Match(text, match.Index + match.Length)).FirstOrDefault(m => m.Success)) is { Success: true } again
                    && !again.Groups["own"].Success && !again.Groups["terms"].Success && !Negated(text, again.Index)
                    && text[(match.Index + match.Length)..again.Index] is var between && (between.Contains(", and ", StringComparison.Ordinal)
                        || (between.EndsWith(" and ", StringComparison.Ordinal) && (again.ValueSpan.StartsWith("will ", StringComparison.OrdinalIgnoreCase) || again.ValueSpan.StartsWith("said ", StringComparison.Ordinal))))
                    // ("said that the Mission will convene …, and that it will raise …": the "that" the first pledge opens on is its own)
                    // ("informed Ambassador Wahl that the Government would adopt …, and that the Law on … would be sent …": so is one after whom it was told to)
                    && between.IndexOf(" that ", OwnThat(match.ValueSpan, between), StringComparison.Ordinal) < 0 ? again : null;
                // ("confirmed that it will host a regional conference": the verb the cue ends on is what is pledged)
                List<string> wordings = andThen is null
                    ? [Wording(text, match.Groups["verb"].Success ? match.Groups["verb"].Index : match.Index + match.Length)]
                    : [Wording(BeforeAnd(text[..andThen.Index]), match.Index + match.Length), Wording(text, andThen.Index + andThen.Length) is var next && next.StartsWith("to ", StringComparison.Ordinal) ? next[3..] : next];
                if (signersState && context.Author is { } signedBy && makers.All(m => m.Id != signedBy.Id)) makers.Add(signedBy);
                // "Turkmenistan has promised before. In 2019, it told the UN Human Rights Committee that it would adopt …": "it" is the State
                // the sentence before named, and whom it told is whom it pledged to
                if (makers.Count == 0 && match.ValueSpan.StartsWith("told", StringComparison.Ordinal) && Preceding(text, match.Index, 6).TrimEnd().EndsWith(" it", StringComparison.Ordinal)
                    && (context.Previous ?? context.MainState) is { } toldBy)
                    makers = [toldBy];
                // "Tashkent has also pledged to host …": a capital opening the sentence stands for its State
                if (makers.Count == 0 && before.Count == 0 && SeatOf(context.Names, text, when?.Date ?? context.Undated) is { } capital) makers = [capital];
                // "Nurtleu met the head of the OSCE Programme Office in Astana, Volker Frobarth, on Tuesday and pledged to …": a pledge joined
                // by "and" to a meeting shares its subject, with the State they speak for, and is made to whom they met
                if (JoinedPledge().IsMatch(Preceding(text, match.Index, 12)) && MetVerb().Match(text, 0, match.Index) is { Success: true } metVerb
                    && before.FirstOrDefault(m => m.Actor.Kind is ActorKind.Official && m.End <= metVerb.Index) is { } meetingSubject
                    && before.LastOrDefault(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person && m.Start > metVerb.Index) is { } metOne)
                {
                    makers = [meetingSubject.Actor, .. Party(meetingSubject.Actor, when?.Date ?? context.Undated, context) is { Kind: ActorKind.ParticipatingState or ActorKind.State } subjectsSide ? [subjectsSide] : Array.Empty<ActorRef>()];
                    counterparts = [metOne.Actor];
                }

                // ("Mr. Hajiyev (Turkmenistan) … said that his Government would …": a delegate pledges with the State the record brackets)
                foreach (var (delegateOf, delegation) in delegates)
                    if (makers.Any(x => x.Id == delegateOf!.Id) && makers.All(x => x.Id != delegation.Id)) makers.Insert(0, delegation);
                // "Serbian President Aleksandar Vučić and Kosovo Prime Minister Albin Kurti accepted …": a State named in a pledging official's
                // title pledges with them
                foreach (var titledBy in before.Where(m => makers.Count > 0 && makers.All(x => x.Id != m.Actor.Id)).ToList())
                    if (before.FirstOrDefault(o => TitlesPerson(text, titledBy, o)) is { } holder && makers.Any(x => x.Id == holder.Actor.Id))
                        (makers, counterparts) = ([.. makers, titledBy.Actor], [.. counterparts.Where(c => c.Id != titledBy.Actor.Id)]);
                // "He encouraged the authorities to adopt the action plan …, which the Government had promised the High Commissioner in February
                // 2025 to approve by the end of that year": a pledge a relative clause tells is its own subject's, made to whom the clause names,
                // of the thing the clause is about
                if (PromisedWhich().Match(text, 0, match.Index) is { Success: true } whichPromised
                    && found.Where(m => Inside(m, whichPromised.Groups["who"])).Select(m => m.Actor).ToList() is { Count: > 0 } relativeMakers)
                {
                    makers = relativeMakers;
                    counterparts = [.. after.Select(m => m.Actor).Where(a => relativeMakers.All(r => r.Id != a.Id)).DistinctBy(a => a.Id)];
                    if (AntecedentDone().Match(text, 0, whichPromised.Index) is { Success: true } antecedent && ToDoAfter().Match(text, match.Index + match.Length) is { Success: true } toDo)
                        wordings = [toDo.Groups["verb"].Value + " " + antecedent.Groups["thing"].Value + toDo.Groups["rest"].Value.TrimEnd()];
                }
                var (pledgers, pledgees) = makers.Count > 0 ? (makers, counterparts) : (counterparts, []);
                // ("… assured the Director that Kyrgyzstan would invite ODIHR … and that the authorities would share the draft …", "Dačić said that
                // Serbia would continue to cooperate with the OSCE Mission … and that the Ministry would adopt …": the second "that" of one
                // saying, the same makers, to whom the saying was addressed before its first "that"; who it names are what it is about)
                if (firstPledge is var (firstMakers, firstTo, firstAt) && (match.ValueSpan.StartsWith("and", StringComparison.Ordinal)
                        || text.AsSpan(firstAt, Math.Max(0, match.Index - firstAt)).Contains(" and that ", StringComparison.Ordinal)))
                    // ("The Minister informed his counterpart that …, and that Cyprus would host …": or whom it was told to, named before the sentence)
                    (pledgers, pledgees) = (firstMakers, [.. firstTo.Where(c => found.All(m => m.Actor.Id != c.Id) || found.Any(m => m.Actor.Id == c.Id && m.Start < text.IndexOf(" that ", firstAt, StringComparison.Ordinal)))]);
                firstPledge ??= (pledgers, pledgees, match.Index);
                // ("He assured me that Kyrgyzstan would consider our recommendations carefully, and I offered ODIHR's assistance …": an offer
                // in return, to one who has just pledged for their State, is made to that State)
                if (firstPledge is var (returnedBy, _, returnedAt) && returnedAt < match.Index && match.ValueSpan.StartsWith("offer", StringComparison.OrdinalIgnoreCase)
                    && pledgees is [{ Kind: ActorKind.Official or ActorKind.Person } returnedTo] && returnedBy.Any(m => m.Id == returnedTo.Id)
                    && returnedBy.FirstOrDefault(m => m.Kind is ActorKind.ParticipatingState or ActorKind.State) is { } offeredState && pledgers.All(p => p.Id != offeredState.Id))
                    pledgees = [offeredState];
                // "Deputy Minister of Internal Affairs Igor Lepekha said that the Ministry would extend the training …" in the Programme
                // Office's own release: a host's pledge that names no one it is made to is made to the field operation writing
                if (pledgees.Count == 0 && pledgers.Count > 0 && context.Author is { Kind: ActorKind.FieldOperation } writingOperation
                    && pledgers.All(x => x.Kind is ActorKind.Official or ActorKind.Person or ActorKind.ParticipatingState or ActorKind.State && x.Id != writingOperation.Id)
                    && pledgers.Any(x => x.Kind is ActorKind.ParticipatingState or ActorKind.State))
                    pledgees = [writingOperation];
                pledgeCue = match.Index;
                // (a pledge whose words the sentence has already given, by a match before this one, is that pledge: "… said that the Mission will
                // convene …, and that it will raise …" split in two at its "and that", then reached again from there)
                foreach (var wording in wordings.Where(pledgedWordings.Add))
                    proposals.Add(new ProposedEvent(new EventDraft(cue.Kind, when?.Date ?? context.Undated, pledgers, pledgees, place, topic, wording, AssessmentStatus.Open, Dates.Deadline(text), evidence), confidence, rule));
                // "Under the memorandum, the Ministry undertakes to establish …, and the Programme Office will provide training …": what an
                // agreement has another party do is that party’s pledge, to the first
                if (Has(UnderAgreement(), text) && OtherPartyWill().Match(text, match.Index + match.Length) is { Success: true } agreed
                    && found.FirstOrDefault(m => Inside(m, agreed.Groups["who"])) is { } partyToIt
                    && pledgers.All(x => x.Id != partyToIt.Actor.Id))
                    proposals.Add(new ProposedEvent(new EventDraft(cue.Kind, when?.Date ?? context.Undated, [partyToIt.Actor], pledgers, place, topic, Wording(text, agreed.Index + agreed.Length),
                        AssessmentStatus.Open, Dates.Deadline(text[agreed.Index..]), evidence), confidence - 0.1, rule + "; agreement"));
            }
            void Assessed()
            {
                // ("has systematically violated that commitment": the broken commitment is the judgement, not a criticism besides it)
                // ("Parliament regrets that Azerbaijan has not implemented the recommendations of the ODIHR mission": nor are someone's
                // recommendations not implemented)
                // ("regrets that no such review has taken place": nor is the regret for a pledge not kept)
                // ("regrets that the Ministry has not yet adopted the strategy, which it pledged in March 2025 to adopt": nor for a pledge
                // it names not kept)
                if (cue.Rule == "cue:broken" || match.Groups["whose"].Success || match.Groups["nosuch"].Success || match.Groups["pledged"].Success || match.Groups["since"].Success) seen.Add(EventKind.CriticismRaised);
                // "President Kassym-Jomart Tokayev's promises of a “listening state” remained unfulfilled": the promises of the State he speaks for
                counterparts = [.. StatesOf(counterparts.Where(c => c.Kind is ActorKind.Official), counterparts, actors, when?.Date ?? context.Undated, context), .. counterparts];
                // "Saidov noted that Uzbekistan has implemented 20 of the 27 recommendations made by ODIHR": the State the cue's verb has for
                // its subject is assessed, not the body whose recommendations they were
                if (cue.Evaluative && before.LastOrDefault() is { Actor.Kind: ActorKind.ParticipatingState or ActorKind.State } subjectState && actors.All(a => a.Id != subjectState.Actor.Id)
                    && match.Index - subjectState.End <= 24 && text.AsSpan(subjectState.End, match.Index - subjectState.End).IndexOfAny(',', ';') < 0)
                    counterparts = [subjectState.Actor];
                // "He kept that promise: by the end of October he had been to …" in a review: who kept a promise (or did not) is judged, by
                // the review's author
                if (cue.Evaluative && context.Author is { } judge && before.LastOrDefault() is { Actor.Kind: ActorKind.Official or ActorKind.Person } keeper
                    && actors is [var keeping] && keeping.Id == keeper.Actor.Id && judge.Id != keeping.Id && match.Index - keeper.End <= 2)
                {
                    counterparts = [keeping, .. counterparts.Where(c => c.Id != keeping.Id)];
                    actors = [judge];
                }

                // "… was an important step that Bosnia and Herzegovina had promised to take": who promised the step is judged to have taken it,
                // by whoever tells it so
                if (match.Groups["step"].Success
                    && found.Where(m => Inside(m, match)).Select(m => m.Actor).ToList() is { Count: > 0 } promisers
                    && (Voice(text, found, context) ?? context.Author) is { } stepTeller)
                {
                    counterparts = promisers;
                    actors = [stepTeller];
                }

                // "At the time, President Nazarbayev promised …. That promise remained largely unfulfilled": the promise referred back to is its makers'
                // (", so that promise is kept": or one the cue itself refers back to)
                var referredBack = ThatPromise().IsMatch(text[..(match.Index + match.Length)]) || match.Groups["nosuch"].Success || match.Groups["done"].Success || match.Groups["since"].Success
                                   || (cue.Status == AssessmentStatus.Met && ThatPromise().IsMatch(match.Value));
                if (referredBack && context.LastMakers is { Count: > 0 } makersBefore)
                {
                    // ("… Roșca committed to establishing a working group …. The working group was set up in October 2025": what has been done
                    // since a pledge is the State's doing, not the official's who gave it; "That promise has been broken" judges its maker)
                    if ((match.Groups["since"].Success || match.Groups["done"].Success)
                        && makersBefore.Where(m => m.Kind is ActorKind.ParticipatingState or ActorKind.State).ToList() is { Count: > 0 } makingStates)
                        makersBefore = [.. makersBefore.Where(m => m.Kind is not ActorKind.Official || makingStates.All(st => context.Names?.SpeaksFor(m, when?.Date ?? context.Undated)?.Id != st.Id))];
                    counterparts = [.. makersBefore.Where(m => actors.All(a => a.Id != m.Id)), .. counterparts.Where(c => makersBefore.All(m => m.Id != c.Id))];
                }
                // ("… committed to respect freedom of expression. … it has systematically violated that commitment": the assessment is of
                // that commitment, in its words, so that accepting both records the one commitment made and then judged)
                var assessed = (referredBack || (cue.Rule == "cue:broken" && ThatOne().IsMatch(match.Value))) && context.LastCommitment is { } referred
                    ? referred : match.Groups["asked"].Success && context.Asked is { } asked ? asked : Wording(text, match.Index + match.Length);
                proposals.Add(new ProposedEvent(new EventDraft(cue.Kind, when?.Date ?? context.Undated, actors, counterparts, place, topic, assessed, cue.Status, null, evidence), confidence, rule));
            }
            void Judged()
            {
                // ("“What followed was the most severe wave of repression in the country's recent history,” said Ane Tusvik Bonde, regional
                // director at the NHC.": the body the one quoted is of, named in the attribution, is not judged)
                if (Judgements.Contains(cue.Kind) && QuotedThenSaidBy().Match(text, match.Index + match.Length) is { Success: true } attribution)
                    // (not one the attribution says the words are about: "… said Hugh Williamson of Human Rights Watch about Turkmenistan")
                    counterparts = [.. counterparts.Where(c => !NamedOnlyAs(after, c, m => m.Start >= attribution.Index && SpeakersBodyBefore().IsMatch(Preceding(text, m.Start, 12))))];
                // "Amnesty International welcomes the decision of the OSCE participating States to invoke the Moscow Mechanism on Belarus":
                // whose decision it is is judged, not what it is about
                if (cue.Kind is EventKind.PraiseExpressed or EventKind.CriticismRaised && DecisionOfTo().Match(text, match.Index + match.Length) is { Success: true } decision
                    && after.Where(m => Inside(m, decision.Groups["who"]) && actors.All(a => a.Id != m.Actor.Id))
                        .Select(m => m.Actor).DistinctBy(a => a.Id).ToList() is { Count: > 0 } deciders)
                    counterparts = deciders;
                // "Harlem Désir and … Maryse Daviet strongly condemned …": one judgement the two officials made together
                if (!cue.Passive && speaker is null && JoinedSubject() is var (first, second))
                    actors = [first, second];
                // "The European Union and the United States have criticized …": two bodies that open the sentence together judge together
                else if (!cue.Passive && speaker is null && actors is [var onlyBody] && JoinedBodies(text, before) is { } bodies && bodies[^1].Id == onlyBody.Id)
                    actors = bodies;
                // "Aliaksandr Lukashenka stated in July that "everyone who writes a petition will be considered", but the pardon procedure remains
                // opaque": what follows the quotation's close and a "but" is the writer's own, about whoever was quoted
                if (Judgements.Contains(cue.Kind) && context.Author is { } ownWriter && actors.All(a => a.Id != ownWriter.Id) && !Quoted(text, match.Index)
                    && QuotedThenBut().IsMatch(text.AsSpan(0, match.Index)))
                {
                    var quotedOnes = actors;
                    actors = [ownWriter];
                    counterparts = [.. quotedOnes.Select(q => Party(q, when?.Date ?? context.Undated, context) ?? q).Where(q => q.Kind is ActorKind.ParticipatingState or ActorKind.State), .. counterparts];
                    if (counterparts.Count == 0 && context.MainState is { } aboutState) counterparts = [aboutState];
                    // (said now, not when the quoted words were: "stated in July")
                    if (when is { Index: var quoteSaidAt } && quoteSaidAt < match.Index) when = context.Story ?? Dates.Published(published);
                }
                firstJudges.TryAdd(cue.Kind, actors);
                proposals.Add(new ProposedEvent(new EventDraft(cue.Kind, when?.Date ?? context.Undated, actors, [.. counterparts.Where(c => actors.All(a => a.Id != c.Id)).DistinctBy(c => c.Id)], place, topic, null, null, null, evidence), confidence, rule));
            }

            if (nextClause is not null && !reopen.ContainsKey(cue.Kind)) reopen[cue.Kind] = nextClause.Index;
            else seen.Add(cue.Kind);
        }
        return proposals;
    }

    /// <summary>What a body recommends sending: " the deployment of an Election Observation Mission", " deploying a Limited Election Observation Mission".</summary>
    [GeneratedRegex(@"^\s+(the\s+)?(deployment\s+of|deploying)\s+(an?\s+)?(\w+\s+){0,3}(Mission|observers)\b")]
    private static partial Regex OwnDeployment();

    /// <summary>A sentence whose subject is the speaker: "We welcome …", "I am concerned …".</summary>
    [GeneratedRegex(@"^\W*(We|I)\s")]
    private static partial Regex FirstPersonOpening();

    /// <summary>", and " or " and also " right before a verb: a second verb sharing its sentence's subject.</summary>
    [GeneratedRegex(@",?\s+and\s+(also\s+)?$")]
    private static partial Regex JoinedVerb();

    /// <summary>The verbs a motion's or a resolution's clauses open on: "(That this House) welcomes …; condemns …; and calls on …".</summary>
    private const string ResolutionVerbs = "condemns|calls|urges|welcomes|notes|recogni[sz]es|is|expresses|believes|regrets|deplores|commends|supports|reaffirms";

    /// <summary>"; condemns …", "; and calls on …", " and praised …": a clause opening on its verb, joined after another.</summary>
    [GeneratedRegex(@"^(;|,?\s+and)\s+(and\s+)?(also\s+)?(" + ResolutionVerbs + @"|praised|commended|hailed|condemned|criticised|criticized)\b")]
    private static partial Regex VerbClause();

    /// <summary>", and we welcome …", "; we also call on …", ", and participating States should make clear …": a clause with a subject of its own joined after another.</summary>
    [GeneratedRegex(@"^(,\s+and|;)\s+(?<pronoun>we|I|he|she|they)\b")]
    private static partial Regex PronounClause();

    /// <summary>
    /// Where a second clause with a judgement of its own begins: ", and we …", "; the authorities should …", or a second verb of calling
    /// for the same subject, "… calls on the Prosecutor's Office to open … and recommends that the Ministry …", or of judging another
    /// ("thanked the President for the hospitality and praised Kyrgyzstan's role in …"), or a motion's next
    /// resolution after a semicolon ("That this House welcomes …; is deeply concerned …; condemns …; and calls on …").
    /// ("congratulated his interlocutor on … and thanked the Swiss Chairpersonship for …": a second thanks, its object named)
    /// </summary>
    [GeneratedRegex(@";\s+(and\s+)?(?=(also\s+)?(" + ResolutionVerbs + @")\b)|(,\s+and|;)\s+((we|I|he|she|they)\s+(also\s+)?(?=\w)|(?-i:\p{Lu})[\p{L}’'-]+\s+(himself|herself|itself|themselves)\s+(?=\w)|(?=(the\s+)?([\w-]+\s+){1,3}(should|must)\s+(also\s+)?(?-i:[a-z])))|,?\s+and\s+(?=(also\s+)?(recommends|recommended|urges|urged|calls\s+on|called\s+on)\s+(that\s+)?(the\s+)?((?-i:\p{Lu})|(prosecutors|police|courts|judiciary|governments?|authorities)\b))|\s+and\s+(?=(also\s+)?(praised|commended|hailed|condemned|criticised|criticized)\s+(?-i:\p{Lu})[\p{L}-]+(’s|'s)\s)|\s+and\s+(?=(also\s+)?thanked\s+the\s+((?-i:\p{Lu})[\p{L}-]+\s+(?-i:\p{Lu})|authorities\b|government\b))|,?\s+and\s+(?=(also\s+)?(reiterates|reiterated|reaffirms|reaffirmed)\s+(its|his|her|their)\s+(readiness|commitment|support|willingness)\b)")]
    private static partial Regex SecondClause();

    /// <summary>
    /// The day of what a sentence tells before <paramref name="upTo"/>, when the day it found is the day that was told on: "Wiśniewski
    /// told Eurasianet on December 2 that he had raised the case … during a meeting … last week" (the week before, not December 2).
    /// </summary>
    private static FoundDate DayTold(string text, FoundDate found, int upTo, PartialDate? published) =>
        ToldOnThat().Match(text, 0, upTo) is { Success: true } saying && found.Index >= saying.Index && found.Index < saying.Index + saying.Length
        && Dates.For(text[(saying.Index + saying.Length)..], published) is { Stated: true } toldOf
            ? toldOf with { Index = saying.Index + saying.Length + toldOf.Index }
            : found;

    /// <summary>"told Eurasianet on December 2 that ", "said on Tuesday that ": a saying's day, before what it tells.</summary>
    /// <summary>"'s government": a leader's government, administration or regime.</summary>
    [GeneratedRegex(@"(’s|'s)\s+(government|administration|cabinet|regime)\b")]
    private static partial Regex LeadersGovernment();

    /// <summary>
    /// Whether <paramref name="state"/> only titles <paramref name="person"/>, named right after it: "Kosovo Prime Minister Albin Kurti",
    /// "his Swiss counterpart Ignazio Cassis".
    /// </summary>
    private static bool TitlesPerson(string text, Mention state, Mention person) =>
        state.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State && person.Actor.Kind is ActorKind.Official or ActorKind.Person
        && person.Start >= state.End && person.Start - state.End <= 40 && StateTitle().IsMatch(text.AsSpan(state.End, person.Start - state.End));

    /// <summary>" ", " Prime Minister ", " counterpart ": nothing, or a title's words, between a State and the official it titles.</summary>
    [GeneratedRegex(@"^\s+((?-i:\p{Lu})[\p{L}-]*\s+|counterparts?\s+|colleagues?\s+){0,3}$")]
    private static partial Regex StateTitle();

    /// <summary>"“The OSCE Mission to Montenegro will", "“Our Office would": a quotation that opens on a body about to act.</summary>
    [GeneratedRegex(@"^\W*(the\s+|our\s+)?(?<body>(OSCE\s+)?(Mission|Office|Centre|Presence|Programme\s+Office|PA|Parliamentary\s+Assembly|Secretariat|OSCE)\b[^.;,“”""]{0,40}?)\s+(will|would)\s+(?!not\b)\w", RegexOptions.IgnoreCase)]
    private static partial Regex QuotedBodyWill();

    /// <summary>Where a course is to be taught, before the body whose it is: "into the curriculum of the ", "in the training programme of ".</summary>
    [GeneratedRegex(@"\b(into|in)\s+(the\s+)?(curricul(um|a)|syllabus|training\s+programmes?)\s+of\s+(the\s+)?$")]
    private static partial Regex IntoCurriculumOf();

    /// <summary>What follows one said to be about to act: " would invite", " will".</summary>
    [GeneratedRegex(@"^\s+(would|will)\b")]
    private static partial Regex WillAfter();

    /// <summary>"stated that the OSCE PA would", "said the Mission would": a body said to be about to act.</summary>
    [GeneratedRegex(@"\b(said|stated|informed|announced|confirmed)\s+(that\s+)?the\s+(?<body>(OSCE\s+)?(Mission|Office|Centre|Presence|Programme\s+Office|PA|Parliamentary\s+Assembly|Secretariat)\b[^.;,]{0,40}?)\s+(will|would)\s+(?!not\b)\w")]
    private static partial Regex SaidBodyWould();

    /// <summary>"the decision of Tajikistan's Supreme Court on ": a decision, ruling or verdict, and who took it, right before its day.</summary>
    [GeneratedRegex(@"\b(decision|ruling|verdict|judge?ment)\s+(of|by)\s+[^.;,]{2,60}?\s+((on|of)\s+)?$")]
    private static partial Regex DecisionOn();

    /// <summary>" Europe and Eurasia director ": a post in lower case, after the region it covers, between "said" and a name.</summary>
    [GeneratedRegex(@"^\s+((?-i:\p{Lu})[\w-]*\s+|and\s+){0,4}(director|deputy\s+director|head|chief|spokesperson|spokesman|spokeswoman|researcher|coordinator|co-ordinator|adviser|advisor|analyst)\s+$")]
    private static partial Regex PostBeforeName();

    /// <summary>"thanked Poland for": who is thanked, commended or praised, before what for.</summary>
    [GeneratedRegex(@"\b(thank(ed|s)?|commend(ed|s)?|prais(ed|es)|congratulat(ed|es))\s+(?<who>[^.;,]{2,60}?)\s+for\s")]
    private static partial Regex ThankedFor();

    /// <summary>"informed ODIHR that", "told the Representative that": who was informed, assured or told of what follows.</summary>
    [GeneratedRegex(@"\b(informed|assured|told)\s+(?<whom>[^.;,“”""]{2,80}?)\s+that\s")]
    private static partial Regex InformedWhom();

    [GeneratedRegex(@"\b(told|said|says|stated|announced)\s+([\w-]+\s+){0,3}?on\s+[^.;,“”""]{3,30}?\s+that\s")]
    private static partial Regex ToldOnThat();

    /// <summary>
    /// " and announced his intention to …", " and said Turkmenistan would …": a pledge's sentence going on to a second one, told by a verb
    /// of saying, or by a second "that" with a subject of its own (" and that the authorities would share …") (one joined by "and pledged
    /// to", the same cue again, is read as the first pledge's second wording).
    /// </summary>
    // ("We will deploy a needs assessment mission to Athens …, and the Greek authorities have already promised to co-operate fully": or
    // a clause of its own whose subject has given an assurance)
    // ("He assured me that Kyrgyzstan would consider our recommendations carefully, and I offered ODIHR's assistance in …": or
    // one whose subject, a pronoun, offers or promises)
    [GeneratedRegex(@"\s+and\s+(also\s+)?(?=(announced|said|confirmed|expressed)\s+(that\s+|his\s+|her\s+|its\s+|their\s+)?[\w-]+)|\s+and\s+(?=that\s+([\w-]+\s+){1,3}(would|will)\s+\w)|,\s+and\s+(?=(the\s+)?([\w-]+\s+){1,3}(has|have)\s+(already\s+|also\s+)?(assured|promised|pledged)\b)|,\s+and\s+(?=(I|we|he|she)\s+(also\s+)?(offered|pledged|promised|undertook)\b)")]
    private static partial Regex SecondPledge();

    /// <summary>What a pledge's words hold: something that "would", "will" or is "to" be done.</summary>
    [GeneratedRegex(@"\b(would|will|shall|to)\s+\W?\w+")]
    private static partial Regex PledgedAhead();

    /// <summary>An author-year citation right before a cue: "(2025) ", "(2026a) ".</summary>
    [GeneratedRegex(@"\((?<year>(19|20)\d{2})[a-z]?\)\s+$")]
    private static partial Regex CitedYear();

    /// <summary>", like ", ", unlike " right before a name: one likened to the sentence's subject, not a party.</summary>
    [GeneratedRegex(@"(^|,)\s*(un)?like\s+$")]
    private static partial Regex Likened();

    /// <summary>"welcomes the ", "warmly welcomed the ", " on the ": what comes before a signing judged or spoken of.</summary>
    [GeneratedRegex(@"(\bwelcom(e|es|ed|ing)\s+|\s(on|about)\s+)(the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SigningSpokenOf();

    /// <summary>"his counterpart", "her counterpart": the other one of two who met.</summary>
    // ("Ararat Mirzoyan thanked his Swiss counterpart for …": or with their State's adjective)
    [GeneratedRegex(@"\b(his|her)\s+(\p{Lu}\p{Ll}+\s+)?counterpart\b")]
    private static partial Regex TheirCounterpart();

    /// <summary>Some States left unnamed: "some States", "certain governments", "a number of participating States".</summary>
    [GeneratedRegex(@"\b(some|certain|several|a\s+few|a\s+number\s+of)\s+(participating\s+)?(States|governments|countries|capitals)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnnamedStates();

    /// <summary>What stands between a cue and a time right after it: " in ", " on ", " during ".</summary>
    [GeneratedRegex(@"^\s+(in|on|during)\s+$")]
    private static partial Regex CueThenWhen();

    /// <summary>"The OSCE will attempt to organize …, said Frank-Walter Steinmeier, the OSCE Chairperson-in-Office": the body the speaker speaks for pledges through them.</summary>
    /// <summary>
    /// Who pledges where "would" at <paramref name="cue"/> follows what a speaker named before said their own side would do: "Tokayev,
    /// who told him that Kazakhstan would …" (the speaker, with the State they speak for), "Mayor X told the guests that the municipality
    /// would …" (with their own body, named before), "said his government would …"; null for "Lavrov said Ukraine would …", or "the
    /// ministry said the talks would …" (no speaker).
    /// </summary>
    private static (ActorRef Speaker, ActorRef? Side, ActorRef? Told)? ReportedPledger(string text, IReadOnlyList<Mention> found, int cue, Context context)
    {
        var from = Math.Max(0, cue - 120);
        var on = context.Published ?? context.Undated;
        // ("• Confirm that the Secretariat will support …" in talking points an official delivers: what they are to tell their own side,
        // or an OSCE body, will do)
        if (context.Author is { Kind: ActorKind.Official or ActorKind.Person } briefed
            && ToldInBrief().Match(text, 0, cue) is { Success: true } brief
            && found.FirstOrDefault(m => m.Start >= brief.Groups["subject"].Index && m.End <= cue) is { } own
            && (own.Actor.Kind is ActorKind.Institution or ActorKind.FieldOperation || Party(briefed, on, context)?.Id == own.Actor.Id))
            return (briefed, own.Actor, null);
        // ("Ukraine would host …, Foreign Minister Andrii Sybiha said", "“… Ukraine will guarantee …,” Sybiha said": the State named right
        // before, in the words of one who speaks for it, named after them)
        // (a window wide enough for what may stand between the saying and its subject: "said on Tuesday in Belgrade, after meeting the
        // Head of the OSCE Mission to Serbia, Ambassador Hanna Lindqvist, that Serbia would …")
        var saidFrom = Math.Max(0, cue - 240);
        if (ReportedSubject().Match(text, saidFrom, cue - saidFrom) is not { Success: true } said)
        {
            // (with no saying before it: the State named right before "will", in the words of one who speaks for it)
            if (found.LastOrDefault(m => m.End <= cue) is not { } subjectState || cue - subjectState.End > 2) return null;
            // ("Ms. TELALIAN. … ODIHR will publish its final report …": in an answer, the body the one answering heads, in their own words)
            if (subjectState.Actor.Kind is ActorKind.Institution or ActorKind.FieldOperation)
                // ("In 2027, the Mission will continue to support the Parliament …" in the mission's own report: the body, in its own
                // voice, says what it will do; "the Mission will hold a conference …" announces an event, pledging nothing)
                return context.Author is { } body && body.Id == subjectState.Actor.Id && !Quoted(text, cue) && !context.InQuote && !Scheduled().IsMatch(text.AsSpan(cue)) && !Governed(text, subjectState)
                    ? (body, null, null)
                    : context.Answering is { } head && !Quoted(text, cue)
                       && (Party(head, on, context, institutions: true)?.Id == subjectState.Actor.Id || (context.Names is { } heads && HeadOf(subjectState.Actor, heads, on)?.Id == head.Id))
                    ? (head, subjectState.Actor, null) : null;
            if (subjectState.Actor.Kind is not (ActorKind.ParticipatingState or ActorKind.State)) return null;
            var unspoken = !Quoted(text, cue) && found.All(m => m.Actor.Kind is not (ActorKind.Official or ActorKind.Person));
            // ("✅ Kazakhstan will host the OSCE Central Asia Youth Forum …" in the post of Kazakhstan's foreign ministry: its own State, in the
            // State's own voice; "If participating States agree …, Malta will fund two additional posts …" in the statement of Malta's
            // minister: the State of the one whose statement it is, in their voice)
            if (unspoken && !context.InQuote && !Sentences.Labelled(text)
                && (context.Voice is { Count: > 0 } voices
                    ? voices.Any(v => v.Id == subjectState.Actor.Id || (context.Names?.SpeaksFor(v, on) ?? Party(v, on, context))?.Id == subjectState.Actor.Id)
                    : context.Author is { } voice && (voice.Id == subjectState.Actor.Id || voice.Kind is not (ActorKind.Official or ActorKind.Person) && voice.Name.EndsWith($" of {subjectState.Actor.Name}", StringComparison.Ordinal))))
                return context.Voice?.FirstOrDefault(v => v.Kind is ActorKind.Official or ActorKind.Person) is { } statesVoice ? (statesVoice, subjectState.Actor, null) : (subjectState.Actor, null, null);
            // ("As President Kassym-Jomart Tokayev told me when we met …: "Kazakhstan will always be …"": or named before the quotation)
            // ("IC: … Switzerland will pay an additional one million francs …": or in an answer of theirs, in their own words)
            return (Speaker(text, found, null) is { } namedTeller
                    && found.Any(m => m.Actor.Id == namedTeller.Id && (m.Start > cue || (m.End <= subjectState.Start && QuotationOpened().IsMatch(text.AsSpan(m.End, subjectState.Start - m.End)))))
                        ? namedTeller
                        : context.Answering is { } answering && unspoken ? answering
                        // ("Switzerland would contribute a further CHF 2 million …, he announced.": the one last named, saying it after)
                        : unspoken && context.LastOfficial is { } last && HeSaidAfter().IsMatch(text) ? last : null) is { } teller
                   && (((context.Names?.SpeaksFor(teller, on) ?? Party(teller, on, context)) is { } tellerSide ? tellerSide.Id == subjectState.Actor.Id
                           // ("Ervin Ibrahimović: … Montenegro will hand over …" in a transcript: one answering whom the document gives no State, in
                           // their own words, speaks for the State they say will act)
                           : teller.Kind == ActorKind.Person && teller.Id == context.Answering?.Id)
                       || context.Names?.Serves(teller, subjectState.Actor) == true)
                ? (teller, subjectState.Actor, null) : null;
        }

        // ("The Swiss Chairpersonship announced that it would fund …": a body saying what it itself would do)
        if (said.Groups["itself"].Success)
            return found.LastOrDefault(m => m.End <= said.Index) is { } body && text.AsSpan(body.End, said.Index - body.End).Trim().Length == 0
                ? (body.Actor, null, null) : null;
        var subject = said.Groups["subject"];
        // ("Earlier this month in Vienna I met the Secretary General, Feridun Sinirlioğlu, and told him that Malta will continue to fund …":
        // the author's own "I", telling whom the sentence named, of the State they speak for)
        // ("I can announce that the OSCE will open a liaison office …": or announcing it)
        if (context.Author is { Kind: ActorKind.Official or ActorKind.Person } me && (IBefore().IsMatch(text.AsSpan(0, said.Index)) || IAnnounce().IsMatch(Preceding(text, said.Index, 40)))
            && !Quoted(text, cue) && !context.InQuote)
            // ("As I said at our meeting, ODIHR will publish …": or the body they head)
            return found.FirstOrDefault(m => Inside(m, subject) && m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State or ActorKind.Institution or ActorKind.Organisation) is { } mine
                   && ((context.Names?.SpeaksFor(me, on) ?? Party(me, on, context))?.Id == mine.Actor.Id || Party(me, on, context, institutions: true)?.Id == mine.Actor.Id)
                ? (me, mine.Actor, said.Groups["him"].Success ? found.LastOrDefault(m => m.End <= said.Index && m.Actor.Kind is ActorKind.Official or ActorKind.Person && m.Actor.Id != me.Id)?.Actor : null)
                : null;
        // ("Kombos, who met Ukrainian Foreign Minister Andrii Sybiha in Kyiv on Oct. 14, said Cyprus would …": who speaks is named before
        // the clause that tells who they met)
        var speakerBefore = RelativeClauseBefore().Match(text, Math.Min(from, said.Index), said.Index - Math.Min(from, said.Index)) is { Success: true } clause ? clause.Index : said.Index;
        var speaker = found.LastOrDefault(m => m.End <= speakerBefore && m.Actor.Kind is ActorKind.Official or ActorKind.Person);
        ActorRef? metFirst = null;
        // ("He met OSCE Secretary General Feridun Sinirlioğlu in Vienna on 18 November 2026 and announced that Uzbekistan would …": a
        // saying joined by "and" is said by the sentence's subject, not by whom its first verb met; "President Japarov thanked the
        // Secretary General for … and said Kyrgyzstan would host …": nor by whom it thanked)
        if (speaker is not null && Preceding(text, said.Index, 5).EndsWith(" and ", StringComparison.Ordinal) && MetBefore().IsMatch(Preceding(text, speaker.Start, 60))
            && found.FirstOrDefault(m => m.End <= speaker.Start && m.Actor.Kind is ActorKind.Official or ActorKind.Person && !Governed(text, m)) is { } subjectOfBoth)
            (speaker, metFirst) = (subjectOfBoth, speaker.Actor);
        // ("The Minister noted that Kazakhstan values the HCNM's expert support and said that the Ministry … would …": a saying joined by "and"
        // to one before it is said by that one's subject, not by whom the words of the first name)
        var sayingFirst = speaker is not null && Preceding(text, said.Index, 5).EndsWith(" and ", StringComparison.Ordinal) && SpeechVerb().Match(text, 0, said.Index) is { Success: true } first
                          && first.Index < speaker.Start && text.AsSpan(first.Index + first.Length).StartsWith(" that ", StringComparison.Ordinal) ? first : null;
        if (sayingFirst is not null)
            speaker = found.LastOrDefault(m => m.End <= sayingFirst.Index && m.Actor.Kind is ActorKind.Official or ActorKind.Person);
        // ("The Minister informed that the Kyrgyz side would submit …": a title standing for the official the document names so)
        if (speaker is null && TitleRightBefore(text, sayingFirst?.Index ?? speakerBefore) is { Success: true } title && Titled(title, context, on) is { } titled)
            found = [.. found.Append(speaker = new Mention(titled, title.Index, title.Index + title.Length, "actor:title")).OrderBy(m => m.Start)];
        if (speaker is null) return null;
        var named = found.FirstOrDefault(m => Inside(m, subject) && m.Actor.Kind is not (ActorKind.Official or ActorKind.Person));
        // ("Coale told reporters after the meeting that Washington would ease sanctions …": a capital said to act is its State)
        // (not one whose State the sentence names otherwise: "the Moldovan Government's commitment … and said that Chisinau would …")
        if (named is null && Capitals.Seat(subject.Value) is { } seat && context.Names?.First(seat, on) is { } seatOf && found.All(m => m.Actor.Id != seatOf.Id))
            named = new Mention(seatOf, subject.Index, subject.Index + subject.Length, "actor:seat");
        // ("Cassis met President Tokayev, who told him that …": "him" is the other one the sentence named before)
        var told = said.Groups["him"].Success ? found.LastOrDefault(m => m.End <= speaker.Start && m.Actor.Kind is ActorKind.Official or ActorKind.Person && m.Actor.Id != speaker.Actor.Id)?.Actor
            // ("Ambassador Sutter told Minister Popșoi that the United States would …", "Ambassador Zhakupov informed the Secretary General
            // that Kazakhstan would …": or the one named as told)
            : said.Groups["listener"] is { Success: true } listener && ToldVerb().IsMatch(said.Value)
              ? found.FirstOrDefault(m => Inside(m, listener) && m.Actor.Kind is ActorKind.Official or ActorKind.Person && m.Actor.Id != speaker.Actor.Id)?.Actor ?? metFirst
              : metFirst;
        if (said.Groups["own"].Success) return (speaker.Actor, named?.Actor ?? (OwnState().IsMatch(subject.Value) ? Party(speaker.Actor, on, context) : null), told);
        // (a minister of no State named, "Foreign Minister Constantinos Kombos", of the State the document is about)
        // ("ODIHR Director Maria Telalian said that ODIHR would publish …": or the body the speaker heads)
        // ("Swiss Foreign Minister Ignazio Cassis …", the Chairperson-in-Office: "Cassis told reporters that Switzerland would contribute …":
        // or the State the document calls them the foreign minister of)
        return named is { } side && found.Any(m => m.End <= said.Index && (Party(m.Actor, on, context) is { } spoken && spoken.Id == side.Actor.Id
                                                                           || m.Actor.Kind is ActorKind.Official && side.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State
                                                                              && context.Names?.Serves(m.Actor, side.Actor) == true
                                                                           // ("Prime Minister Irakli Kobakhidze told this Council that Georgia would …" in the United States' statement:
                                                                           // an official the dictionary gives no State, taken for the author's only for want of one, speaks for the
                                                                           // other State they say will act)
                                                                           || m.Actor.Kind is ActorKind.Official && side.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State
                                                                              && context.Author is { Kind: ActorKind.ParticipatingState or ActorKind.State } authoringState && side.Actor.Id != authoringState.Id
                                                                              && context.Names?.SpeaksFor(m.Actor, on) is null && Party(m.Actor, on, context)?.Id == authoringState.Id
                                                                           || side.Actor.Kind is ActorKind.Institution && (Party(m.Actor, on, context, institutions: true) is { } body && body.Id == side.Actor.Id
                                                                               // ("Sinirlioğlu said the Secretariat would send …": the body the speaker heads)
                                                                               || context.Names is { } heads && HeadOf(side.Actor, heads, on)?.Id == m.Actor.Id)))
            ? (speaker.Actor, side.Actor, told) : null;
    }

    /// <summary>Whom a meeting's verb (or a thanking's) has as its object, with their title: "met OSCE Secretary General ", "received the Head of the ", "thanked the ".</summary>
    [GeneratedRegex(@"\b(met|meets|received|receives|thanked|thanks|congratulated|briefed)\s+(with\s+)?(the\s+)?((?-i:\p{Lu})[\w’'.-]*\s+|of\s+(the\s+)?){0,8}$")]
    private static partial Regex MetBefore();

    [GeneratedRegex(@"\b(government|country|side|authorities|administration|chairmanship|chairpersonship|presidency)$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnState();


    /// <summary>A talking point's telling, in the imperative, up to the subject before "will": "• Confirm that the Secretariat ", "Reiterate that Malta ".</summary>
    [GeneratedRegex(@"^\W*(Confirm|Reaffirm|Reiterate|Stress|Underline|Emphasi[sz]e|Assure\s+(him|her|them|the\s+\w+)|Inform\s+(him|her|them|the\s+\w+))\s+that\s+(?<subject>(the\s+)?\p{Lu}[\w-]+(\s+\p{Lu}[\w-]+){0,4})\s+$")]
    private static partial Regex ToldInBrief();

    /// <summary>An "I" that is the subject of the sentence's telling: "… I met the Secretary General … and told him".</summary>
    [GeneratedRegex(@"(^|[^\p{L}’'])I\s+(\p{Ll}+\s+){0,2}(met|told|said|assured|informed|spoke|wrote|reminded|stressed|made\s+clear|announce)\b")]
    private static partial Regex IBefore();

    /// <summary>The speaker's own "I" right before a verb of telling: "I can ", "I am pleased to ", "I would like to ".</summary>
    [GeneratedRegex(@"\bI\s+(can|am\s+(pleased|happy|glad)\s+to|would\s+like\s+to|wish\s+to)\s+$")]
    private static partial Regex IAnnounce();

    /// <summary>A relative clause set off before a verb of saying: ", who met Ukrainian Foreign Minister Andrii Sybiha in Kyiv on Oct. 14, ".</summary>
    [GeneratedRegex(@",\s+who\s+[^,;]+(,\s+\d{4})?,\s*$")]
    private static partial Regex RelativeClauseBefore();

    // ("told this Council that Georgia would …", "said that the Ministry of Education would …", "informed the President that the National
    // Assembly would …", "announced that the 2027 Chairpersonship would …")
    [GeneratedRegex(@"\b(said|says|told|tells|assured|assures|informed|announce|announced|announces|stated|confirmed|noted|added|explained|replied|stressed|underlined|emphasi[sz]ed|reiterated|pointed\s+out)\b(,\s+(however|also|further|moreover),)?(\s+((?<him>him|her)|them|us|me|(?<listener>(the|this)\s+(?-i:\p{Lu})[\w-]+(\s+(?-i:\p{Lu})[\w-]+)?)|the\s+\w+|reporters|journalists|lawmakers|ambassadors|diplomats|delegates|envoys|participants|(?<listener>(?-i:\p{Lu})[\w-]+(\s+(?-i:\p{Lu})[\w-]+)?)))?(\s+(on\s+)?((?-i:\p{Lu})\w+\.?\s+\d{1,2}|\d{1,2}\s+(?-i:\p{Lu})\w+|(?-i:\p{Lu})\w+day)|\s+(yesterday|today|last\s+week))?(\s+in\s+(?-i:\p{Lu})[\w-]+)?(\s+(at|during|after|following)\s+(our|the|their|that)\s+(meeting|talks),?|,\s+(after|following|during|before|when)\s+[^;.]{1,140}?,)?\s+(that\s+)?(?<subject>(?<itself>(?-i:it|they))|(?<own>(the|his|her|their|its)\s+((?-i:\p{Lu})\w+\s+|(19|20)\d\d\s+)?(municipality|city|government|ministry|country|authorities|side|administration|parliament|assembly|office|organi[sz]ation|chairmanship|chairpersonship|presidency|commission|agency|council|committee|regulator|institution)(\s+(of|for)\s+(the\s+)?(?-i:\p{Lu})\w+(\s+(and\s+)?(?-i:\p{Lu})\w+){0,2})?|(?-i:Parliament|Government))|(the\s+)?(?-i:\p{Lu})[\w-]+(\s+(?-i:\p{Lu})[\w-]+){0,2})\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ReportedSubject();

    private static bool SpeakersBodyPledges(string text, IReadOnlyList<Mention> found, int cue, Context context) =>
        Speaker(text, found, Pronominal(context)) is { } speaker && found.FirstOrDefault(m => m.End <= cue) is { } subject
        && context.Names?.SpeaksFor(speaker, context.Published ?? context.Undated) is { } side && side.Id == subject.Actor.Id;

    /// <summary>
    /// "the President of Eurac Research": a body named as its head's, the head unnamed; not "the Secretary General of the OSCE H.E.
    /// Helga Schmid", nor "Mr. Greminger, Secretary General of the OSCE", where a person stands beside the title ("… and later with
    /// Governor X" is someone else).
    /// </summary>
    private static bool HeadMetUnnamed(string text, IReadOnlyList<Mention> found, Mention body) =>
        // ("met Wednesday with the President of the Grand National Assembly of Turkey": the State whose parliament's head was met)
        ((body.Actor.Kind is ActorKind.Organisation or ActorKind.CivilSociety or ActorKind.NationalInstitution && HeadOfBody().IsMatch(Preceding(text, body.Start, 40)))
         || (body.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State && HeadOfParliament().IsMatch(Preceding(text, body.Start, 80))))
        && !found.Any(p => p.Actor.Kind is ActorKind.Official or ActorKind.Person
                           && (p.Start >= body.End ? p.Start - body.End < 80 && !Joining().IsMatch(text.AsSpan(body.End, p.Start - body.End))
                               : body.Start - p.End is >= 0 and < 60 && !Joining().IsMatch(text.AsSpan(p.End, body.Start - p.End))));

    /// <summary>Whether a possessive "’s" follows at <paramref name="at"/> (a name's end): "Kosovo's Minister", "ODIHR's support".</summary>
    private static bool PossessiveAt(string text, int at) =>
        text.AsSpan(at).StartsWith("’s", StringComparison.Ordinal) || text.AsSpan(at).StartsWith("'s", StringComparison.Ordinal);

    /// <summary>Those of <paramref name="counterparts"/> that are not <paramref name="dropped"/>, unless that would leave none.</summary>
    private static List<ActorRef> UnlessAll(List<ActorRef> counterparts, Func<ActorRef, bool> dropped) =>
        counterparts.Where(c => !dropped(c)).ToList() is { Count: > 0 } kept && kept.Count < counterparts.Count ? kept : counterparts;

    /// <summary>"host an ", "organise a ": what follows names the gathering hosted ("an OSCE regional conference").</summary>
    [GeneratedRegex(@"\b(host|hold|organi[sz]e|convene)\s+(a|an|the)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex HostedGathering();

    /// <summary>"in the run-up to the 2027 Cypriot ", "ahead of the ": what follows times something.</summary>
    [GeneratedRegex(@"\b(in\s+the\s+(run|lead)-up\s+to|ahead\s+of|in\s+preparation\s+for)\s+(the\s+)?([\w-]+\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex RunUpTo();

    /// <summary>
    /// "submit the amendments to the ", "present the report to the ", "send an official inquiry to the ": where something is put, or a
    /// letter or a request sent (not "send … to ODIHR" otherwise: whom an invitation is for).
    /// </summary>
    [GeneratedRegex(@"\b((submit|table|present|refer|forward|introduce)\w*\s+[^.;,]{0,60}?|send\s+(an?\s+|the\s+|its\s+|their\s+)?(official\s+|formal\s+|written\s+)?(inquiry|enquiry|request|letter|query|complaint|appeal)s?\s+([^.;,]{0,40}?\s+)?)\bto\s+(the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SentTo();

    /// <summary>Where what a speaker said will be done is told: " would ", " will ".</summary>
    [GeneratedRegex(@" (would|will) ")]
    private static partial Regex SaidWould();

    /// <summary>
    /// Whether the sentence names <paramref name="actor"/> and names it only in the way <paramref name="how"/> says; an actor it does
    /// not name at all (one of "the countries" last listed, a side of the last meeting) is not named only so.
    /// </summary>
    private static bool NamedOnlyAs(IReadOnlyList<Mention> mentions, ActorRef actor, Func<Mention, bool> how)
    {
        var named = false;
        foreach (var m in mentions.Where(m => m.Actor.Id == actor.Id))
        {
            if (!how(m)) return false;
            named = true;
        }

        return named;
    }

    /// <summary>
    /// Whom an official speaks for: their office's State or body (with <paramref name="institutions"/>, the OSCE institution or
    /// field operation itself), else, for a minister the document names no State for, the State it is about.
    /// </summary>
    private static ActorRef? Party(ActorRef official, PartialDate on, Context context, bool institutions = false) =>
        context.Names?.SpeaksFor(official, on, institutions) ?? (context.Names?.MinisterOfUnnamedState(official) == true ? context.Names.StateFirstNamedUnder(official) ?? context.MainState : null);

    /// <summary>The States <paramref name="officials"/> speak for that are not already among <paramref name="counterparts"/> or <paramref name="actors"/>.</summary>
    private static List<ActorRef> StatesOf(IEnumerable<ActorRef> officials, IReadOnlyList<ActorRef> counterparts, IReadOnlyList<ActorRef> actors, PartialDate on, Context context) =>
        [.. officials.Select(o => Party(o, on, context)).OfType<ActorRef>()
            .Where(p => p.Kind is ActorKind.ParticipatingState or ActorKind.State && counterparts.All(c => c.Id != p.Id) && actors.All(a => a.Id != p.Id)).DistinctBy(p => p.Id)];

    /// <summary>
    /// "We commend the Representative’s office for its work", "support the mandate of the Representative on Freedom of the Media": the
    /// holder of a one-person office named as the office (its own office, its mandate) is the institution, not the person.
    /// </summary>
    private static IReadOnlyList<Mention> AsOffices(string text, IReadOnlyList<Mention> found, Context context)
    {
        // ("Welcomes the work of the OSCE Representative on Freedom of the Media": the office's work)
        if (context.Names is not { } names || !(text.Contains("office", StringComparison.OrdinalIgnoreCase) || text.Contains("mandate", StringComparison.Ordinal) || text.Contains("work of", StringComparison.Ordinal))) return found;
        var on = context.Published ?? context.Undated;
        Mention AsOffice(Mention m) =>
            m.Actor.Kind is ActorKind.Official && (OfficeAfter().IsMatch(text.AsSpan(m.End)) || MandateOf().IsMatch(Preceding(text, m.Start, 24)))
            && names.SpeaksFor(m.Actor, on, institutions: true) is { Kind: ActorKind.Institution } office && Mentions.Office(office)
                ? m with { Actor = office }
                : m;
        return [.. found.Select(AsOffice)];
    }

    [GeneratedRegex(@"^(’s|'s)\s+[Oo]ffice\b")]
    private static partial Regex OfficeAfter();

    [GeneratedRegex(@"\b(mandate|office|work)\s+of\s+(the\s+)?(OSCE\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex MandateOf();

    /// <summary>The State a field operation works in: "Mission to Bosnia and Herzegovina", "Programme Office in Bishkek".</summary>
    private static ActorRef? HostState(ActorRef operation, Mentions names, PartialDate on) =>
        HostOf().Match(operation.Name) is { Success: true } host
            ? names.First(host.Groups["place"].Value, on) is { Kind: ActorKind.ParticipatingState or ActorKind.State } state ? state
            : Capitals.State(host.Groups["place"].Value) is { } capital ? names.First(capital, on) : null
            : null;

    [GeneratedRegex(@"\b(to|in)\s+(the\s+)?(?<place>\p{Lu}.*)$")]
    private static partial Regex HostOf();

    /// <summary>The States whose capitals hold OSCE seats (Vienna, Warsaw, The Hague, Prague, Copenhagen): a dateline there says where the OSCE spoke, not about whom.</summary>
    private static readonly HashSet<string> OsceSeats = new(StringComparer.Ordinal) { "Austria", "Poland", "The Netherlands", "Czechia", "Denmark" };

    /// <summary>A day-precise date widened to its month: a visit, or a day of it, the news does not pin down.</summary>
    private static FoundDate ToMonth(FoundDate day) => day with { Date = PartialDate.Parse(day.Date.Text[..7]) };

    /// <summary>Who says a sentence: whom it reports saying it, else, inside a quotation, whoever the quotation is attributed to.</summary>
    private static ActorRef? Voice(string text, IReadOnlyList<Mention> found, Context context) =>
        Speaker(text, found, Pronominal(context)) ?? WeSaid(text, context) ?? ObserversSaid(text, context) ?? TitledSpeaker(text, context) ?? BodySpeaking(text, context) ?? ExpertsSpeaking(text, context)
        ?? (StartsQuoted(text) || context.InQuote ? context.NextSpeaker ?? context.Quoting : null);

    /// <summary>"…, international observers said at a press conference": the body whose observation mission the document names (in another's document: in its own, the author speaks).</summary>
    private static ActorRef? ObserversSaid(string text, Context context) =>
        context.Observers is { } observers && observers.Id != context.Author?.Id && text.Contains("observers", StringComparison.Ordinal) && ObserversSay().IsMatch(text) ? observers : null;

    [GeneratedRegex(@"\b(international\s+)?(election\s+)?observers\s+(said|say|says|stated|concluded|found|noted|reported)\b")]
    private static partial Regex ObserversSay();

    [GeneratedRegex(@"\bobservation\s+mission\s+(\(\w+\)\s+)?of\s+")]
    private static partial Regex ObservationMissionOf();

    /// <summary>"We have repeatedly said that ODIHR has turned into …": the document's own voice, saying it of whom the clause names.</summary>
    private static ActorRef? WeSaid(string text, Context context) =>
        (context.Author ?? context.Speaking) is { } we && FirstSpeechVerb(text) is { } verb && WeBeforeVerb().IsMatch(text.AsSpan(0, verb.Index)) ? we : null;

    [GeneratedRegex(@"^\W*(We|I)\s+((have|had|also|repeatedly|always|often|long|consistently)\s+){0,3}$")]
    private static partial Regex WeBeforeVerb();

    /// <summary>"“…,” the experts said.": the experts a release is by (its author, then, is one of them, <see cref="Experts"/>).</summary>
    private static ActorRef? ExpertsSpeaking(string text, Context context) =>
        context.Author is { Kind: ActorKind.Official or ActorKind.Person } expert && ExpertsSaid().IsMatch(text) ? expert : null;

    [GeneratedRegex(@"\bthe\s+(UN\s+)?experts?\s+(said|say|says|added|stressed|noted|warned|recalled)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExpertsSaid();

    /// <summary>"the foreign minister said Armenia values …", "the Armenian FM said …": a title standing for an official the document has named speaks.</summary>
    private static ActorRef? TitledSpeaker(string text, Context context)
    {
        if (context.Officials is not { Count: > 0 }) return null;
        foreach (var verb in SpeechVerbs(text))
            if (TitleRightBefore(text, verb.Index) is { Success: true } anaphor)
                return Titled(anaphor, context, context.Published ?? context.Undated);
        return null;
    }

    /// <summary>
    /// The official a title stands for ("the Slovak Minister", "the Turkish official"): the last named of the State its adjective
    /// names, else the last named not known to speak for another State.
    /// </summary>
    private static ActorRef? Titled(Match anaphor, Context context, PartialDate on)
    {
        var titled = Demonyms.State(Names.Fold(anaphor.Groups["adj"].Value)) is { } stateName ? context.Names?.First(stateName, on) : null;
        // "I met President Serdar Berdimuhamedov …. The President assured me that …": the one the document titles so, and no one else
        if (titled is null && Presiding().Match(anaphor.Value) is { Success: true } presiding)
            return (presiding.Value == "Speaker" ? SpeakerTitles : PresidentTitles).Select(t => context.Names?.First(t, on))
                .FirstOrDefault(a => a is { Kind: ActorKind.Official }) is { } presides && (context.Officials ?? []).Any(o => o.Id == presides.Id) ? presides : null;
        // "the foreign minister" is not the Secretary General named after him: a minister's title stands for no one heading a body
        var officials = (context.Officials ?? []).Where(o => !Ministerial().IsMatch(anaphor.Value)
            || context.Names?.SpeaksFor(o, on, institutions: true) is not { Kind: ActorKind.Organisation or ActorKind.Institution or ActorKind.FieldOperation }).ToList();
        // "The Minister highlighted …" after "Foreign Minister Bakhtiyor Saidov received the OSCE Project Co-ordinator, Ambassador …":
        // the one the document titles so, not the last named
        if (titled is null && Ministerial().IsMatch(anaphor.Value)
            && anaphor.Value[(anaphor.Groups["adj"].Success ? anaphor.Groups["adj"].Index + anaphor.Groups["adj"].Length - anaphor.Index : 4)..].Trim().ToLowerInvariant() is var title
            && new[] { title, title == "minister" ? "foreign minister" : null }.OfType<string>().Select(t => context.Names?.First(t, on)).FirstOrDefault(a => a is { Kind: ActorKind.Official }) is { } holder
            && officials.Any(o => o.Id == holder.Id))
            return holder;
        // (a minister learnt with no State named is of the State the document is about: "The Moldovan official thanked …")
        ActorRef? Side(ActorRef official) => Party(official, on, context) is { Kind: ActorKind.ParticipatingState or ActorKind.State } side ? side : null;
        // ("Minister for Foreign Affairs of Ukraine Andrii Sybiha held bilateral meetings with: … Foreign Minister of Cyprus …. The Minister
        // thanked …" on the Ukrainian ministry's site: of several ministers, the ministry's own)
        if (titled is null && Ministerial().IsMatch(anaphor.Value) && context.Author is { Kind: ActorKind.ParticipatingState or ActorKind.State } ministrysState
            && officials.Where(o => Side(o)?.Id == ministrysState.Id).Take(2).ToList() is [var ministrysOwn])
            return ministrysOwn;
        // ("Lavrov said that the OSCE had lost its way. «…», — Lavrov said … following talks with … Minister Maxim Ryzhenkov. «…», — the
        // minister stressed": of two ministers, the one the story has speaking)
        return (titled is null ? null : officials.FirstOrDefault(o => Side(o)?.Id == titled.Id))
               ?? (titled is null && Ministerial().IsMatch(anaphor.Value) && context.LastJudge is { } judge && officials.Any(o => o.Id == judge.Id) ? judge : null)
               ?? officials.FirstOrDefault(o => titled is null || Side(o) is not { } other || other.Id == titled.Id);
    }

    /// <summary>"The group said the EU should press …", "The New York-based human rights watchdog noted that …": the body last named acting speaks.</summary>
    private static ActorRef? BodySpeaking(string text, Context context) =>
        context.LastBody is { } body && FirstSpeechVerb(text) is { } verb && BodyAnaphor().IsMatch(text.AsSpan(0, verb.Index)) ? body : null;

    /// <summary>A title standing for an official ("the Slovak Minister ", "the Armenian FM ") ending right before <paramref name="at"/>.</summary>
    /// <summary>Who opens the sentence as its subject: an official or body named first, or a title standing for one ("The envoy welcomed …").</summary>
    private static ActorRef? OpeningSubject(string text, IReadOnlyList<Mention> found, Context context, PartialDate on) =>
        found is [{ Start: <= 4 } first, ..] && first.Actor.Kind is ActorKind.Official or ActorKind.Person or ActorKind.Institution or ActorKind.Organisation ? first.Actor
        : OpeningTitle().Match(text) is { Success: true } anaphor ? Titled(anaphor, context, on)
        : null;

    private static Match TitleRightBefore(string text, int at) => TitleAnaphor().Match(text, Math.Max(0, at - 60), at - Math.Max(0, at - 60));

    private static bool StartsQuoted(string text) => text.TrimStart() is [ '“' or '"', ..];

    /// <summary>Whether every quotation a sentence opens is closed in it.</summary>
    private static bool Closed(string text) => text.Count(c => c == '“') <= text.Count(c => c == '”') && text.Count(c => c == '"') % 2 == 0;

    /// <summary>Whom "he said", "she wrote" means: the official last named, unless that is someone the news is about (a journalist detained), then the official who last judged.</summary>
    private static ActorRef? Pronominal(Context context) => context.LastOfficial is { Kind: ActorKind.Official } official ? official : context.LastJudge ?? context.LastOfficial;

    /// <summary>"…, the Norwegian Helsinki Committee, Adil Soz and the Association … said": the organisations listed with the speaker speak with it.</summary>
    private static List<ActorRef> Chain(string text, IReadOnlyList<Mention> found, ActorRef speaker)
    {
        var chain = new List<ActorRef> { speaker };
        var i = found.Count - 1;
        while (i >= 0 && found[i].Actor.Id != speaker.Id) i--;
        // "The Office for Democratic Institutions and Human Rights (ODIHR) and the OSCE Parliamentary Assembly (PA) stated": an institution too
        // (mentions sharing a span, as the members of "the autonomous institutions" do, are one phrase, not a list)
        while (i > 0 && speaker.Kind is ActorKind.Organisation or ActorKind.CivilSociety or ActorKind.Institution && found[i - 1].Actor.Kind is ActorKind.Organisation or ActorKind.CivilSociety or ActorKind.Institution
               && found[i - 1].End <= found[i].Start && (found[i - 1].Actor.Id == found[i].Actor.Id ? text[found[i - 1].End..found[i].Start] is " (" : text[found[i - 1].End..found[i].Start].TrimStart(')') is ", " or " and " or ", and " or " and the " or ", the "))
        {
            if (chain[0].Id != found[i - 1].Actor.Id) chain.Insert(0, found[i - 1].Actor);
            i--;
        }

        return chain;
    }

    /// <summary>The <paramref name="width"/> characters before <paramref name="index"/> (fewer at the start): where an end-anchored check looks, not the whole text before it.</summary>
    /// <remarks>(an index past the text's end, as a day carried over from another sentence may have, is read as the end)</remarks>
    private static ReadOnlySpan<char> Preceding(string text, int index, int width)
    {
        index = Math.Min(index, text.Length);
        return text.AsSpan(Math.Max(0, index - width), index - Math.Max(0, index - width));
    }

    /// <summary>Whether a position lies within a quotation: opened in this sentence, or before it and not yet closed.</summary>
    private static bool InQuotation(string text, int index, Context context) =>
        Quoted(text, index) || (context.InQuote && text.IndexOfAny(['”', '"']) is var close && (close < 0 || index < close));

    /// <summary>Whether a position inside a sentence lies within quotation marks.</summary>
    private static bool Quoted(string text, int index)
    {
        var (curly, straight) = (0, 0);
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '“') curly++;
            else if (text[i] == '”') curly = Math.Max(0, curly - 1);
            else if (text[i] == '"') straight++;
        }

        return curly > 0 || straight % 2 == 1;
    }

    /// <summary>"the authorities", "the government" with no State named: the State the document is about.</summary>
    /// <summary>The State whose capital the text starts with ("Dushanbe on Monday" → Tajikistan).</summary>
    private static ActorRef? StateOfCapital(Mentions? names, string text, PartialDate on) => Capitals.State(text) is { } state ? names?.First(state, on) : null;

    /// <summary>The government a city opening the sentence stands for as its subject ("Tashkent has also pledged", "Brussels should …").</summary>
    private static ActorRef? SeatOf(Mentions? names, string text, PartialDate on) => Capitals.Seat(text) is { } seat ? names?.First(seat, on) : null;

    /// <summary>The State of the capital a sentence opens on: "In Belgrade, …", "While in Helsinki, …".</summary>
    private static ActorRef? StateOpenedOn(Mentions names, string sentence, PartialDate on) => OpensOnPlace().IsMatch(sentence) ? StateOfCapital(names, sentence, on) : null;

    private static IReadOnlyList<Mention> WithAuthorities(string text, IReadOnlyList<Mention> found, ActorRef state, Mentions? names, PartialDate on, ActorRef? previous = null)
    {
        // (most sentences name neither: they are not scanned)
        if (!text.Contains("authorities", StringComparison.Ordinal) && !text.Contains("overnment", StringComparison.Ordinal) && !text.Contains(" Govt", StringComparison.Ordinal) && !text.Contains("he Minist", StringComparison.Ordinal)
            && !text.Contains("State party", StringComparison.Ordinal) && !text.Contains("of Ministers", StringComparison.Ordinal)) return found;
        // "concern over … in Kazakhstan and urged the authorities of the country to …": the State named last before them, else the document's
        var more = Authorities().Matches(text).Where(m => found.All(f => m.Index >= f.End || m.Index + m.Length <= f.Start))
            .Select(m => new Mention(InCapital(text, m.Index + m.Length) ?? found.LastOrDefault(f => f.End <= m.Index && f.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State)?.Actor
                                     ?? OwnersState(m.Index) ?? OpeningGovernment(m) ?? state, m.Index, m.Index + m.Length, "actor:authorities")).ToList();
        // ("… Kazakh President Kassym-Jomart Tokayev’s promises …. The government decriminalized defamation, …": a government a sentence
        // opens on is that of the State the sentence before was about)
        ActorRef? OpeningGovernment(Match m) => m.Index <= 3 && m.Value.StartsWith("The g", StringComparison.Ordinal) ? previous : null;
        // ("Georgia's Public Defender Levan Ioseliani said … that the authorities had failed …": or the State whose office the one
        // speaking holds, named in the possessive before them)
        ActorRef? OwnersState(int before) =>
            names is null ? null
            : StateOwning().Matches(text[..before]).Select(o => names.First(o.Groups["state"].Value, on)).LastOrDefault(a => a is { Kind: ActorKind.ParticipatingState or ActorKind.State });
        // "the authorities in Baku": the State whose capital it is
        ActorRef? InCapital(string sentence, int end) =>
            CapitalAfter().Match(sentence, end) is { Success: true } at ? StateOfCapital(names, sentence[(at.Index + at.Length)..], on) : null;
        // ("the Georgian Dream-led government has adopted laws that …": a government named by the party that leads it, after its State's adjective)
        if (names is not null && text.Contains("-led government", StringComparison.Ordinal))
            more.AddRange(PartyLedGovernment().Matches(text).Where(m => found.All(f => m.Index >= f.End || m.Index + m.Length <= f.Start))
                .Select(m => (Match: m, State: Demonyms.State(Core.Names.Fold(m.Groups["adjective"].Value)) is { } ledState ? names.First(ledState, on) : null))
                .Where(x => x.State is { Kind: ActorKind.ParticipatingState or ActorKind.State })
                .Select(x => new Mention(x.State!, x.Match.Index, x.Match.Index + x.Match.Length, "actor:authorities")));
        return more.Count == 0 ? found : [.. found.Concat(more).OrderBy(m => m.Start)];
    }

    /// <summary>"the Georgian Dream-led government": a State's adjective, the party that leads its government, and the government.</summary>
    [GeneratedRegex(@"\b(?<adjective>\p{Lu}\p{L}+)\s+(\p{Lu}[\p{L}']*\s+){0,3}?\p{Lu}[\p{L}']*-led\s+government\b")]
    private static partial Regex PartyLedGovernment();

    /// <summary>
    /// "the authorities", "the government", "the local authorities"; and "the Government", "the Ministry", "the Council of Ministers", named by no more than that
    /// ("Under the memorandum, the Ministry undertakes to …", "supporting the Government's reform agenda").
    /// </summary>
    // ("The Committee urged the State party to …": a treaty body's name for the State whose report it reviews)
    // ("said that the Ministry of Education would present …": a ministry named by its portfolio alone, the State's)
    // ("The government promised at the time that …": so is a government a sentence opens on; not "The authorities are punishing him …",
    // said by someone whose words they are)
    [GeneratedRegex(@"\bthe\s+State\s+party\b|\b(the|its|their|(The|Its|Their)(?=\s+((local|regional|municipal|central|cantonal|provincial|district)\s+)?(government|govt)\b))\s+((local|regional|municipal|central|cantonal|provincial|district)\s+)?([Gg]overnment|[Gg]ovt|authorities)\b(?!\s+of\s+(the\s+)?\p{Lu})|\blocal\s+authorities\b|\b[Tt]he\s+Minister\s+(of|for)\s+(the\s+)?(Interior|Internal\s+Affairs|Justice)\b(?!\s+(of\b|\p{Lu})|,\s+\p{Lu})|\b[Tt]he\s+Ministry\s+(of|for)\s+(the\s+)?(Education|Justice|Interior|Internal\s+Affairs|Culture|Health|Finance|Defen[cs]e|Labour|Economy|Information|Digital\s+Development)(\s+and\s+(Science|Sport|Social\s+Protection|Information|Culture|Youth))?\b(?!\s+(of|for)\b|’s\s+\p{Lu}|'s\s+\p{Lu})|\b[Tt]he\s+(Ministry|Government|CoM|(?<!\b(Chair|Chairman|Chairwoman|Chairperson|President|Head|Secretary|Member|Members)\s+of\s+the\s+)(Council|Cabinet)\s+of\s+Ministers)\b(?!\s+(of|for)\b|’s\s+\p{Lu}|'s\s+\p{Lu})")]
    private static partial Regex Authorities();

    [GeneratedRegex(@"\G\s+in\s+")]
    private static partial Regex CapitalAfter();

    /// <summary>"Georgia's Public Defender", "Moldova’s Foreign Minister": a State's name in the possessive before an office.</summary>
    [GeneratedRegex(@"\b(?<state>\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)['’]s\s+(?:[\p{Lu}][\p{L}-]+\s+){1,4}")]
    private static partial Regex StateOwning();

    /// <summary>
    /// "met with representatives of civil society", "civil society representatives from Kazakhstan", "political parties and
    /// non-governmental organizations", "representatives of local communities", "of national minority communities": a State's civil society, unnamed; the State the phrase names, else the one the document is about.
    /// </summary>
    /// <summary>
    /// "the de facto authorities in Tiraspol", "the Transnistrian de facto authorities", "the Transnistrian side", "Tiraspol dismissed
    /// …" (the seat not named as a place, nor as one end of "between Chisinau and Tiraspol"), "the so-called „law enforcement bodies”
    /// of the Transnistrian region", "the detention of a Moldovan journalist in Tiraspol", "the illegal structures in Tiraspol": those who hold power in a breakaway region (and
    /// detain there), a party of their own (not the State the region lies in).
    /// </summary>
    private static readonly SearchValues<string> Breakaway = SearchValues.Create(["Transnistria", "Transdniestria", "Tiraspol", "Abkhaz", "Ossetia", "Sukhum", "Tskhinvali"], StringComparison.Ordinal);

    private static IReadOnlyList<Mention> WithDeFactoAuthorities(string text, IReadOnlyList<Mention> found)
    {
        if (!text.Contains("de facto", StringComparison.OrdinalIgnoreCase) && !text.AsSpan().ContainsAny(Breakaway)) return found;
        var result = found.ToList();
        foreach (Match m in DeFacto().Matches(text))
        {
            result.RemoveAll(f => f.Start < m.Index + m.Length && f.End > m.Index);
            result.Add(new Mention(DeFactoAuthorities(m).Authorities, m.Index, m.Index + m.Length, "actor:de-facto"));
        }

        return [.. result.OrderBy(f => f.Start)];
    }

    /// <summary>The de facto authorities a match of <see cref="DeFacto"/> names (the Transnistrian, Abkhaz or South Ossetian), and the State their region lies in.</summary>
    private static (ActorRef Authorities, string State) DeFactoAuthorities(Match m)
    {
        var where = Core.Names.Fold(m.Groups["where"].Value);
        var (adjective, state) = where.StartsWith("tiraspol", StringComparison.Ordinal) || where.StartsWith("trans", StringComparison.Ordinal) ? ("Transnistrian", "Moldova")
            : where.StartsWith("sukhum", StringComparison.Ordinal) || where.StartsWith("abkhaz", StringComparison.Ordinal) ? ("Abkhaz", "Georgia") : ("South Ossetian", "Georgia");
        var name = $"{adjective} de facto authorities";
        return (new ActorRef(Actor.IdFor(name), name, ActorKind.Organisation), state);
    }

    /// <summary>"Chisinau and Tiraspol", "the Transnistrian side": a breakaway region's de facto authorities a sentence names, with the State the region lies in.</summary>
    private static IReadOnlyList<ActorRef>? ConflictNamed(string text, Mentions names, PartialDate on) =>
        text.AsSpan().ContainsAny(Breakaway) && DeFacto().Match(text) is { Success: true } m && DeFactoAuthorities(m) is var (deFacto, state)
        && names.First(state, on) is { } regionOf ? [regionOf, deFacto] : null;

    [GeneratedRegex(@"\bde\s+facto\s+authorities\s+(in|of)\s+(the\s+)?(?<where>Tiraspol|Transnistria|Transdniestria|Sukhumi?|Abkhazia|Tskhinvali|South\s+Ossetia)\b|\b(?<where>Transnistrian|Transdniestrian|Abkhaz|Abkhazian|South\s+Ossetian)\s+(de\s+facto\s+authorities|side|leadership|authorities)\b|(?<!\b(in|to|at|from|of|near|via|outside)\s)(?<!\bbetween\s+[\p{L}-]+\s+and\s)\b(?-i:(?<where>Tiraspol|Sukhumi?|Tskhinvali))\b|\bso-called\s+[„“""«‘']?[\p{L} -]{2,60}?[”""»’']?\s+of\s+(the\s+)?(?<where>Transnistrian|Transdniestrian|Abkhaz|Abkhazian|South\s+Ossetian)\s+region\b|\b(detentions?|detaining|arrests?|abductions?)\s+of\b[^.;]{1,80}?\s+in\s+(?-i:(?<where>Tiraspol|Sukhumi?|Tskhinvali))\b|\b(illegal|unconstitutional|self-proclaimed|separatist)\s+(structures|authorities|regime|leadership|administration)\s+(in|of)\s+(?-i:(?<where>Tiraspol|Sukhumi?|Tskhinvali))\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeFacto();

    private static IReadOnlyList<Mention> WithCivilSociety(string text, IReadOnlyList<Mention> found, Context context)
    {
        if (!text.Contains("civil society", StringComparison.OrdinalIgnoreCase) && !text.Contains("non-governmental", StringComparison.OrdinalIgnoreCase) && !text.Contains("NGOs", StringComparison.Ordinal)
            && !text.Contains("communities", StringComparison.OrdinalIgnoreCase) && !text.Contains("minorities", StringComparison.OrdinalIgnoreCase)
            && !text.Contains("representatives of", StringComparison.OrdinalIgnoreCase)) return found;
        var result = found.ToList();
        var added = false;
        foreach (Match m in CivilSociety().Matches(text))
        {
            var (start, end) = (m.Index, m.Index + m.Length);
            if (found.Any(f => f.Start < end && f.End > start && f.Actor.Kind is not (ActorKind.ParticipatingState or ActorKind.State))) continue;
            // "obstructing the work of civil society organisations": who suffers, not who takes part
            // (but "he praised the work of Georgian civil society": whose work is praised)
            if (VictimOf().IsMatch(text[Math.Max(0, start - 30)..start]) && !PraisedWorkOf().IsMatch(text.AsSpan(Math.Max(0, start - 60), Math.Min(60, start)))) continue;
            var named = m.Groups["from"].Success ? found.FirstOrDefault(f => f.Start >= m.Groups["from"].Index && f.Start < end && f.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State) : null;
            // "a coalition of Kazakhstani NGOs": the State the adjective names (none named by an adjective that is no State's)
            if (m.Groups["adj"].Success)
            {
                if (Demonyms.State(Core.Names.Fold(m.Groups["adj"].Value)) is not { } adjectiveOf || context.Names?.First(adjectiveOf, context.Published ?? context.Undated) is not { } adjectiveState) continue;
                named ??= new Mention(adjectiveState, start, end, "actor:demonym");
            }
            // "In Belgrade, … Valtonen met …. Minister Valtonen also met with civil society representatives": the civil society of
            // where the visitor is, not of the State the document names most (nor of the visitor's own)
            if (context.Names is not { } names || (named?.Actor ?? StateOpenedOn(names, text, context.Published ?? context.Undated) ?? context.Host ?? context.MainState) is not { } state) continue;
            var adjectives = Demonyms.For(state.Name).OrderByDescending(d => d.Length).ToList();
            if (adjectives.Count == 0) continue;
            var on = context.Published ?? context.Undated;
            var society = adjectives.Select(d => names.In($"{d} civil society", on, null).FirstOrDefault(x => x.Actor.Kind is ActorKind.CivilSociety && x.Start == 0)?.Actor).FirstOrDefault(a => a is not null)
                          ?? new ActorRef(Actor.IdFor($"{adjectives[0]} civil society"), $"{char.ToUpperInvariant(adjectives[0][0])}{adjectives[0][1..]} civil society", ActorKind.CivilSociety);
            result.RemoveAll(f => f.Start >= start && f.End <= end);
            result.Add(new Mention(society, start, end, "actor:civil-society"));
            added = true;
        }

        return added ? [.. result.OrderBy(f => f.Start)] : found;
    }

    /// <summary>
    /// "Serious challenges … remain in many parts of the region, said the ODIHR Director", "throughout the OSCE region": in a
    /// document about the OSCE, the region is its participating States, when the sentence names no State.
    /// </summary>
    private static ActorRef? Region(string text, IReadOnlyList<Mention> found, Context context) =>
        text.Contains("region", StringComparison.Ordinal) && !found.Any(f => f.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State) && RegionWide().Match(text) is { Success: true } m
        && (m.Groups["osce"].Success || context.Names?.Mentioned("OSCE") == true) ? context.Names?.First("OSCE participating States", context.Published ?? context.Undated) : null;

    [GeneratedRegex(@"\b(in|across|throughout)\s+((many|some|several|all|most|other)\s+)?(parts\s+of\s+)?(the|our)\s+(?<osce>OSCE\s+)?region\b")]
    private static partial Regex RegionWide();

    [GeneratedRegex(@"\brepresentatives\s+(of|from)\s+(the\s+)?((political\s+parties|parliament|the\s+media|media)\s+and\s+)?(civil\s+society|non-governmental\s+organi[sz]ations|NGOs|(local|ethnic|minority|national\s+minority)\s+communities|[\p{L}-]+(-speaking|-language)\s+communit(y|ies)|national\s+minorities|(independent\s+)?(journalists[’']?|media|human\s+rights|women[’']s|youth|lawyers[’']?)\s+(associations|organi[sz]ations|unions|groups|NGOs))\b|\bcivil\s+society\s+(representatives|organi[sz]ations|activists|groups|leaders)(\s+from\s+(?<from>(the\s+)?\p{Lu}[\w-]*(\s+\p{Lu}[\w-]*)*))?|\b(coalition|group|alliance|network)\s+of\s+(?<adj>\p{Lu}[\p{L}-]+)\s+(NGOs|non-governmental\s+organi[sz]ations|human\s+rights\s+(groups|organi[sz]ations))\b|\b(?<adj>\p{Lu}[\p{L}-]+)\s+civil\s+society\b(?!\s+(representatives|organi[sz]ations|activists|groups|leaders)\b)")]
    private static partial Regex CivilSociety();

    /// <summary>The words that say on whose behalf, or against whom, something is: "of", "for", "against", … (and "the").</summary>
    private const string OnBehalfOf = @"\b(of|for|on|against|to|about|towards?)\s+(the\s+)?";

    [GeneratedRegex(OnBehalfOf + "$", RegexOptions.IgnoreCase)]
    private static partial Regex VictimOf();

    /// <summary>"praised the work of ", "commended the courageous efforts of ": whose work a praise is for, right before them.</summary>
    [GeneratedRegex(@"\b(praised|praises|commended|commends|hailed|applauded|appreciated|thanked)\s+(the\s+)?([\w-]+\s+){0,2}(work|role|efforts|contribution|engagement|courage|resilience)\s+of\s+$")]
    private static partial Regex PraisedWorkOf();

    [GeneratedRegex(@"[”""]\s*,?\s*they\s+(said|stated|added|stressed|wrote)\b")]
    private static partial Regex TheySaid();

    [GeneratedRegex(@"^(raised|called|urged|expressed|voiced|condemned|welcomed|criticised|criticized|commended|praised|reiterated|appealed|deplored)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnPastAct();

    [GeneratedRegex(@"^\W*(Both|The\s+two)\s+(institutions|offices|bodies|organi[sz]ations)\b")]
    private static partial Regex BothBodies();

    [GeneratedRegex(@"^\W*In\s+(?<state>\p{Lu}[\p{L} -]+?),\s")]
    private static partial Regex InStateOpening();

    /// <summary>"Following the publication of the interim report in June, …": a sentence opening on what came before, in a month.</summary>
    [GeneratedRegex(@"^\W*(Following|After)\s+[^.;,]{3,80}?\s+in\s+(?:" + Dates.Months + @")(\s+(19|20)\d\d)?,\s")]
    private static partial Regex FollowingMonth();

    [GeneratedRegex(@"\bdate:(month|month-year)\b")]
    private static partial Regex MonthRule();

    /// <summary>"said today", "today stated", "said in its final report published today": said on the day of writing.</summary>
    [GeneratedRegex(@"\b(said|stated|declared|announced)\s+(in\s+(its|a|his|her|their)\s+([\w-]+\s+){0,2}?(report|statement)\s+(published|issued|released)\s+)?today\b|\btoday\s+(said|stated|declared)\b")]
    private static partial Regex SaidToday();

    /// <summary>"…, the Norwegian Helsinki Committee warns.": a saying in the present ending the sentence, set off by a comma (looked for from the end).</summary>
    [GeneratedRegex(@",\s+[^,;]{3,80}\s+(says|warns|states)\W*$", RegexOptions.RightToLeft)]
    private static partial Regex SaysNowAtEnd();

    /// <summary>The rule that dated a proposal by a day its sentence names: "date:yesterday", "date:month-day-year", "date:day-month", ….</summary>
    [GeneratedRegex(@"\bdate:(yesterday|month-day-year|day-month-year|day-month|dotted|iso|weekday)\b")]
    private static partial Regex DayOfJudged();

    [GeneratedRegex(@",?\s+(but|yet)\s+(([\w-]+\s+){0,3}?(were\s+|was\s+)?(marred|overshadowed|tainted)|(took\s+place|were\s+held|was\s+held)\s+in\s+an?\s+([\w-]+\s+){0,3}?(environment|atmosphere|climate)\s+(marred|overshadowed|tainted|marked))\s+by\b", RegexOptions.IgnoreCase)]
    private static partial Regex ButMarred();

    [GeneratedRegex(@"\b(members|staff|activists|journalists|lawyers|employees|volunteers|leaders)\s+of\s+(the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex MembersOf();

    /// <summary>
    /// "… for hosting the", "… for supporting the work of", "… for its constructive engagement with the", "… for its support of the Office’s
    /// projects", "… for their continued attention to": the reason a praise gives, up to what it names, in one clause (and up to
    /// another "and for", which gives another: "for its attention to the settlement process and for the constant support of the Mission")
    /// </summary>
    /// ("We appreciate the efforts of Secretary General X to keep the Secretariat out of …": and what the praised one's efforts are to do)
    [GeneratedRegex(@"(\bfor\s+(its\s+|their\s+|his\s+|her\s+)?(\w+ing|(\w+\s+)?(engagement|co-?operation|partnership|dialogue)\s+with|(\w+\s+)?(support|assistance|contribution|help)\s+(of|to|for)|(\w+\s+)?(attention|efforts?|work|focus)\s+(to|on|in|towards?))|\befforts\s+of\s+[^,;.:]{3,80}?\s+to\s+[a-z]+)\b((?!\band\s+for\b)[^,;.:])*$", RegexOptions.IgnoreCase)]
    private static partial Regex ForDoing();

    /// <summary>The words before who a criticism is on behalf of: "registration of independent …", "pressure on the …", "attacks against …".</summary>
    [GeneratedRegex(OnBehalfOf + @"([\w-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex SpokenFor();

    /// <summary>What comes right before a participle or a purpose: ", expressing …", "… to express …".</summary>
    [GeneratedRegex(@"(,\s*|\bto\s+)$")]
    private static partial Regex ParticipleOrPurpose();

    /// <summary>A cue that is a participle or an infinitive of a verb of judging or pledging: "expressing praise", "commending", "express his support".</summary>
    [GeneratedRegex(@"^(expressing|express|commending|commend|praising|praise|thanking|thank|congratulating|congratulate|welcoming|welcome|reaffirming|reaffirm|pledging|pledge)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DoneAsParticiple();

    /// <summary>A sentence opening on where it happened: "In Belgrade, …", "While in Helsinki, …", "Today in Tbilisi I met …".</summary>
    [GeneratedRegex(@"^\W*((Today|Yesterday|Earlier\s+today|This\s+(morning|afternoon|evening|week))\s+in|In|While\s+in|At|From)\s+\p{Lu}")]
    private static partial Regex OpensOnPlace();

    /// <summary>"the meeting between A and B", "The forum is attended by A, B, as well as C": a joint cue that names its parties after it.</summary>
    private static bool PartiesAfter(string cue) =>
        cue.StartsWith("meeting", StringComparison.OrdinalIgnoreCase) || cue.EndsWith("attended by", StringComparison.OrdinalIgnoreCase)
        // ("The project's steering committee met in Dushanbe on 20 November 2026, chaired by … Karin Lindgren, and … Abdurahim Kholiqzoda")
        || cue.EndsWith("chaired by", StringComparison.OrdinalIgnoreCase)
        // ("The agreement was signed by the Head of the OSCE Mission to Moldova, Kelly Keiderling, and the Head of the General Inspectorate, …")
        || cue.EndsWith("signed by", StringComparison.OrdinalIgnoreCase);

    /// <summary>A new clause after the parties named ("…, Report informs"); ", as well as" goes on listing them.</summary>
    [GeneratedRegex(@",\s+(?!as\s+well\s+as\b)\p{Ll}")]
    private static partial Regex ClauseGap();

    [GeneratedRegex(@"^can\s+rely\s+on$", RegexOptions.IgnoreCase)]
    private static partial Regex RelyOn();

    [GeneratedRegex(@"\b(against|destabili[sz]e|destabili[sz]ing)\s+(the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AgainstBefore();

    /// <summary>
    /// What a cue's words turn out not to say, on a look around them (checked after the match: a look-behind in the cue,
    /// or a cue opening on a common word, would be tried at every word of every sentence).
    /// </summary>
    /// <summary>"request an urgent ", "sought a ", "be granted a ": what comes right before a visit wanted, not made.</summary>
    [GeneratedRegex(@"\b(request|requests|requested|requesting|seek|seeks|sought|seeking|ask\s+for|asked\s+for|grant|granted|allow|allowed|permit|permitted)\s+(an?\s+|the\s+)?([\w-]+\s+){0,2}$")]
    private static partial Regex VisitAskedFor();

    private static bool Misread(string text, Match match) => match.Value.ToLowerInvariant() switch
    {
        // "an invited and welcomed mechanism": a welcome as an adjective
        // ("I was pleased to welcome the OSCE Chairperson-in-Office … to Chișinău": a visitor welcomed, met rather than praised)
        var v when v.StartsWith("welcom", StringComparison.Ordinal) => WelcomedAsAdjective().IsMatch(text[..match.Index]) || VisitorWelcomed().IsMatch(text.AsSpan(match.Index + match.Length)),
        var v when v.EndsWith("welcome", StringComparison.Ordinal) => VisitorWelcomed().IsMatch(text.AsSpan(match.Index + match.Length)),
        // "discussed … the Agreement with the Republic of Bulgaria": what was discussed, not with whom
        var v when v.StartsWith("discussed", StringComparison.Ordinal) => AgreementWith().IsMatch(match.Value),
        // "to request an urgent visit to Azerbaijan": a visit asked for, not made
        var v when v.StartsWith("visit to", StringComparison.Ordinal) => VisitAskedFor().IsMatch(Preceding(text, match.Index, 40)),
        // "received a sixteen-year prison sentence": what someone was given, not whom they met
        "received" => ReceivedThing().IsMatch(text.AsSpan(match.Index + match.Length)),
        // "nations committed to the fundamental freedoms": committed as an adjective, not a pledge made
        // ("the fair trial standards that Azerbaijan has committed to": the standards named, not a pledge made; "The OSCE is committed to
        // diversity and inclusion within its workforce": an employer's creed in a vacancy notice)
        var v when v.StartsWith("committed", StringComparison.Ordinal) => CommittedAsAdjective().IsMatch(Preceding(text, match.Index, 40)) || StandardsCommittedTo().IsMatch(Preceding(text, match.Index, 80))
                                                                        || EmployersCreed().IsMatch(text.AsSpan(match.Index + match.Length)),
        // "encourages qualified candidates … to apply": a vacancy's invitation, not a call on anyone
        var v when v.StartsWith("encourag", StringComparison.Ordinal) => Applicants().IsMatch(text.AsSpan(match.Index + match.Length)),
        // "sentenced … for posts criticizing local officials": what someone was punished for, not a criticism made here
        var v when v.StartsWith("critici", StringComparison.Ordinal) => PunishedFor().IsMatch(Preceding(text, match.Index, 40)),
        // "checks what the Government of Kyrgyzstan has promised at OSCE meetings": what was promised, referred to, not a promise made
        var v when v.EndsWith("promised", StringComparison.Ordinal) && v.StartsWith("ha", StringComparison.Ordinal) => WhatWasPromised().IsMatch(Preceding(text, match.Index, 80)),
        // ("This review follows what was promised to the Chair on those visits": nor is what was promised, in the passive)
        var v when v.StartsWith("promised", StringComparison.Ordinal) => WhatWasPromisedTo().IsMatch(Preceding(text, match.Index, 24)),
        // "we welcome your proposed work-plan": a plan put forward, not a proposal made here
        // ("proposed holding a high-level conference … in Bishkek": an offer to host, a pledge, not a call on anyone)
        "proposed" => !ProposedVerb().IsMatch(text.AsSpan(match.Index + match.Length)) || OfferToHost().IsMatch(text.AsSpan(match.Index + match.Length)),
        // "has been strengthened, as recommended": done as asked before, not a recommendation made
        "recommended" => Preceding(text, match.Index, 4) is ", as " or " as ",
        // "agreed on the OSCE’s unique contribution to fostering peace": a view shared, not something to be done ("agreed on a roadmap")
        var v when v.StartsWith("agreed on", StringComparison.Ordinal) => AgreedView().IsMatch(text.AsSpan(match.Index + match.Length)),
        // "remained at the Croatian government's disposal" pledges; "the disposal of surplus ammunition" does not, nor does what
        // a body has at its own disposal ("The HCNM has several tools at its disposal")
        "disposal" => !AtDisposal().IsMatch(text[..(match.Index + match.Length)]) || OwnDisposal().IsMatch(text[..(match.Index + match.Length)]),
        // "The authorities released 52 political prisoners in September": a release, not a record of repression
        var v when v.StartsWith("political prisoners", StringComparison.Ordinal) => Freed().IsMatch(Preceding(text, match.Index, 40)),
        // "Some of these pledges have been kept": the pledges referred back to are what is assessed
        var v when v.Contains(" been ", StringComparison.Ordinal) && (v.StartsWith("pledge", StringComparison.Ordinal) || v.StartsWith("promise", StringComparison.Ordinal) || v.StartsWith("commitment", StringComparison.Ordinal))
            => Unwanted().IsMatch(Preceding(text, match.Index, 40)),
        // "must be able to work freely and without intimidation", "to combat harassment": what should not happen, not what did;
        // "In countering these alarming trends, we commend …": a judgement made before, referred back to
        _ => Unwanted().IsMatch(Preceding(text, match.Index, 40)) || ReferredBack().IsMatch(Preceding(text, match.Index, 12)),
    };

    [GeneratedRegex(@"^\s+(the\s+)?([\w-]+(’s|'s)\s+)?(\w+\s+){0,2}(role|contribution|importance|value|significance|relevance)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgreedView();

    /// <summary>
    /// The "to" of what a call asks for: " to keep", " to release" (not "to the authorities", "to Kazakhstan", nor a call passed on:
    /// "calls on the international community to urge Kazakhstan to:" is addressed to both).
    /// </summary>
    [GeneratedRegex(@"\sto\s+(?!(the|a|an|its|their|his|her|all|this|that|these|those|both|each|urge|call|press|encourage|ask|push|insist|demand|remind|persuade)\b)(?-i:[a-z])\w+\b", RegexOptions.IgnoreCase)]
    private static partial Regex CallInfinitive();

    /// <summary>A release told right before whom it names: "released 52 …", "pardoned several …", "the release in 2024 of journalist …".</summary>
    [GeneratedRegex(@"\b(released|freed|pardoned|freeing|releasing|pardoning)\s+(\S+\s+){0,3}$|\b(release|releases|pardon)\b[^.;]{0,40}\bof\s+(\S+\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex Freed();

    [GeneratedRegex(@"\b(without|free\s+(from|of)|(protect\w*|safe|shield\w*)\s+(\w+\s+)?from|prevent(ing|s)?|combat(ing|s)?|counter(ing|s)?)\s+(any\s+)?(\w+\s+(or|and)\s+)?$|\b(guidelines|work|efforts|campaign|measures|training|strategy|fight)\s+(on|against)\s+(\w+\s+)?$|\b(charges?|accused|convicted|suspected|guilty|prosecuted|sentenced)\s+(\w+\s+)?(of|for)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex Unwanted();

    [GeneratedRegex(@"^(’s|'s)?\s+((human\s+rights|human\s+dimension|election|electoral|media)\s+)?(commitments|standards|principles|norms|values|region|area|obligations|rules|participating\s+State(?!s))\b|^-(supported|funded|backed|sponsored|financed)\b")]
    private static partial Regex Attributive();

    /// <summary>Some of a group, unnamed: "several of our member and ", "in some of the ", "a number of ".</summary>
    [GeneratedRegex(@"\b(several|some|certain|a\s+(number|few|handful)|many|most)\s+(of\s+)?((our|the|its|their)\s+)?([\w-]+\s+(and|or)\s+)?(OSCE\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SomeOf();

    [GeneratedRegex(@"\b(named|appointed|elected|as|become|became|becomes|becoming)\s+(the\s+)?(new\s+|next\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NamedTo();

    /// <summary>" and ", " with " joining another party; not " and head of the Conflict Prevention Centre, Catherine Fearon", a second title of the one named.</summary>
    [GeneratedRegex(@"\s(and|with)\s(?!(?i:(the\s+)?(head|chair\w*|director|representative|special|personal|acting|deputy|executive)\b))")]
    private static partial Regex Joining();

    [GeneratedRegex(@"^(’s|'s)?\s+$")]
    private static partial Regex OwnersBody();

    [GeneratedRegex(@",\s+(who|whose|which)\s+[^,]*$", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeAfter();

    [GeneratedRegex(@"\b(President|Director(-General)?|Head|Chair(man|woman|person)?|Rector|Secretary[- ]General|Executive\s+Director|leadership|management)\s+of\s+(the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadOfBody();

    /// <summary>A body's report on what follows: "ODIHR's October trial-monitoring report on ".</summary>
    [GeneratedRegex(@"(’s|'s)\s+([\w-]+\s+){0,4}(report|assessment|findings|statement|review)\s+(on|about)\s+(the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ReportOn();

    [GeneratedRegex(@"\b(President|Speaker|Chair(man|woman|person)?)\s+of\s+the\s+([\p{Lu}][\w-]*\s+){0,3}(Assembly|Parliament|Senate|Majlis|Sejm|Duma|Rada|Seimas|Saeima|Riigikogu|Storting|Riksdag|Bundestag)\s+of\s+(the\s+)?$")]
    private static partial Regex HeadOfParliament();

    [GeneratedRegex(@"\G\s+((?<place>\p{Lu}\p{Ll}+(\s+\p{Lu}\p{Ll}+){0,2})|(?<=\bto\s+)the\s+(?<place>((South|North|Western|Eastern|Southern|Northern)\s+)?(Caucasus|Balkans|Baltic\s+States|Baltics|Mediterranean)))(?=\s*([.,;]|$)|\s+(on|in|from|and|at|for|to|this|last|where)\b)")]
    private static partial Regex UnlistedPlace();

    [GeneratedRegex(@"\b(these|those|such)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ReferredBack();

    [GeneratedRegex(@"^\s+(a|an|the|his|her|their|its)?\s*([\w-]+\s+){0,3}(sentence|award|prize|letter|request|report|invitation|grant|funding|message|complaint|threats?|calls?|votes?|copy|answer|reply)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReceivedThing();

    // (not after a verb that makes it what its subject is: "the Republic of Moldova remains committed to")
    [GeneratedRegex(@"\b(for|of|to|with|among|by|all)\s+(\w+\s+){0,2}$(?<!\b(remains?|is|are|was|were|stays?|been)\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex CommittedAsAdjective();

    [GeneratedRegex(@"\b(standards|commitments|obligations|principles)\s+(that|which)\s+[^.;]{0,50}?\b(has|have|had)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex StandardsCommittedTo();

    [GeneratedRegex(@"^\s+(all\s+)?(qualified|interested|suitable|eligible)?\s*(\w+\s+)?(candidates|applicants)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Applicants();

    [GeneratedRegex(@"^\s*(diversity|inclusion|equal\s+opportunit|gender\s+(balance|parity)|a\s+(diverse|smoke-free|inclusive)\s+work)", RegexOptions.IgnoreCase)]
    private static partial Regex EmployersCreed();

    [GeneratedRegex(@"\bwhat\s+[^.;,]{0,60}$", RegexOptions.IgnoreCase)]
    private static partial Regex WhatWasPromised();

    [GeneratedRegex(@"\b(what|which)\s+(was|were|is|are|had\s+been|has\s+been|have\s+been)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex WhatWasPromisedTo();

    [GeneratedRegex(@"\b(for|over)\s+([\w’'-]+\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex PunishedFor();

    [GeneratedRegex(@"^\s+" + WelcomedTo, RegexOptions.IgnoreCase)]
    private static partial Regex VisitorWelcomed();

    /// <summary>" holding a high-level conference … in Bishkek", " to host …": what an offer to host, after "proposed" or "offered", proposes.</summary>
    [GeneratedRegex(@"^\s+" + HostOffered)]
    private static partial Regex OfferToHost();

    private const string HostOffered = @"(holding|hosting|to\s+(hold|host))\s+(an?|the)\s+[^.;]{0,120}?\b(in|at)\s+(?-i:\p{Lu})";

    /// <summary>What follows "proposed" used as a verb: "proposed that", "proposed to", "proposed a new format", "proposed holding".</summary>
    [GeneratedRegex(@"^\s+(that|to|a|an|the|some|several|new|his|her|their|its|our|\w+ing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProposedVerb();

    [GeneratedRegex(@"\bat\s+(the\s+)?([\w’']+\s+){0,3}disposal$", RegexOptions.IgnoreCase)]
    private static partial Regex AtDisposal();

    [GeneratedRegex(@"\b(has|have|had|having)\s+[^.;]{0,60}\bat\s+(its|his|her|their)\s+disposal$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnDisposal();

    [GeneratedRegex(@"\bconcerned\s+(by|about|over|at)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Concerned();

    [GeneratedRegex(@"\b(a|an|the)\s+(\w+\s+and\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex WelcomedAsAdjective();

    [GeneratedRegex(@"\b(Agreement|Treaty|Memorandum|Accord|Convention|Declaration)\s+with\s+(the\s+)?\p{Lu}\S*$")]
    private static partial Regex AgreementWith();

    [GeneratedRegex(@"\b(will|would|could|may|might)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex Forecast();

    [GeneratedRegex(@"\b(said|stated|announced|noted|warned|wrote|declared)\s+(in\s+(a|an|its|their)\s+([\w-]+\s+){0,3}(statement|report|letter|release|interview)\s+|in\s+(a|an|its|their)\s+(?=(?-i:\p{Lu})\w+\s+\d{1,2}\s+(statement|report|letter|release|interview)\b))?(on\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex SaidOn();

    [GeneratedRegex(@",\s+[\p{Lu}][\w’'-]*(\s+[\p{Lu}][\w’'-]*){0,5}\s+(says|said|warns|urges)\W*$")]
    private static partial Regex SaysAtEnd();

    [GeneratedRegex(@"\b(if|unless|in\s+case|should\s+(they|it))\s+[^,;:.]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Supposed();

    [GeneratedRegex(@"\b(concluded|completed|wrapped\s+up|wraps\s+up|concludes|completes)\s+(his|her|their|a|an|the)?\s*([\w-]+\s+){0,3}(visits?|trip|tour)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ConcludedVisit();

    /// <summary>An opening phrase naming whom the subject met: "In his meeting with Speaker Ismoilov on Thursday, ", "Meeting Foreign Minister Saidov, ".</summary>
    [GeneratedRegex(@"^\s*((In|During|At|After|Following)\s+(his|her|their|the|a)\s+(\w+\s+)?(meetings?|talks|conversation|call)\s+with|Meeting|After\s+meeting)\s[^,]{3,120},\s")]
    private static partial Regex MeetingOpening();

    [GeneratedRegex(@"\b[Nn]either\s+(commitment|pledge|promise|undertaking)\b")]
    private static partial Regex NeitherPledge();

    /// <summary>The days of a visit of so many days that ended on the day given.</summary>
    private static PartialDate Lasted(PartialDate ended, int days) => PartialDate.Parse($"{PartialDate.Day(ended.Earliest.AddDays(1 - days)).Text}/{ended.Text}");

    /// <summary>", during which he met": what a visit just named held.</summary>
    [GeneratedRegex(@",\s+during\s+which\s+(he|she|they|the\s+\w+)\s+(also\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DuringWhich();

    /// <summary>A call a praise's sentence goes on to, by a verb of its own: "…, and urge ", " and also call on ".</summary>
    [GeneratedRegex(@"\band\s+(also\s+)?(urge[sd]?|call(s|ed)?\s+on|encourage[sd]?|ask(s|ed)?)\s")]
    private static partial Regex ThenCalled();

    /// <summary>" the report of the Moscow Mechanism rapporteur", " the findings of the OSCE Moscow Mechanism mission": what the OSCE's mechanism reported.</summary>
    [GeneratedRegex(@"^\s+the\s+(report|findings|conclusions)\s+of\s+the\s+(OSCE\s+)?Moscow\s+Mechanism\b")]
    private static partial Regex MechanismReport();

    /// <summary>"… report of the Moscow Mechanism rapporteur on ", "… report … on the situation in ": what a report is about, right before it.</summary>
    [GeneratedRegex(@"\b(report|findings)\b[^.;]{0,60}?\s+on\s+(the\s+(human\s+rights\s+)?situation\s+in\s+)?$")]
    private static partial Regex ReportedOn();

    /// <summary>The year in an instrument's name: "the 1990 Copenhagen Document", "the Alma-Ata Declaration of 1991".</summary>
    [GeneratedRegex(@"\b(19|20)\d\d\b")]
    private static partial Regex InstrumentYear();

    /// <summary>A court named by its city: "Baku Court of Appeal", "Tashkent City Court", "Minsk Regional Court".</summary>
    [GeneratedRegex(@"^(?<city>\p{Lu}\p{L}+)\s+((City|District|Regional|Military|Grave\s+Crimes)\s+)?Court\b")]
    private static partial Regex CapitalCourt();

    /// <summary>Whether a mention ending before <paramref name="verb"/> is its subject: right before it, or with a phrase set off between ("The EU, for its part, should").</summary>
    private static bool SubjectOf(string text, Mention m, int verb) =>
        verb - m.End <= 2 || (verb - m.End <= 30 && SetOffBetween().IsMatch(text.AsSpan(m.End, verb - m.End)));

    /// <summary>A phrase set off between a subject and its verb: ", for its part, ", ", in turn, ", ", too, ".</summary>
    [GeneratedRegex(@"^,\s*(for\s+(its|their|his|her|our)\s+part|in\s+turn|too|meanwhile|however|in\s+particular|above\s+all|in\s+the\s+meantime)\s*,\s*$")]
    private static partial Regex SetOffBetween();

    /// <summary>The day a press conference the text tells of (at or after <paramref name="from"/>) was held: the first day told after it.</summary>
    private static FoundDate? ConferenceDay(string text, PartialDate? published, int from) =>
        AtPressConference().Match(text, from) is { Success: true } conference
        && Dates.Find(text[conference.Index..], published).FirstOrDefault(d => d.Date.Precision == DatePrecision.Day) is { } day
            ? day with { Index = conference.Index + day.Index } : null;

    [GeneratedRegex(@"\b(at|during)\s+a\s+(joint\s+)?(press|news)\s+conference\b")]
    private static partial Regex AtPressConference();

    /// <summary>"at a press conference at the end of the visit", "at the close of his visit": said on the day a visit ended.</summary>
    [GeneratedRegex(@"\b(at|on)\s+the\s+(end|close|conclusion)\s+of\s+(the|his|her|their)\s+(visit|trip)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AtVisitEnd();

    /// <summary>"began a three-day visit to Uzbekistan on Wednesday": a visit of so many days, and the day it began (up to the clause's end).</summary>
    [GeneratedRegex(@"\b(began|begins|started|starts|opened|embarked\s+on)\s+(his|her|their|a|an|the)\s+(?<days>two|three|four|five|six|seven|\d{1,2})-day\s+([\w-]+\s+){0,2}(visit|trip|tour)\b[^,;.]*", RegexOptions.IgnoreCase)]
    private static partial Regex VisitBeginning();

    /// <summary>"Wrapping up a two-day visit", "at the end of her three-day official visit", "concluded today a two-day visit": a visit of so many days that ends here.</summary>
    [GeneratedRegex(@"\b(concluded|concluding|concludes|completed|completing|completes|wrapped\s+up|wrapping\s+up|wraps\s+up|ended|ending|end\s+of|conclusion\s+of)\s+((today|yesterday)\s+)?(his|her|their|a|an|the)\s+(?<days>two|three|four|five|six|seven|\d{1,2})-day\s+([\w-]+\s+){0,2}(visit|trip|tour)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VisitEnding();

    /// <summary>
    /// Who acts: among the names before the cue, one not governed by a preposition ("the report of the OSCE", "in Kazakhstan"
    /// name no subject; "members of the coalition" do), an official before others, the nearest before others.
    /// </summary>
    /// <remarks>The members of a group named as one ("the Co-Chairs") act together: mentions sharing the subject's span.</remarks>
    /// <param name="titled">whether a second person joined by "and" with their title acts too (not in a meeting, where "X and Minister Y met" may be two meetings)</param>
    private static List<ActorRef> Subject(string text, List<Mention> before, bool titled = false)
    {
        if (before.Count == 0) return [];
        // ("The representative of Slovenia expressed concern about … in Belarus and Azerbaijan and encouraged …": what is listed after a
        // name a preposition governs is governed with it; but not a name after the comma closing an opening phrase, "In a statement issued
        // after the meeting with Tokaev, Kamp welcomed …", which a list would go on from)
        var governed = new bool[before.Count];
        for (var k = 0; k < before.Count; k++)
            governed[k] = Governed(text, before[k]) || (k > 0 && governed[k - 1] && before[k - 1].Actor.Kind == before[k].Actor.Kind && before[k - 1].End <= before[k].Start
                                                       && text.AsSpan(before[k - 1].End, before[k].Start - before[k - 1].End) is var joint && (joint is " and " or ", and " or " or "
                                                           || (joint is ", " && ListGoesOn().IsMatch(text.AsSpan(before[k].End)))));
        var subject = before.Select((m, k) => (m, k)).OrderBy(x => governed[x.k] ? 1 : 0).ThenBy(x => x.m.Actor.Kind is ActorKind.Official ? 0 : 1).ThenByDescending(x => x.m.End).First().m;
        if (subject.Rule == "actor:group") return [.. before.Where(m => m.Rule == subject.Rule && m.Start == subject.Start).Select(m => m.Actor)];
        // "The Representative, Harlem Désir, and the Head of the Mission to Bosnia and Herzegovina (BiH), Kathleen Kavalec, condemned": both act
        // ("Serbian President Aleksandar Vučić and Kosovo Prime Minister Albin Kurti accepted …": so do two joined by "and", each with their title)
        if (subject.Actor.Kind is ActorKind.Official or ActorKind.Person
            && before.LastOrDefault(m => m.End <= subject.Start && m.Actor.Kind is ActorKind.Official or ActorKind.Person && m.Actor.Id != subject.Actor.Id) is { } partner
            && (ApposedPartner().IsMatch(text.AsSpan(partner.End, subject.Start - partner.End)) || (titled && TitledPartner().IsMatch(text.AsSpan(partner.End, subject.Start - partner.End)))))
            return [partner.Actor, subject.Actor];
        // ("Armenia and Azerbaijan committed in the Alma-Ata Declaration …": two States joined by "and" before the verb act together)
        if (subject.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State
            && before.LastOrDefault(m => m.End <= subject.Start) is { Actor.Kind: ActorKind.ParticipatingState or ActorKind.State } joined && joined.Actor.Id != subject.Actor.Id
            && text.AsSpan(joined.End, subject.Start - joined.End) is " and " && !Governed(text, joined)
            // (two only: a list of States, "Canada, Iceland, Norway and Switzerland", is read as one elsewhere)
            && !before.Any(m => m.End <= joined.Start && m.End >= joined.Start - 2 && m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State))
            return [joined.Actor, subject.Actor];
        return [subject.Actor];
    }

    /// <summary>"have criticized", "has long criticised", "has been criticized by": a criticism told in the present perfect.</summary>
    [GeneratedRegex(@"\b(has|have)\s+(long\s+|repeatedly\s+|also\s+)?(been\s+)?critici[sz]ed\b")]
    private static partial Regex CriticisedUntilNow();

    /// <summary>"the two-day visit", "the three-day official visit": a visit named by its length.</summary>
    [GeneratedRegex(@"\b[Tt]he\s+(?<days>\w+)-day\s+(official\s+|working\s+|state\s+)?visit\b")]
    private static partial Regex TheDaysVisit();

    /// <summary>"reiterates", "reaffirms", "remains": a pledge's verb in the present tense.</summary>
    [GeneratedRegex(@"\b(reiterates|reaffirms|reconfirms|confirms|remains|stands|expresses|underlines)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PledgedNow();

    /// <summary>" the invitation", " these assurances", " the initiative": a pledge or offer just told, right after a word of praise.</summary>
    [GeneratedRegex(@"^\s+(the|this|that|these|those)\s+(invitation|assurances?|pledges?|commitments?|offer|promises?|initiative|proposal|idea)\b")]
    private static partial Regex WelcomedThePledge();

    /// <summary>"assessment, published in October 2026,": a report and when it came out, set off by commas.</summary>
    [GeneratedRegex(@"\b(report|assessment|review|statement|study|survey|census|analysis|opinion)\b[^.;,]{0,40}?,\s+(published|issued|released|adopted)\s+(in|on)\s+[^,;]{3,30},")]
    private static partial Regex ReportPublishedOn();

    /// <summary>", ", " and ", " or " right after a name: a list going on.</summary>
    [GeneratedRegex(@"^(,|\s+and\b|\s+or\b)")]
    private static partial Regex ListGoesOn();

    /// <summary>", and the Head of the Mission to Bosnia and Herzegovina (BiH), ": another person, with their apposition, joined to the subject.</summary>
    [GeneratedRegex(@"^,?\s+and\s+([^;:.“”""]{0,100},\s*)?$")]
    private static partial Regex ApposedPartner();

    /// <summary>" and Kosovo Prime Minister ": another person, with their title, joined to the subject.</summary>
    [GeneratedRegex(@"^\s+and\s+(the\s+)?(\p{Lu}[\p{L}-]*\s+){1,4}$")]
    private static partial Regex TitledPartner();

    private static bool Governed(string text, Mention m) =>
        Preposition().Match(text[Math.Max(0, m.Start - 40)..m.Start]) is { Success: true } p && !p.Groups["members"].Success
        // "Turkmenistan joined the OSCE in 1992 and … accepted", "The United States welcomes Representative Braathu … and thanks him": the
        // object of a verb before the cue is not its subject
        || ObjectOfVerb().IsMatch(text.AsSpan(Math.Max(0, m.Start - 24), m.Start - Math.Max(0, m.Start - 24)))
        // "… met with the Head of the OSCE Mission to Moldova, Kelly Keiderling, and thanked …": a name set off after an office that is
        // itself the object is the object too
        || (text.AsSpan(m.End).StartsWith(",") && ApposedToObject().IsMatch(text.AsSpan(Math.Max(0, m.Start - 100), m.Start - Math.Max(0, m.Start - 100))));

    /// <summary>Who said a quotation, after its closing mark at the sentence's end: ",” Sinirlioğlu said.", "," said the Head of Mission, Ambassador Waag.".</summary>
    [GeneratedRegex(@"[”""]\s+(?<who>[^.;“”""]{2,120}?)\s+(said|says|added|stressed|noted)\.?\s*$|" + QuotationThenSaidBy)]
    private static partial Regex QuoteSaidBy();

    /// <summary>Who said a quotation, told after its closing mark to the sentence's end: "," said Ane Tusvik Bonde, regional director at the NHC.".</summary>
    [GeneratedRegex(QuotationThenSaidBy)]
    private static partial Regex QuotedThenSaidBy();

    private const string QuotationThenSaidBy = @"[”""],?\s+(said|says|added|stressed|noted|told\s+\S+)\s+(?<who>[^.;“”""]{2,120})\.?\s*$";

    /// <summary>Whether a mention lies wholly within what a pattern, or a group of it, matched.</summary>
    private static bool Inside(Mention m, Capture span) => m.Start >= span.Index && m.End <= span.Index + span.Length;

    /// <summary>What sets a body off as the one a speaker is of: " of ", " at the ", " from the ".</summary>
    [GeneratedRegex(@"\b(of|at|from)\s+(the\s+)?$")]
    private static partial Regex SpeakersBodyBefore();

    /// <summary>An office said after a verb of saying, its holder's name set off after it: " the Head of the Programme Office, ", " today the Council of Europe Commissioner for Human Rights, ".</summary>
    [GeneratedRegex(@"\G\s+((today|yesterday)\s+)?the\s+(?-i:\p{Lu})[^,;.“”""]{2,100}?,\s+")]
    private static partial Regex HeadOfSetOff();

    /// <summary>Whose work a pledge supports, named before it: " their efforts", " its work".</summary>
    [GeneratedRegex(@"\G\s+([\w-]+\s+){0,2}?(their|its)\s+(efforts|work|activities)\b")]
    private static partial Regex TheirEfforts();

    [GeneratedRegex(@"\b(told|assured|informed)\s+this\s+Council\b")]
    private static partial Regex ToldThisCouncil();

    /// <summary>Whose decision a judgement is of, right after its cue: " the decision of the OSCE participating States to invoke …".</summary>
    [GeneratedRegex(@"\G\s+(the\s+)?(recent\s+)?(decision|readiness|willingness)\s+of\s+(?<who>[^,;.]{2,80}?)\s+to\s+\p{Ll}")]
    private static partial Regex DecisionOfTo();

    /// <summary>A relative clause's subject, ending right before its pledge's verb (or the cue's own "had"): ", which the Government ".</summary>
    [GeneratedRegex(@",\s+which\s+(?<who>(the\s+)?\p{L}[\p{L}-]*(\s+\p{Lu}[\p{L}-]*){0,3})(\s+(had|has|have))?\s+(also\s+|repeatedly\s+)?$")]
    private static partial Regex PromisedWhich();

    /// <summary>What a clause before a relative one is about, done by a verb: "… to adopt the action plan for the State Strategy …".</summary>
    [GeneratedRegex(@"\bto\s+\p{Ll}+\s+(?<thing>(the|a|an|its|their)\s+[^,;]{3,120})$")]
    private static partial Regex AntecedentDone();

    /// <summary>The verb a pledge names after whom and when it was made: " the High Commissioner in February 2025 to approve by the end of that year".</summary>
    [GeneratedRegex(@"\G[^.;]{0,80}?\bto\s+(?<verb>\p{Ll}+)(?<rest>[^.;]*)")]
    private static partial Regex ToDoAfter();

    /// <summary>An address a sentence opens by telling: "In his 2025 address to the OSCE Permanent Council, ".</summary>
    [GeneratedRegex(@"^\W*(In|During)\s+(his|her|its|their|a|an)\s+(\d{4}\s+)?(address|speech|statement|remarks)\s+to\s+(?<body>(the\s+)?[^,;.]{3,80}),")]
    private static partial Regex AddressTo();

    /// <summary>An office governed by a preposition or a verb, a name set off after it to follow: "with the Head of the OSCE Mission to Moldova, ".</summary>
    [GeneratedRegex(@"\b(with|met|received|thanked|to|by|for)\s+(the\s+)?([\w-]+\s+){0,3}?(?-i:Head|Director|Chair|Chairperson|Chairman|Ambassador|Minister|President|Secretary|Representative|Commissioner|Speaker|Co-ordinator|Coordinator)\b[^,;:.“”""]{0,70},\s+$")]
    private static partial Regex ApposedToObject();

    /// <summary>"That promise remained …", "Eight years on, this pledge …", "One year on, that commitment has not been met", "That assurance has not been honoured", "The Mission says the agreement of 17 September …": one pledge referred back to (not "these pledges", which may be several makers').</summary>
    [GeneratedRegex(@"^\W*(\w+,?\s+){0,3}(that|this|the|such\s+a)\s+(promise|pledge|commitment|undertaking|assurance|agreement\s+of\s+\d+)\b(?!s)", RegexOptions.IgnoreCase)]
    private static partial Regex ThatPromise();

    [GeneratedRegex(@"\b(that|this)\s+\w+$")]
    private static partial Regex ThatOne();

    /// <summary>A clause describing who acts, set off by commas right before the verb: ", which held the chairpersonship in 2024, (also) ".</summary>
    [GeneratedRegex(@",\s+(?:who|which)\s+[^,;]{3,120}?,\s+(?:\w+ly\s+|also\s+)?$")]
    private static partial Regex DescribedJudge();

    /// <summary>Words told with who said them after them, as a pronoun: ", he announced.", ", she said.", "…,” he said.", "…?” she asked."</summary>
    [GeneratedRegex(@"(,|[,.!?][”""’'])\s+(he|she)\s+(said|announced|added|stressed|noted|asked|told\s+(the\s+)?\w+)\W*$")]
    private static partial Regex HeSaidAfter();

    /// <summary>
    /// Where a GOV.UK page's summary stands: the paragraph right before its "From: …" line, when a "Published …" line follows that
    /// within the page's head; (0, 0) when there is none.
    /// </summary>
    private static (int From, int To) Standfirst(string text)
    {
        var head = text.Length > 2000 ? text[..2000] : text;
        if (GovUkFrom().Match(head) is not { Success: true } from || !GovUkPublished().IsMatch(head, from.Index)) return (0, 0);
        var end = head.LastIndexOf('\n', Math.Max(0, from.Index - 1));
        while (end > 0 && char.IsWhiteSpace(head[end - 1])) end--;
        var start = end <= 0 ? 0 : head.LastIndexOf('\n', end - 1) + 1;
        return end > start ? (start, end) : (0, 0);
    }

    [GeneratedRegex(@"^From:\s", RegexOptions.Multiline)]
    private static partial Regex GovUkFrom();

    [GeneratedRegex(@"^Published\s+\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}\s*$", RegexOptions.Multiline)]
    private static partial Regex GovUkPublished();

    /// <summary>A speaker's words told with "he said" set off inside them: ", he said, ", ", she added, ".</summary>
    [GeneratedRegex(@",\s+(he|she|they)\s+(said|added|recalled|noted|told\s+\w+)\s*,")]
    private static partial Regex SaidAside();

    [GeneratedRegex(@"\b(is|are|was|were|been|be|being)\s+((widely|warmly|broadly|generally|much|also|initially)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PassiveBefore();

    [GeneratedRegex(@"^[^.;]*?\bby\s+(the\s+)?(?-i:\p{Lu})|^\s+by\b", RegexOptions.IgnoreCase)]
    private static partial Regex ByAgent();

    /// <summary>", who takes over the chairmanship in January,": a relative clause describing who is named before it.</summary>
    [GeneratedRegex(@",\s+who\s+[^,;]{3,120}?(,|[.!]?\s*$)")]
    private static partial Regex WhoClause();

    /// <summary>A clause telling the encounter its subject spoke at: "who met Ukrainian Foreign Minister Andrii Sybiha in Kyiv on Oct. 14".</summary>
    [GeneratedRegex(@"\bwho\s+(met|visited|spoke|addressed|travelled|traveled|held\s+talks)\b")]
    private static partial Regex WhoMetThen();

    /// <summary>What a State is named as the scene of: "the war in ", "the conflict against ", "the situation in ".</summary>
    [GeneratedRegex(@"\b(war|conflict|aggression|situation|crisis)\s+(in|against|on)\s+(the\s+)?$")]
    private static partial Regex WarIn();

    /// <summary>What may open a post before its words: a thread's "1/3".</summary>
    [GeneratedRegex(@"^\W*(\d{1,2}/\d{1,2}\s*)?((Had|Was)\s+(the\s+)?(honou?r|pleasure|privilege|opportunity)\s+to\s+|Great\s+to\s+|Glad\s+to\s+|Pleased\s+to\s+)?$")]
    private static partial Regex PostOpening();

    /// <summary>A post's header: the poster's name on its line (perhaps with an emoji), their handle on the next; or their name and a network's degree ("• 2nd"), their role on the next.</summary>
    /// <summary>(or their name, their role on the next line and the post's age on the one after: "Ion Manole / Executive Director at Promo-LEX Association / 1d • 🌐")</summary>
    [GeneratedRegex(@"(?m)^\s*(?<name>\p{Lu}[\p{L}’'.-]+(\s+\p{Lu}[\p{L}’'.-]+){1,3})(?:[^\p{L}\n@]*\n\s*@\w{2,}|[ \t]*" + NewNames.NetworkDegree + @"[ \t]*\n(?<role>\p{Lu}[^\n]{2,120})|[ \t]*\n(?<role>\p{Lu}[^\n]{2,120})\n[ \t]*\d{1,2}\s?(h|d|w|mo|yr)\b[ \t]*[•·][^\n]*)\s*$")]
    private static partial Regex PostedBy();

    /// <summary>A name printed in capitals as it is written otherwise: "JOE WILSON" → "Joe Wilson".</summary>
    private static string FromCapitals(string name) => System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.Trim().ToLowerInvariant());

    /// <summary>A member named in the Congressional Record's heading of their remarks: "HON. JOE WILSON" alone on its line.</summary>
    [GeneratedRegex(@"^[ \t]*(?:THE[ \t]+)?HON(?:OURABLE|ORABLE)?\.?[ \t]+(?<name>\p{Lu}[\p{Lu}.’'-]+(?:[ \t]+\p{Lu}[\p{Lu}.’'-]+){1,3})[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex Honourable();

    /// <summary>A motion put to a house of parliament: "That this House welcomes …", "That this House is deeply concerned …".</summary>
    [GeneratedRegex(@"\bThat\s+this\s+House\s+(welcomes|notes|condemns|calls|recogni[sz]es|congratulates|is|expresses|urges|believes)\b")]
    private static partial Regex ThisHouse();

    /// <summary>A motion's primary sponsor, on the label's line or the next: "Primary sponsor: Fabian Hamilton", "Primary sponsor / Fabian Hamilton".</summary>
    [GeneratedRegex(@"^[ \t]*Primary[ \t]+sponsor[ \t]*:?[ \t]*\n?[ \t]*(?<name>\p{Lu}[\p{L}’'-]+(?:[ \t]+\p{Lu}[\p{L}’'-]+){1,3})[ \t]*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex PrimarySponsor();

    /// <summary>A name in capitals alone on its line: "ELINA VALTONEN".</summary>
    [GeneratedRegex(@"^\s*\p{Lu}{2,}(-\p{Lu}{2,})?(\s+\p{Lu}{2,}(-\p{Lu}{2,})?){1,2}\s*$")]
    private static partial Regex UpperName();

    /// <summary>
    /// A byline: "By Daniyar Seitkali", "By Olesya Vartanyan, Senior Analyst, South Caucasus", "1 December 2025 | Daniyar Seitkali" (a name alone at the line's end), "Irina Grecu | Commentary
    /// | 16 November 2026" (a name alone at the start of a line that dates it).
    /// </summary>
    [GeneratedRegex(@"^\W*By\s+(?<name>\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2})(,\s+\p{Lu}[^\n]{1,80})?\s*$|^\W*.*\b(?:19|20)\d\d\s*[|–—]\s*(?<name>\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2})\s*$|^\W*(?<name>\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2})\s*[|–—]\s*[^|–—\n]*[|–—]?[^\n]*\b(?:19|20)\d\d\s*$")]
    private static partial Regex Byline();

    /// <summary>A researcher's signature, a name alone on its line over their post: "Syinat Sultanalieva⏎Central Asia Researcher".</summary>
    [GeneratedRegex(@"^[^\w\n]*(?<name>\p{Lu}[\p{Ll}’'-]+(?:[ \t]+\p{Lu}[\p{Ll}’'-]+){1,2})[ \t]*\n[ \t]*(\p{Lu}[\p{L}-]*[ \t]+){0,4}(Researcher|Analyst|Fellow|Associate|Director)\b[^\n]{0,60}$", RegexOptions.Multiline)]
    private static partial Regex ResearcherSigned();

    /// <summary>A line naming a series of comments or papers: "SWP Comment 2026/C 61, December 2026", "Policy Brief No. 12", "Working Paper 3/2026".</summary>
    [GeneratedRegex(@"^\W*([\p{Lu}\w-]+\s+){0,3}(Comment|Commentary|Policy\s+Brief|Policy\s+Paper|Working\s+Paper|Research\s+Paper|Briefing\s+Paper|Analysis)\b[^\n]{0,40}$")]
    private static partial Regex CommentarySeries();

    /// <summary>An author's note: "The views expressed are her own", "The views expressed in this commentary are the author's own".</summary>
    [GeneratedRegex(@"\bviews\s+expressed\s+(here\s+|in\s+this\s+\w+\s+)?are\s+(his|her|their|the\s+author['’]s|the\s+authors['’])\s+own\b", RegexOptions.IgnoreCase)]
    private static partial Regex ViewsOwn();

    /// <summary>A speaker's act in the present, in the first person: "I urge", "We call on", "Let me express", "We at the Mission stand ready", "I also want to commend", "Our recommendation: …", "But let me be clear", "I regret that …" (not a courtesy's "I regret that I cannot be with you"), "I pay tribute to …".</summary>
    [GeneratedRegex(@"^\W*Our\s+(?:main\s+|key\s+|first\s+)?recommendations?\s*:|\b(?:I|[Ww]e)\s+(?:at\s+the\s+\p{Lu}[\w-]+\s+)?(?:also\s+|again\s+|therefore\s+|strongly\s+|once\s+again\s+)?(?:urge|call\s+(?:on|upon)|appeal|wish\s+to|want\s+to|would\s+like\s+to|reiterate|condemn|commend|stand\s+ready|regret(?!\s+that\s+(?:I|we)\s+(?:cannot|could\s+not|can[’']t|am\s+unable|are\s+unable))|pay\s+tribute)\b|\b(?:Let|[Bb]ut\s+let|[Ss]o\s+let|[Aa]nd\s+let)\s+me\b")]
    private static partial Regex SpeakingNow();

    [GeneratedRegex(@"(?:^|\s)I\s+(?:am|have|share|believe|think|argue|would|will|do|was|had|see|saw|find|agree|disagree|doubt|fear|hope|remain|must|welcome|urge|commend|regret|call|travell?ed|visited|met|wish|thank|want|note|ask|asked|raised|recall|expect|pay|paid|learned|learnt|congratulate|condemn|reiterate|assured|told|spoke|discussed|extend|offer|urged|called|welcomed|commended|praised|presented|thanked|attended|joined)\b")]
    private static partial Regex FirstPersonSingular();

    [GeneratedRegex(@"^\W*[\w’'-]+(’s|'s)\s+(\w+\s+)?(partners|allies|donors|friends),\s+including\s+", RegexOptions.IgnoreCase)]
    private static partial Regex PartnersIncluding();

    [GeneratedRegex(@"\b(plenary|session|summit|ministerial|congress)\b[^.;]{0,160}?\badopted\b", RegexOptions.IgnoreCase)]
    private static partial Regex SessionAdopted();

    [GeneratedRegex(@"\b(held|hosted|convened)\s+(a|an|its)\s+(\w+\s+)?(hearing|debate|briefing|roundtable|round\s+table|conference|seminar)\b|\b(took|takes|take)\s+part\s+in\s+the\s+((?-i:\p{Lu})[\w-]*\s+|\d+(st|nd|rd|th)\s+){1,4}(?-i:Meeting|Session|Conference|Forum|Summit|Congress|Seminar|Council)\b|\b(attended|participated\s+in)\s+the\s+((?-i:\p{Lu})[\w-]*\s+|\d+(st|nd|rd|th)\s+){1,4}(?-i:Meeting|Session|Conference|Forum|Summit|Congress|Council)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HeldHearing();

    /// <summary>"Addressing the OSCE Ministerial Council in Lugano on Thursday, …", "spoke at the Permanent Council": a speech at a gathering, whose day what its speaker says takes.</summary>
    [GeneratedRegex(@"\b(addressing|addressed|speaking\s+at|spoke\s+at)\s+the\s+((?-i:\p{Lu})[\w-]*\s+){1,4}(?-i:Council|Meeting|Session|Conference|Forum|Summit|Congress)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AddressedGathering();

    [GeneratedRegex(@"^[^.;]{0,60}?\b(the|both)\s+(parties|sides)\b(?!\s+(agreed|confirmed|discussed|noted|reaffirmed|expressed|stressed))")]
    private static partial Regex TheParties();

    /// <summary>"thanks him", "commended her", "thanked them", "assured me": the cue's verb and whom it is said to (read from the cue's start).</summary>
    [GeneratedRegex(@"\G\w+(\s+tribute\s+to)?\s+((?<person>him|her)|(?<them>them)|(?<me>me)|(?<us>us))\b")]
    private static partial Regex ObjectPronoun();

    [GeneratedRegex(@"\b(pa(y|ys|id|ying)\s+tribute|tribute\s+was\s+paid)\s+to\b[^.;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex TributeTo();

    /// <summary>"hosted her", "received him": one who hosts, whom they host another.</summary>
    [GeneratedRegex(@"\b(hosted|received|welcomed)\s+(him|her)\b")]
    private static partial Regex HostedHimHer();

    /// <summary>" told him", " assured the envoy" right after a name: the one named tells, whom they tell is another.</summary>
    [GeneratedRegex(@"^\s+(also\s+)?(told|assured|informed|promised)\s+(him|her|the\s+envoy)\b")]
    private static partial Regex TellsHim();

    /// <summary>A him or a her: "thanked him", "to her courage"; or "told the envoy" (of either sex).</summary>
    [GeneratedRegex(@"\b(him|her|(told|assured|informed)\s+the\s+envoy)\b")]
    private static partial Regex HimHer();

    /// <summary>Whom a cue's "him" or "her" is said to ("thanks him", "assured him that"): the last person the sentence named before it, not one of <paramref name="besides"/>.</summary>
    private static ActorRef? Him(string text, int cue, IEnumerable<Mention> before, IReadOnlyList<ActorRef> besides) =>
        ObjectPronoun().Match(text, cue) is not { Success: true } pronoun || pronoun.Groups["me"].Success || pronoun.Groups["us"].Success ? null
        // ("met staff of the OSCE Support Programme for Ukraine and thanked them": them is the body whose people were named)
        : pronoun.Groups["them"].Success
            ? before.LastOrDefault(m => m.Actor.Kind is ActorKind.FieldOperation or ActorKind.Institution or ActorKind.Organisation or ActorKind.NationalInstitution
                && besides.All(a => a.Id != m.Actor.Id) && StaffOf().IsMatch(Preceding(text, m.Start, 30)))?.Actor
            : before.LastOrDefault(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person && besides.All(a => a.Id != m.Actor.Id))?.Actor;

    /// <summary>The words before a body whose people, unnamed, are met or thanked: "staff of the", "the team of".</summary>
    [GeneratedRegex(@"\b(staff|team|employees|personnel|members)\s+of\s+(the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex StaffOf();

    /// <summary>Whom an assurance is given, named as such alone: " his counterpart".</summary>
    [GeneratedRegex(@"\G\s+(his|her|their)\s+counterparts?\b")]
    private static partial Regex BareCounterpart();

    /// <summary>Whom an assurance is given, named by their State's adjective: " his Ukrainian counterpart".</summary>
    [GeneratedRegex(@"\G\s+(his|her|their)\s+(?<adj>\p{Lu}[\w-]+)\s+counterparts?\b")]
    private static partial Regex CounterpartOf();

    /// <summary>The "that " an assurance's content opens with ("assured the President that the Mazhilis would …"), with "the" after it.</summary>
    [GeneratedRegex(@"\G[^.;]{0,60}?\bthat\s+(the\s+)?")]
    private static partial Regex AssuredThat();

    [GeneratedRegex(@"\s(troops|forces|army|military|soldiers)$", RegexOptions.IgnoreCase)]
    private static partial Regex ArmedForces();

    [GeneratedRegex(@"\b(at|during|before|to)\s+((the|its|their|his|her|a)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PledgedAt();

    [GeneratedRegex(@"\b(joined|left|visited|thanked|met|received|told|urged|informed|briefed|hosted|invited|asked|signed|ratified|welcomed|welcomes|thanks|receives|urges|invites|congratulated|congratulates|commended|commends|appreciated|appreciates|praised|praises|hailed|valued|values|supported|supports)\s+(the\s+)?((?-i:\p{Lu})[\w’'-]*\.?\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectOfVerb();

    [GeneratedRegex(@"(?<members>\b(members|representatives?|speakers?|delegates?|delegations?|heads?(\s+of\s+(state|government)(\s+and\s+government)?\s+)?|leaders?|experts|staff)\s+)?\b(of|in|to|with|for|by|on|at|from|about|against|into|over|under|between|among|towards?|across|within|throughout)\s+(the\s+)?(((?-i:\p{Lu})[\p{L}’'-]*\s+){1,2}(?=(?-i:Minister|President|Ambassador|Secretary|Speaker|Director|Chairperson|Chairman|Chair|Head|Commissioner)\b))?((?-i:Foreign|Prime|Deputy|Minister|President|Ambassador|Secretary|General|Speaker|Director|Chairperson|Chairman|Chair|Head|Commissioner|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|journalists?|activists?|bloggers?|lawyers?|defenders?|prisoners?|(?-i:\p{Lu}[a-z]?\.))\s+){0,3}[""“]?$", RegexOptions.IgnoreCase)]
    // ("expressed gratitude to A. Rogov", "to Zh. Kulubaev": and an initial)
    // ("held talks with Kazakh Energy Minister Almasadam Satkaliyev": the words a title opens on, as long as a title follows them)
    private static partial Regex Preposition();

    /// <summary>
    /// "President Tsereteli, who is joined … by Secretary General Montella, has met …", "Members of the Platform, a network of
    /// NGOs in Europe and the former Soviet Union, condemn …": who a relative clause or an apposition names is not the subject.
    /// </summary>
    private static List<Mention> OutsideRelative(string text, List<Mention> before, int cue)
    {
        // "The Co-Chairs (A of France, B of …) met …": the group's members named in a bracket closed before the cue are the group ("Some
        // participating States (Russia, Belarus, …) have raised concerns" names no group of its own: the States bracketed act)
        if (before.Count > 1 && before.Any(m => m.Rule == "actor:group") && text.IndexOf('(') is >= 0 and var open && open < cue && before.Where(m => Bracketed(text, m.Start, cue)).ToList() is { Count: > 0 } inside && inside.Count < before.Count)
            before = [.. before.Except(inside)];
        // "Bujar Osmani, North Macedonian Foreign Minister and head of the OSCE, has arrived": the person the apposition describes
        if (before is [{ Actor.Kind: ActorKind.Official or ActorKind.Person } first, _, ..] && first.Start <= 4 && Apposition().IsMatch(text[first.End..cue])) return [first];
        var relative = Relative().Match(text[..cue]);
        // "A delegation of the Bundestag Committee on Human Rights …, led by its Chair, Claudia Reinholt (SPD), visited …": a
        // delegation acts as the one who leads it
        if (relative.Success && DelegationLedBy().IsMatch(relative.Value) && DelegationOpening().IsMatch(text)
            && before.LastOrDefault(m => Inside(m, relative) && m.Actor.Kind is ActorKind.Official or ActorKind.Person) is { } leader)
            return [leader];
        return relative.Success && before.Any(m => m.End <= relative.Index) ? [.. before.Where(m => m.End <= relative.Index || m.Start >= relative.Index + relative.Length)] : before;
    }

    [GeneratedRegex(@"^,\s+(led|headed)\s+by\b")]
    private static partial Regex DelegationLedBy();

    /// <summary>"A delegation of …", "The parliamentary delegation …" opening a sentence.</summary>
    [GeneratedRegex(@"^\W*(A|The)\s+([\w-]+\s+)?delegation\b")]
    private static partial Regex DelegationOpening();

    [GeneratedRegex(@"^,\s[^,]+(,[^,]+)?,\s*(has\s+|have\s+|had\s+|also\s+|today\s+|on\s+\w+\s+)?$")]
    private static partial Regex Apposition();

    /// <summary>Whether a position lies inside a bracket that closes before <paramref name="limit"/>.</summary>
    private static bool Bracketed(string text, int at, int limit)
    {
        var open = text.LastIndexOf('(', at);
        if (open < 0 || text.IndexOf(')', open) is var close && close < at) return false;
        return close >= 0 && close < limit;
    }

    /// <summary>", whom he ", ", whom she also " right before a verb.</summary>
    [GeneratedRegex(@",\s+whom\s+(he|she|they|I|we)\s+(also\s+)?$")]
    private static partial Regex WhomHeRightBefore();

    /// <summary>", who " (", who also ", ", who in turn ") right before a verb.</summary>
    [GeneratedRegex(@",\s+who\s+(also\s+|then\s+|in\s+turn\s+)?$")]
    private static partial Regex WhoRightBefore();

    /// <summary>"assured her", "told him": a verb and the him or her it tells.</summary>
    [GeneratedRegex(@"^\w+\s+(him|her)\b")]
    private static partial Regex VerbThenHimHer();

    /// <summary>", who …,", ", a …,", and ", led by …, and": what describes the subject between it and its verb.</summary>
    [GeneratedRegex(@",\s+(who|which)\s+[^,]+,\s*(\w+\s+)?$|,\s+(a|an)\s+(?!number\b)[^,]+(,[^,]+)*,\s*(\w+\s+)?$|,\s+(led|headed|chaired|co-chaired|accompanied)\s+by\s+[^;:]+?,\s*(and\s+)?(also\s+)?$")]
    private static partial Regex Relative();

    /// <summary>
    /// "will visit", "is expected to meet", "plans to", "did not meet": an announcement or a negation, not a report; nor is
    /// a visit or meeting named as a noun in a sentence about the future ("During his visit to Uzbekistan, Rau will meet …").
    /// </summary>
    private static bool NotReported(string text, Match cue)
    {
        var window = text[Math.Max(0, cue.Index - 40)..cue.Index];
        // "I would like to call on participating States …": said now, in the speaker's words, not announced
        // ("I would also encourage your Ministry to invite …": a call made now, put politely)
        if (Announcement().IsMatch(window) && !Performative().IsMatch(window) && !PoliteCall().IsMatch(window + cue.Value) || Negated(text, cue.Index)) return true;
        return Nominal().IsMatch(cue.Value) && Future().IsMatch(text) && !PastVerb().IsMatch(text);
    }

    private static bool Negated(string text, int cue) => Negation().IsMatch(text[Math.Max(0, cue - 60)..cue]);

    /// <summary>What says a meeting or visit told before it did not happen: "has been postponed", "was cancelled", "did not take place".</summary>
    [GeneratedRegex(@"^[^.;]*?\b((has|have|had|was|were)\s+(since\s+|now\s+|also\s+)?(been\s+)?(postponed|cancell?ed|called\s+off|put\s+off|delayed|suspended|rescheduled)|did\s+not\s+take\s+place|never\s+took\s+place)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CalledOff();

    /// <summary>
    /// The names in the clause a cue ending at <paramref name="from"/> opens; a list of States there runs on past the commas
    /// between them ("harassed in Russia, Belarus and Central Asia", "visits to Armenia, Georgia and Azerbaijan").
    /// </summary>
    private static List<Mention> InClause(string text, IReadOnlyList<Mention> found, int from)
    {
        var end = ObjectClauseEnd(text, from);
        var named = new List<Mention>();
        foreach (var m in found.Where(m => m.Start >= from - 1))
        {
            var listed = named.Count > 0 && (m.Start < named[^1].End // a region's member States share its span
                                             || (m.Actor.Kind is ActorKind.ParticipatingState or ActorKind.State && text[named[^1].End..m.Start] is ", " or " and " or ", and "));
            if (m.Start < end || listed) named.Add(m);
            else if (named.Count > 0) break;
        }

        return named;
    }

    /// <summary>Where the clause a cue opens ends: a comma, semicolon or colon, a quote, or "and"/"but" starting a new verb phrase or "that".</summary>
    private static int ObjectClauseEnd(string text, int from)
    {
        var m = ClauseBreak().Match(text, Math.Min(from, text.Length));
        return m.Success ? m.Index : text.Length;
    }

    [GeneratedRegex(@"[,;:“”""«»]|\s(?:and|but|while|whereas)\s+(?:\w+ed|\w+s|also|said|stressed)\b|\sthat\s")]
    private static partial Regex ClauseBreak();

    /// <summary>
    /// "The European Union and the United States have criticized", "Human Rights Watch, Amnesty International and the Human Rights Centre
    /// “Viasna” are gravely concerned": the sentence opening on States or bodies listed with commas and "and", nothing else before the cue.
    /// </summary>
    private static List<ActorRef>? JoinedBodies(string text, List<Mention> before)
    {
        if (before.Count < 2 || text[..before[0].Start].Trim() is not ("" or "The")) return null;
        for (var k = 0; k < before.Count; k++)
        {
            if (before[k].Actor.Kind is ActorKind.Official or ActorKind.Person) return null;
            if (k > 0 && (before[k].Start < before[k - 1].End || !JoinedTo(text, before[k - 1], before[k]))) return null;
        }

        // the last two joined by "and"
        var bodies = before.Select(m => m.Actor).DistinctBy(a => a.Id).ToList();
        return bodies.Count == before.Count && text[before[^2].End..before[^1].Start].Contains("and", StringComparison.Ordinal) ? bodies : null;
    }

    /// <summary>Whether <paramref name="next"/> is listed with <paramref name="previous"/>: "A and B", "A, the B", "A, and B", "A and its B"; or shares its span ("authorities across Central Asia" names several).</summary>
    private static bool JoinedTo(string text, Mention previous, Mention next) =>
        next.Start < previous.End || text[previous.End..next.Start] is " and " or " and the " or ", " or ", the " or ", and " or ", and the " or " and its "
            // (a heading's capitals: "ALSO ON BEHALF OF ICELAND, NORWAY AND SWITZERLAND")
            or " AND " or " AND THE " or ", AND " or ", THE ";

    /// <summary>
    /// Whom a "should" ending at <paramref name="cue"/> is addressed to: the first party named in its clause and those "and" or a
    /// comma joins to it ("The European Union and the United States have welcomed Uzbekistan’s reforms but should use …").
    /// </summary>
    private static List<ActorRef> Addressed(string text, List<Mention> before, int cue)
    {
        // (one span may name several: "authorities across Central Asia")
        return JoinedRun(text, [.. before.Where(m => text.AsSpan(m.End, cue - m.End).IndexOfAny(ClauseBreaks) < 0)]);
    }

    /// <summary>"A and B discussed", "Désir and Head of Mission Daviet condemned", "…, Ambassador A, and Minister B signed": the last two people named, joined by "and" with only a title between.</summary>
    private static (ActorRef, ActorRef)? JoinedPeople(string text, List<Mention> before)
    {
        var people = new List<Mention>();
        foreach (var m in before.Where(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person))
        {
            // "Foreign Minister Murat Nurtleu": a title and the name it introduces are one mention of one person
            // (and so are a title and the name set off after it: "the Director of ODIHR, Maria Telalian")
            if (people.Count > 0 && people[^1].Actor.Id == m.Actor.Id && people[^1].End <= m.Start && text[people[^1].End..m.Start].Trim() is "" or ",") people[^1] = people[^1] with { End = m.End };
            else people.Add(m);
        }

        // "the Chairperson-in-Office and Austrian Foreign Minister Sebastian Kurz": two titles of one person join no one
        return people.Count >= 2 && people[^2].Actor.Id != people[^1].Actor.Id && people[^2].End <= people[^1].Start
            // ("The Head of the Programme Office, Ambassador Alexey Rogov, and Minister … Ulan Niyazbekov": the appositive's comma before "and")
            && text[people[^2].End..people[^1].Start] is var between && ((between.StartsWith(" and ", StringComparison.Ordinal) ? between : between.StartsWith(", and ", StringComparison.Ordinal) ? between[1..] : ",").IndexOf(',') < 0
                // ("Foreign Minister Maka Botchorishvili and the Director of ODIHR, Maria Telalian, met …": or a title set off before the second name)
                || ApposedPartner().IsMatch(between))
            ? (people[^2].Actor, people[^1].Actor)
            : null;
    }

    /// <summary>Who a sentence reports as saying it: "X said/stated/noted …", "…, X said", "… said X", "according to X", "in the words of X".</summary>
    private static ActorRef? Speaker(string text, IReadOnlyList<Mention> found, ActorRef? lastPerson)
    {
        foreach (var verb in SpeechVerbs(text))
        {
            // "…,” he said.
            if (lastPerson is not null && PronounBefore().IsMatch(text[Math.Max(0, verb.Index - 5)..verb.Index])) return lastPerson;
            // "said Ms Struthers": a courtesy title between the verb and the name
            // ("said Europe and Eurasia director Marc Behrendt": or a post in lower case, with the region it covers)
            var right = found.FirstOrDefault(m => m.Start >= verb.Index + verb.Length && (m.Start - (verb.Index + verb.Length) <= 2 || Courtesy().IsMatch(text[(verb.Index + verb.Length)..m.Start])
                || (m.Actor.Kind is ActorKind.Official or ActorKind.Person && m.Start - (verb.Index + verb.Length) <= 60 && PostBeforeName().IsMatch(text.AsSpan(verb.Index + verb.Length, m.Start - (verb.Index + verb.Length))))));
            // ("Mirzoyan said Armenia was ready to host …": a name after the verb that a verb of its own follows opens what was said)
            // ("said Moscow's refusal to agree the budget was …": nor does one whose deed it names, in the possessive)
            if (right is not null && (ClauseVerbAfter().IsMatch(text.AsSpan(right.End)) || PossessiveAt(text, right.End))) right = null;
            // "said U.S. Ambassador to the OSCE Daniel Baer": the State or body opens the title of the person named after it
            if (verb.Groups["after"].Success && right is { Actor.Kind: not (ActorKind.Official or ActorKind.Person) }
                && found.FirstOrDefault(m => m.Start >= right.End && m.Actor.Kind is ActorKind.Official or ActorKind.Person) is { } titled
                && titled.Start - right.End <= 50 && text[right.End..titled.Start].TrimStart('.').IndexOfAny([',', '.', ';', '"', '“', '”']) < 0)
                return titled.Actor;
            if (verb.Groups["after"].Success && right is not null) return right.Actor;
            // ("…," said the Head of the Programme Office, Ambassador Markus Müller.", "…," said today the Council of Europe Commissioner for
            // Human Rights, Michael O'Flaherty, …: the one named after the office said, not the office or the body it heads)
            if (HeadOfSetOff().Match(text, verb.Index + verb.Length) is { Success: true } headOf
                && found.FirstOrDefault(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person && m.Start >= headOf.Index + headOf.Length && m.Start - (headOf.Index + headOf.Length) <= 12) is { } headNamed)
                return headNamed.Actor;
            // "…, said the European Union.": the speaker after the verb, a body named with "the" that ends the sentence or clause
            // ("Lavrov said the OSCE had failed" reports what the OSCE did)
            if (TheSpeakerAfter().Match(text, verb.Index + verb.Length) is { Success: true } the && found.FirstOrDefault(m => m.Start == the.Index + the.Length) is { } body
                && body.Actor.Kind is not (ActorKind.Official or ActorKind.Person) && text.AsSpan(body.End).TrimStart() is var rest && (rest.IsEmpty || rest[0] is '.' or ',' or ';'))
                return body.Actor;
            // "ODIHR published on December 20 its final report …, concluding that …": a participle after a comma is said by the subject the sentence opens on
            if (verb.Value is "concluding" or "saying" && text.AsSpan(0, verb.Index).TrimEnd().EndsWith(",")
                && found.FirstOrDefault(m => m.End <= verb.Index) is { } opener && text[..opener.Start].Trim() is "" or "The" && !PossessiveAt(text, opener.End))
                return opener.Actor;
            // "ODIHR sent an election assessment mission to Turkmenistan, which concluded that …": what a body's mission concludes, the body does
            if (MissionWhich().IsMatch(text.AsSpan(0, verb.Index))
                && found.FirstOrDefault(m => m.End <= verb.Index && m.Actor.Kind is ActorKind.Organisation or ActorKind.Institution or ActorKind.FieldOperation) is { } sender)
                return sender.Actor;
            var left = found.LastOrDefault(m => m.End <= verb.Index);
            // "intimidated in Moldova according to reports": who something is according to comes after the words
            if (left is null || verb.Value.StartsWith("according", StringComparison.OrdinalIgnoreCase)) continue;
            // "Rachel Denber of Human Rights Watch said", "Evgeniy Zhovtis of the Kazakhstan International Bureau for Human Rights and the Rule of
            // Law said": the person named right before the body they are of speaks (the body known or not, a State in its name or not)
            if (left.Actor.Kind is not (ActorKind.Official or ActorKind.Person) && found.LastOrDefault(m => m.End <= left.Start && m.Actor.Kind is ActorKind.Official or ActorKind.Person) is { } ofBody
                && PersonOf().IsMatch(text.AsSpan(ofBody.End, verb.Index - ofBody.End)))
                return ofBody.Actor;
            var between = text[left.End..verb.Index];
            // "Hugh Williamson, the director of …, said": an apposition between commas
            // ("ODIHR's final report on the 2023 elections, published in June 2023, found": what a body's report finds, the body does)
            if (between.Trim().Length == 0 || Acronym().IsMatch(between) || HeadOf().IsMatch(between) || (between.StartsWith(',') && between.TrimEnd().EndsWith(',') && between.Length < 120) || AdverbOnly().IsMatch(between)
                || (left.Actor.Kind is not (ActorKind.Official or ActorKind.Person or ActorKind.ParticipatingState or ActorKind.State) && BodysReport().IsMatch(between))
                || (verb.Value == "saying" && AsSaying().IsMatch(between))
                // ("Witness Steve Swerdlow of the University of Southern California testified that …": a person, then the body they are of)
                || (left.Actor.Kind is ActorKind.Official or ActorKind.Person && PersonOf().IsMatch(between)))
                return left.Actor;
            // "Jillian Stirk, who headed ODIHR’s election observation mission, stated": a body named inside the apposition does not speak
            if (found.LastOrDefault(m => m.End <= verb.Index && m.Actor.Kind is ActorKind.Official or ActorKind.Person) is { } person && person != left
                && text[person.End..verb.Index] is { Length: < 120 } apposition && apposition.StartsWith(',') && apposition.TrimEnd().EndsWith(',') && apposition.Count(c => c == ',') == 2)
                return person.Actor;
        }

        return null;
    }

    [GeneratedRegex(@"\b(this|these|that|those|the|such)\s+(new\s+)?(equipment|project|programme|program|law|laws|reform|reforms|training|initiative|funding|grant|system|tool|platform|strategy|plan|agreement|decision|document|report|conference|centre|center|software|vehicles|donation)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ThingWill();

    /// <summary>
    /// What a body "will" do that is an event it announces, not a pledge: "will hold a conference", "will host the meeting", "will take
    /// place"; or what it will do with the document itself: "will circulate this summary to all participating States".
    /// </summary>
    [GeneratedRegex(@"^(?:will|would)\s+(?:also\s+)?(?:hold|convene|meet|visit|travel|attend|host|organi[sz]e|take\s+place|be\s+held|open\s+(?:the|a|its)\s+(?:conference|meeting|session|event)|(?:circulate|distribute|forward)\s+(?:this|these|the\s+present)\b)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Scheduled();

    [GeneratedRegex(@"\bfor\s+(funding|financing|(their|its)\s+(generous\s+)?(financial\s+)?(support|contributions?|funding))\b|\b(funded|financed|co-funded|sponsored)\s+by\b|\bwith\s+(the\s+)?(generous\s+)?financial\s+support\s+of\b")]
    private static partial Regex Donors();

    /// <summary>A fact sheet's heading over the States that fund a project: "Donors", "Donor(s):", "Funded by:".</summary>
    [GeneratedRegex(@"^\W*(Donors?|Donor\(s\)|Funded\s+by|Funding\s+partners|Contributors)\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DonorsHeading();

    [GeneratedRegex(@"\G\s+[\w’'-]+(’s|'s)\s+(\w+\s+)?(partners|allies|donors|friends),\s+including\s+")]
    private static partial Regex PartnersAfter();

    [GeneratedRegex(@"\b(the|its)\s+(final\s+|interim\s+|latest\s+)?(report|findings|assessment)\s+(was|were|is|are)\b")]
    private static partial Regex TheReportWas();

    [GeneratedRegex(@"\b(?<city>\p{Lu}\p{Ll}+)\s+((has|have|had)\s+)?((repeatedly|so\s+far|also)\s+)?$")]
    private static partial Regex CapitalSubject();

    [GeneratedRegex(@"\bborders?\s+(with|of)\s+(the\s+)?$")]
    private static partial Regex BorderWith();

    [GeneratedRegex(@"\b\d{1,2}[:.]\d{2}\s*(-|–|to)\s*\d{1,2}[:.]\d{2}\b")]
    private static partial Regex EventHours();

    [GeneratedRegex(@"^congratulat\w*\s+[^,;.]*?\bon\s+", RegexOptions.IgnoreCase)]
    private static partial Regex CongratulatedOn();

    [GeneratedRegex(@"\bwith\s+(the|both)\s+(two\s+)?(parties|sides)\b")]
    private static partial Regex WithTheParties();

    [GeneratedRegex(@"\b(the|both)\s+(two\s+)?(countries|states|governments|neighbours|neighbors)\s+(have\s+|had\s+|also\s+|jointly\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TwoCountries();

    [GeneratedRegex(@"\b[Aa]t\s+the\s+invitation\s+of\s+")]
    private static partial Regex InvitationOf();

    [GeneratedRegex(@"\bmission\s+(to|in)\s+[^,.;]{2,60},\s+which\s+$")]
    private static partial Regex MissionWhich();

    // ("… today issued the following statement on the sentencing of three journalists … by a court in Minsk:": with what it is on)
    [GeneratedRegex(@"\b((issued|released|made|delivered|gave|read)\s+(the\s+following|this|a|his|her)\s+(\w+\s+)?(statement|remarks|declaration|comments?)(\s+(on|about|regarding|concerning)\s+[^:\n]{3,200}?)?|\b(said|stated|declared|wrote|added|noted))\s*:\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex StatementFollows();

    [GeneratedRegex(@"^[^.;]*\b(was|were)\s+(appreciated|emphasi[sz]ed|stressed|reaffirmed|underlined|reiterated|confirmed)\b")]
    private static partial Regex NominalPledge();

    /// <summary>What an open call asks for, inviting rather than urging: "applications", "papers", "proposals", "expressions of interest".</summary>
    [GeneratedRegex(@"^\s+(the\s+)?(applications?|papers|proposals|nominations|tenders|bids|submissions|entries|candidates|candidatures|participants|expressions\s+of\s+interest)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Solicited();

    /// <summary>A photo's caption: what it shows, then where and the day, and perhaps its credit: "…, Ashgabat, 24 November 2026. (OSCE/Aylin Kaya)".</summary>
    [GeneratedRegex(@",\s+\p{Lu}[\p{L}'’-]+(\s+\p{Lu}[\p{L}'’-]+)?,\s+\d{1,2}\s+(" + Dates.Months + @")\s+(19|20)\d\d\.?\s*(\((Photo:\s*|©\s*)?[^()\n]{2,60}\))?\s*$")]
    private static partial Regex Caption();

    /// <summary>A day counted on from the one told before: "The next day", "the following day", "Two days later", "three days after that".</summary>
    [GeneratedRegex(@"\b(?:the\s+(?<next>next|following)\s+day|(?<n>\d|one|two|three|four|five|six|seven)\s+days?\s+(?:later|after\s+that))\b", RegexOptions.IgnoreCase)]
    private static partial Regex DaysLater();

    private static int? LaterBy(Match later) =>
        later.Groups["next"].Success ? 1
        : Array.IndexOf(["one", "two", "three", "four", "five", "six", "seven"], later.Groups["n"].Value.ToLowerInvariant()) is var word and >= 0 ? word + 1
        : int.TryParse(later.Groups["n"].Value, out var n) && n > 0 ? n : null;

    [GeneratedRegex(@"\bwhen\s+(we|they|I|he|she)\s+met(\s+in\s+\p{Lu}[\p{L}-]+)?\s+(on\s+)?$")]
    private static partial Regex WhenMetOn();

    /// <summary>What may stand between a meeting's cue and its day: "", " in Tashkent, ", " in Bern on ".</summary>
    [GeneratedRegex(@"^\s*((in|at)\s+(the\s+)?\p{Lu}[\p{L}'’-]+(\s+\p{Lu}[\p{L}'’-]+){0,2}\s*,?\s*)?(on\s+)?$")]
    private static partial Regex OwnPlaceAndDay();

    /// <summary>What a praise values that is the praisers' own: "the close co-operation between the Sides", "the co-operation between our two countries".</summary>
    [GeneratedRegex(@"^\s*(the\s+)?([\w-]+\s+){0,3}co-?operation\s+between\s+(the\s+(two\s+)?(sides|parties)|us|our\s+(two\s+)?(countries|states|nations))\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnCooperation();

    [GeneratedRegex(@"\b(importance|need|necessity|continu(e|ed|es|ing|ation)|develop(ing)?|strengthen(ing)?|deepen(ing)?)\b[^.;:]{0,60}$", RegexOptions.IgnoreCase)]
    private static partial Regex ValuedAhead();

    /// <summary>
    /// "However, he urged …", "She also stressed …": the speaker of the sentence before goes on (narrower than
    /// <see cref="Mentions.SubjectPronoun"/>, whose openings "In Tbilisi, he …", "On Monday he …" move on to another day).
    /// </summary>
    [GeneratedRegex(@"^\W*((However|Moreover|Furthermore|But|Also|In\s+addition),?\s+)?(he|she)\s+(also\s+)?\w+ed\b", RegexOptions.IgnoreCase)]
    private static partial Regex GoesOn();

    /// <summary>A sentence of the same paragraph opening on one the sentence before named, and a verb in the past: "Đurić thanked …", "NUNS urged …".</summary>
    private static bool NamedAgain(Sentence sentence, IReadOnlyList<Mention> found, IReadOnlyList<Mention> before) =>
        // (by name, not by a title: "The Secretary General welcomed …" after "… also met … on Thursday" may be of the story's day)
        !sentence.OpensLine && found is [{ Start: <= 4 } opening, ..] && !opening.Rule.Contains("title", StringComparison.Ordinal) && before.Any(m => m.Actor.Id == opening.Actor.Id)
        && PastVerbNext().IsMatch(sentence.Text.AsSpan(opening.End));

    /// <summary>A sentence opening on one the sentence before named, by name or title, telling someone what they will do: "The Minister assured me that …".</summary>
    /// <remarks>("I met the OSCE Secretary General … in Vienna on 19 November …. I informed him that Ireland will …": or the speaker telling one the sentence before named)</remarks>
    private static bool ToldWhenMet(Sentence sentence, IReadOnlyList<Mention> found, IReadOnlyList<Mention> before) =>
        (found is [{ Start: <= 4 } opening, ..] && before.Any(m => m.Actor.Id == opening.Actor.Id) && AssuredNext().IsMatch(sentence.Text.AsSpan(opening.End)))
        || (OpensOnI().Match(sentence.Text) is { Success: true } i && AssuredNext().Match(sentence.Text[i.Length..]) is { Success: true, Groups: var told } && told[3].Value is not ("me" or "us")
            && before.Any(m => m.Actor.Kind is ActorKind.Official or ActorKind.Person));

    [GeneratedRegex(@"^\W*I(?=\s)")]
    private static partial Regex OpensOnI();

    [GeneratedRegex(@"^\s+(also\s+)?(assured|told|informed|promised)\s+(me|him|her|us|them)\b")]
    private static partial Regex AssuredNext();

    /// <summary>A verb in the past right after a name: " thanked", " also urged".</summary>
    [GeneratedRegex(@"^\s+(also\s+|further\s+|then\s+)?\p{Ll}{3,}ed\b")]
    private static partial Regex PastVerbNext();

    // ("The government promised at the time that registration would be …": the "that" of what was said, not a time clause)
    [GeneratedRegex(@"\bat\s+the\s+time\b(?!\s+(of|when|that|being)\b)|(?<=\b(promised|said|stated|announced|pledged|assured|claimed|insisted)\s+)at\s+the\s+time\b(?=\s+that\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AtTheTime();

    [GeneratedRegex(@"^(OSCE\s+)?(Secretariat|Secretary\s+General|Office\s+of\s+the\s+Secretary\s+General)$")]
    private static partial Regex SecretariatOffice();

    [GeneratedRegex(@"\b(settlement|agreement|treaty|dialogue|talks|negotiations|relations|engagement|reconciliation|normali[sz]ation|co-?operation|partnership|demarcation|delimitation|peace)\s+(process\s+)?with\s+(the\s+|neighbouring\s+|neighboring\s+)?$")]
    private static partial Regex DealWith();

    /// <summary>A State's title for its official, set off before their name: "’s envoy, ", "'s ambassador to the OSCE, ", "’s Permanent Representative, ".</summary>
    [GeneratedRegex(@"^(’s|'s)\s+([\w-]+\s+){0,3}?(ambassador|envoy|representative|delegate|minister|spokes(person|man|woman))(\s+(to|at|in)\s+(the\s+)?(OSCE|Organi[sz]ation\b[^,]{0,60}|Vienna|Permanent\s+Council))?,\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex StatesTitle();

    [GeneratedRegex(@"\b(contribution|contributions|role|participation|support)\s+(to|in|for)\s+(the\s+)?$")]
    private static partial Regex ContributionTo();

    /// <summary>"cooperation between the Kyrgyz Republic and the ", "relations between ": who a cooperation is between, before the one named.</summary>
    [GeneratedRegex(@"\b(co-?operation|relations|partnership|ties|dialogue)\s+between\s+(the\s+)?([^.;]{0,60}?\s+and\s+(the\s+)?)?$")]
    private static partial Regex CooperationBetween();

    /// <summary>A sentence opening on a body's work, the body's name at \0: "The \0 report cited by the EU was …", "\0’s latest statement"; or on what the body did: "\0 refused to send observers".</summary>
    [GeneratedRegex(@"^\W*(The\s+)?\u0000(’s|'s)?\s+(\w+\s+)?(report|statement|assessment|findings|conclusions|resolution|decision|methodology)\b|^\W*(The\s+)?\u0000\s+(has\s+|had\s+)?(refused|declined|decided|published|issued|released|claimed|presumed|chose)\b")]
    private static partial Regex BodysWork();

    /// <summary>A body used as a tool: "using it as a tool of", "turning the OSCE into an instrument for".</summary>
    [GeneratedRegex(@"^(using|uses|use|used|turn\w*)\s+\w+(\s+\w+)?\s+(as|into)\s+(a|an)\s+(tool|instrument)\b")]
    private static partial Regex ToolUse();

    /// <summary>That work referred back to: "Its conclusions are …", "Their findings …".</summary>
    [GeneratedRegex(@"^\W*(Its|Their)\s+(\w+\s+)?(conclusions|findings|assessments?|recommendations|methodology|authors?|claims|allegations|sources)\b")]
    private static partial Regex ItsWork();

    /// <summary>A deed the sentence before told, referred back to: "These attacks are …", "Such actions …".</summary>
    [GeneratedRegex(@"^\W*(These|This|Such|The)\s+(\w+\s+)?(attacks?|strikes?|actions?|acts?|shelling|bombardments?|arrests?|detentions?|raids?|measures?|steps?|moves?|decisions?|convictions?|sentences?)\b")]
    private static partial Regex TheseDeeds();

    /// <summary>Whether a sentence refers back to a deed the sentence before told: "These attacks are …", "The UK condemns these attacks".</summary>
    private static bool RefersBackToDeed(string sentence) => TheseDeeds().IsMatch(sentence) || CondemnedDeeds().IsMatch(sentence);

    /// <summary>A deed the sentence before told, condemned: "The UK condemns these attacks" (apart from <see cref="TheseDeeds"/>, whose anchor leads its search).</summary>
    [GeneratedRegex(@"\b(condemns?|condemned|deplores?|deplored|denounces?|denounced)\s+(these|this|such)\s+(\w+\s+)?(attacks?|strikes?|actions?|acts?|shelling|bombardments?|arrests?|detentions?|raids?)\b")]
    private static partial Regex CondemnedDeeds();

    /// <summary>"the support it needs ", "help they ": a need told of what is given, right before "needs to".</summary>
    [GeneratedRegex(@"\b(support|help|assistance|resources|tools|funding|means|equipment|everything)\s+(that\s+)?(it|they|he|she)\s+$")]
    private static partial Regex HelpItNeeds();

    [GeneratedRegex(@"\b(at\s+the\s+time|then-\p{L})")]
    private static partial Regex ThenInOffice();

    [GeneratedRegex(@"^\W*(During|As\s+part\s+of|In\s+the\s+course\s+of|On)\s+(his|her)\s+([\w-]+\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnVisitOpening();

    [GeneratedRegex(@"^\W*During\s+(his|her|their|the)\s+visit\s*,")]
    private static partial Regex DuringTheVisit();

    /// <summary>
    /// "It urged …", "It also called on …": a sentence going on with what the statement or report the sentence before told of said
    /// ("Kypreos on Friday warned that …. / Speaking at a conference on media pluralism in Pristina, Kypreos said …": or with where the one it told of spoke).
    /// </summary>
    [GeneratedRegex(@"^\W*(It\s+(also\s+)?(urged|called|recommended|noted|found|concluded|welcomed|criticised|criticized|regretted|deplored|stressed|added)\b|Speaking\s+(at|during|to)\s+(a|an|the)\b)")]
    private static partial Regex ItWentOn();

    /// <summary>A verb of a statement made in the past: "said that", "found that", "concluded that".</summary>
    [GeneratedRegex(@"\b(said|stated|found|concluded|noted|declared)\s+that\b")]
    private static partial Regex SaidThen();

    /// <summary>A subject that is the author's own: "We", "The Mission" (a body's anaphor, capitalised).</summary>
    [GeneratedRegex(@"^\s*([Ww]e|[Tt]he\s+\p{Lu}[\w-]+)\s+\p{Ll}")]
    private static partial Regex OwnSubject();

    /// <summary>A sentence opening on its day: "25 March – …", "3 March 2025: …", "On 27 March, …", "On March 27, …".</summary>
    /// <summary>"In March 2023, …", "At the Madrid meeting in 2007, …", and in a year's review "In June, …".</summary>
    [GeneratedRegex(@"^\W*In\s+((early|late|mid)[\s-]+)?((" + Dates.Months + @")\s+)?(19|20)\d\d,|^\W*(At|During)\s+the\s+[^,.;]{3,80}?\s+in\s+((" + Dates.Months + @")\s+)?(19|20)\d\d,|^\W*In\s+((early|late|mid)[\s-]+)?(" + Dates.Months + @"),")]
    private static partial Regex OpensOnPast();

    /// <summary>A line opening on its day: "On 27 March, …", "25 March – …", "12 February 2026 | …" (a timeline's row), "- 24.11: …" (a report's item), "On 20 November we …".</summary>
    [GeneratedRegex(@"^\W*((On\s+)?\d{1,2}\s+(" + Dates.Months + @")(\s+\d{4})?\s*(,|:|[–—-]\s|\|)|On\s+\d{1,2}\s+(" + Dates.Months + @")(\s+\d{4})?\s+(?=we\s)|On\s+(" + Dates.Months + @")\s+\d{1,2}(,\s+\d{4})?,|\d{1,2}\.\d{1,2}\.?(\d{4})?\s*(:|[–—-]\s))")]
    private static partial Regex OpensOnDay();

    [GeneratedRegex(@"\b(my|his|her|our)\s+office\b|\bthe\s+office\s+(stood|stands|was|is|remains?|would|will)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnOffice();

    /// <summary>
    /// A sentence opening on what its subject is a member of, or on a body's gathering: "As a participating State of the OSCE
    /// and a member of the Council of Europe,", "At the OSCE Madrid Ministerial Meeting in November 2007,", "During its last
    /// Universal Periodic Review at the UN Human Rights Council," (not a meeting with someone: who was met is named as met); or on
    /// its joining one: "Turkmenistan joined the OSCE in 1992 and, like every participating State, accepted …", "When it joined the
    /// Council of Europe in 2001, Azerbaijan undertook …", "When it was granted EU candidate status in June 2022, Moldova undertook …",
    /// "Azerbaijan has been a member of the Council of Europe since 2001, when it undertook …".
    /// </summary>
    [GeneratedRegex(@"^\W*((([A-Z][.)]\s+)?([Ww]hereas\s+)?(?-i:\p{Lu})[\p{L}-]+(\s+(?-i:\p{Lu})[\p{L}-]+){0,2},\s+as\s+|As\s+)(an?\s+)?(OSCE\s+)?(participating\s+State|member(\s+State)?|signatory|State\s+party)\b|(At|During)\s+(?![^,;.]{0,60}\b(with|between)\b)[^,;.]{0,100}?\b(?i:meeting|ministerial|summit|council|committee|review|session|conference)\b)[^,;.]{0,120},|^\W*[^,;.]{1,60}?\b(joined|acceded\s+to|became\s+a\s+(participating\s+State|member)\s+of)\s+(the\s+)?(?-i:\p{Lu})[^,;.]{0,80}?\s+and\b|^\W*(When|After|Upon|As)\s+(it|they|\p{Lu}[\w’'-]*)\s+(joined|acceded\s+to|became\s+a\s+(participating\s+State|member)\s+of|was\s+granted|were\s+granted|obtained)\s+(the\s+)?(?-i:\p{Lu})[^,;.]{0,80},|^\W*[^,;.]{1,60}?\b(has\s+been|have\s+been|is|are)\s+an?\s+(participating\s+State|member(\s+State)?)\s+of\s+(the\s+)?(?-i:\p{Lu})[^,;.]{0,80}?\s+since\s+(19|20)\d\d,\s+when\b")]
    private static partial Regex MemberOrGathering();

    [GeneratedRegex(@"^\s+(of\s+)?" + StandardsFailed, RegexOptions.IgnoreCase)]
    private static partial Regex FailedStandards();

    /// <summary>"his Office", "her Office" right after a verb: the office its holder heads.</summary>
    [GeneratedRegex(@"^\s+(his|her)\s+(?-i:O)ffice\b")]
    private static partial Regex HisOffice();

    /// <summary>" of the University of Southern California ": the body a person just named is of, up to the verb after it.</summary>
    [GeneratedRegex(@"^\s+of\s+(the\s+)?\p{Lu}[^,;.“”""]{0,80}?\s+$")]
    private static partial Regex PersonOf();

    /// <summary>A court's ruling told: "ruled on Tuesday that", "found that".</summary>
    [GeneratedRegex(@"\b(ruled|found)\b[^.;]{0,60}?\bthat\b")]
    private static partial Regex Ruled();

    /// <summary>A report welcomed: "welcomed the report", "welcomes the findings".</summary>
    [GeneratedRegex(@"\b(welcomed|welcomes|praised|hailed)\s+the\s+(report|findings|final\s+report)\b")]
    private static partial Regex ReportWelcomed();

    /// <summary>A ruling judged: "rejected the ruling", "welcomed the judgment", "criticised the verdict".</summary>
    [GeneratedRegex(@"\b(rejected|dismissed|welcomed|critici[sz]ed|praised|condemned)\s+(the|this|that|its)\s+(\w+\s+)?(ruling|judge?ment|verdict)\b")]
    private static partial Regex TheRuling();

    /// <summary>The marks a list's items open on (<see cref="Sentences.BulletMarks"/>).</summary>
    private const string BulletMarks = Sentences.BulletMarks;

    /// <summary>
    /// Whether a sentence opens on the cue's verb, with no subject of its own: a list's item ("• strongly condemns …") or an operative
    /// paragraph, its number read off ("5. Will continue to support …" under "The OSCE Chairpersonship,"), not a question.
    /// </summary>
    private static bool OpensOnItsVerb(string text, Match match) =>
        ItemOpening().IsMatch(text.AsSpan(0, match.Index))
        || (match.ValueSpan.StartsWith("Will", StringComparison.Ordinal) && text.AsSpan(0, match.Index).Trim().IsEmpty && !text.TrimEnd().EndsWith('?'));

    /// <summary>
    /// A list's bullet and perhaps an adverb, all there is before a verb: "• ", "• strongly " (or, before a meeting named as a noun, its
    /// kind: "- Bilateral "); or an operative paragraph's number: "5. Will continue to support …" under "The OSCE Chairpersonship,".
    /// </summary>
    [GeneratedRegex(@"^\s*([" + BulletMarks + @"]|\d{1,2}\.)\s*(\w+ly\s+|(?-i:Bilateral|Trilateral|Courtesy|Working|Official|Introductory|Farewell|Separate)\s+)?$")]
    private static partial Regex ItemOpening();

    /// <summary>What a day names, right before it: "the agreement of ", "its decision of ", "the pledge made on ".</summary>
    [GeneratedRegex(@"\b(the|its|their|this|that)\s+(\w+\s+)?(agreement|decision|commitment|pledge|promise|undertaking|deal|accord|arrangement|ruling)\s+((made|reached|taken|given)\s+)?(of|on|from)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex NamedByDay();

    /// <summary>A source in square brackets closing a sentence: " [OSCE Mission to Moldova]", " [Government of Moldova]".</summary>
    [GeneratedRegex(@"(?<=[.!?”""]\s*)\[\p{Lu}[^\[\]]{1,80}\]$")]
    private static partial Regex SourceTag();

    /// <summary>" that " and perhaps "the", right after a call's verb: "recommended that Armenia …".</summary>
    [GeneratedRegex(@"\G\s+that\s+(the\s+)?")]
    private static partial Regex ThatSubject();

    /// <summary>A word in lower case right after a name: its verb ("Armenia invite ODIHR").</summary>
    [GeneratedRegex(@"^\s+\p{Ll}+\b")]
    private static partial Regex LowerWordAfter();

    /// <summary>A finite verb right after a name: " was", " would", " has" (the name is its subject).</summary>
    [GeneratedRegex(@"^\s+(was|were|is|are|would|will|had|has|have|could|should|must|remained|remains|did|does|stood|stands)\b")]
    private static partial Regex ClauseVerbAfter();

    /// <summary>"We at the ", "We, the ": the first person plural of a body, opening a clause.</summary>
    [GeneratedRegex(@"(?:^|[.;:]\s+|“|"")\s*We(?:\s+at|,)\s+(?:the\s+)?(?-i:\p{Lu})[^.;]*$")]
    private static partial Regex WeAt();

    /// <summary>What a body's recommendations are named after: "in implementing ", "to implement the ", "follow-up to".</summary>
    [GeneratedRegex(@"\b(implement(ing|ation\s+of|ed|s)?|follow(ing)?(-|\s)up\s+(to|on)|in\s+line\s+with|address(ing)?)\s+(the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ImplementingWhose();

    /// <summary>A possessive then recommendations, right after a body's name: "'s recommendations", "’s key recommendations", " recommendations".</summary>
    [GeneratedRegex(@"^([’']s)?\s+(\w+\s+)?recommendations\b")]
    private static partial Regex OwnRecommendations();

    /// <summary>What is said of recommendations not acted on: "implementation", "implemented", "addressed", "follow-up".</summary>
    [GeneratedRegex(@"\b(implement\w*|fulfil\w*|follow(ed)?[- ]up|addressed|carried\s+out|acted\s+(up)?on|heeded)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeftUndone();

    /// <summary>A headline that opens on the State it is about, before a colon: "Uzbekistan: Release of Blogger Welcome".</summary>
    [GeneratedRegex(@"^\s*(?<state>\p{Lu}[\p{L}]+(\s+(and\s+)?\p{Lu}[\p{L}]+){0,2})\s*:\s+\p{Lu}")]
    private static partial Regex HeadlineState();

    /// <summary>What comes before the body that made recommendations: "the recommendations of ", "recommendations made by the ".</summary>
    [GeneratedRegex(@"\brecommendations\s+(made\s+|issued\s+|given\s+)?(of|by)\s+(the\s+)?(OSCE\s+)?$")]
    private static partial Regex RecommendationsMadeBy();

    /// <summary>What comes after a body whose recommendations these are: "'s recommendations", " key recommendations".</summary>
    [GeneratedRegex(@"^(['’]s)?\s+(\w+\s+){0,2}?recommendations\b")]
    private static partial Regex TheirRecommendations();

    /// <summary>A body's name before its recommendations: "ODIHR recommendations", "the Venice Commission’s key recommendations".</summary>
    [GeneratedRegex(@"\b(?<body>\p{Lu}[\w’'-]*(\s+(of\s+(the\s+)?)?\p{Lu}[\w’'-]*){0,5}?)(’s|'s)?\s+(\w+\s+)?recommendations\b")]
    private static partial Regex RecommendationsOf();

    /// <summary>A pledge the one who makes it calls their own: "reaffirmed his readiness", "her personal commitment".</summary>
    [GeneratedRegex(@"\b(my|his|her)\s+((own|personal|full|continued|strong)\s+)?(readiness|commitment|willingness|intention|determination|support|resolve)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnPledge();

    [GeneratedRegex(@"\b(the|these|those|all)\s+(\w+\s+)?(countries|states|governments)\b")]
    private static partial Regex TheCountries();

    [GeneratedRegex(@"\b(part\s+of|during|in\s+the\s+course\s+of)\s+(his|her|their|the)\s+(\w+\s+){0,2}visit", RegexOptions.IgnoreCase)]
    private static partial Regex VisitFrame();

    [GeneratedRegex(@"\G\s*(\w+\s+){0,4}?(of|from)\s+")]
    private static partial Regex FromStates();

    [GeneratedRegex(@"\b(during|in\s+the\s+course\s+of)\s+(the|his|her|this)\s+visit\b", RegexOptions.IgnoreCase)]
    private static partial Regex DuringVisit();

    /// <summary>"the " after a verb of saying, before a capital ("said the European Union", "said today the Council of Europe Commissioner …").</summary>
    [GeneratedRegex(@"\G\s+((today|yesterday)\s+)?the\s+(?=\p{Lu})")]
    private static partial Regex TheSpeakerAfter();

    /// <summary>A title between a verb of saying and the name: "said Ms Struthers", "said Head of Delegation Farah Karimi".</summary>
    [GeneratedRegex(@"^\s+((Mr|Ms|Mrs|Dr|Prof)\.?|((Foreign|Prime|Deputy)\s+)?(Ambassador|Director|Minister|President|Commissioner|Representative|Chair(man|person|woman)?|Senator|Governor|Secretary[- ]General|Professor|Head\s+of\s+(the\s+)?(Delegation|Mission|Office)|Special\s+Co-?ordinator))\s+$")]
    private static partial Regex Courtesy();

    /// <summary>A courtesy title that says the sex of whom it precedes; the group f marks a woman's.</summary>
    private const string SexedTitle = @"\b(?:Mr|(?<f>Ms|Mrs|Madam|Madame))\.?\s+";

    [GeneratedRegex(SexedTitle + "$")]
    private static partial Regex Sexed();

    [GeneratedRegex(@"^[^.;]*\b(will|would|shall|should\s+continue)\b")]
    private static partial Regex Pledging();

    [GeneratedRegex(@"\bin\s+(the\s+)?$")]
    private static partial Regex Located();

    [GeneratedRegex(@"\b[Ii]n\s+(the\s+)?$")]
    private static partial Regex Within();

    [GeneratedRegex(@"\bin\s+(the\s+)?(capital\s+of\s+)?$")]
    private static partial Regex StoppedIn();

    [GeneratedRegex(@"[Cc]hair(man|person)ship\s+of\s+(the\s+)?$")]
    private static partial Regex ChairshipOf();

    [GeneratedRegex(@"^met\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex MetAlone();

    [GeneratedRegex(@"\b(allegations?|claims?|reports?)\s+of\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex AllegationsOf();

    [GeneratedRegex(@"\b(his|her|their)\s+(interlocutors?|guests?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Interlocutor();

    [GeneratedRegex(@"\bwill\s+continue\s+to\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ContinuesTo();

    [GeneratedRegex(@"^\s*(demand|call|urge|press|insist|condemn|denounce)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CallAfter();

    [GeneratedRegex(@"\b(separately|both|each|respectively|individually)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Separately();

    [GeneratedRegex(@"\b(the|this)\s+(?<head>organi[sz]ation|assembly)(’s|'s|`s)", RegexOptions.IgnoreCase)]
    private static partial Regex OrganisationsOwn();

    [GeneratedRegex(@"\b(discussed|discussions?\s+(on|of|about)|talked\s+about|focused\s+on|exchanged\s+views\s+on)\b[^;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex TalkedOver();

    /// <summary>"The country" opening a sentence, as its subject or whose ("The country's").</summary>
    [GeneratedRegex(@"^\W*The\s+country\b(?!\s+(of|to|where|which|that)\b)")]
    private static partial Regex TheCountryOpens();

    /// <summary>"praised the agreement on the state border ": a judgement of a thing named, right before what signed it.</summary>
    [GeneratedRegex(@"\b(praised|praises|welcomed|welcomes|commended|commends|hailed|criticised|criticized|condemned)\s+the\s+[^.;,]{0,80}$")]
    private static partial Regex JudgedThing();

    /// <summary>
    /// "The amendments to Azerbaijan's law on non-governmental organisations, ", "about the amendments to Kyrgyzstan's Law on Mass Media ": a
    /// law, its amendments or a decree, before what signed it (with no agreement or plan named between, which would be what was signed).
    /// </summary>
    [GeneratedRegex(@"\b(the|these|this)\s+(\w+\s+)?(amendments?|law|laws|decree|bill|code)\b((?!\b(memorandum|agreement|declaration|roadmap|protocol|plan|charter|convention|strategy|programme)\b)[^.;])*,?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LawSigned();

    /// <summary>"that no journalist would be ", "no outlet will ever be ": a wrong said never to be done, right before its verb.</summary>
    [GeneratedRegex(@"\bno\s+[\w-]+(\s+[\w-]+)?\s+(would|will)\s+(ever\s+)?be\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex NoneWouldBe();

    /// <summary>"expressed hope that the Kyrgyz authorities ", "expects that the government ": what is hoped or expected of someone, right before what they would do.</summary>
    [GeneratedRegex(@"\b(hopes?|hoped|expects?|expected|wish(es|ed)?)\s+that\s+[^.;,]{0,60}$", RegexOptions.IgnoreCase)]
    private static partial Regex HopedThat();

    /// <summary>"According to Viasna, more than 1,100 people remain …", "At least five lawyers have been jailed …, according to the Norwegian
    /// Helsinki Committee": a figure cited from a source, in a sentence that says whose it is.</summary>
    [GeneratedRegex(@"^\W*According\s+to\s+[^,;]{3,80},\s+" + Figure + @"|^\W*" + Figure + @"[^.;]*,\s+according\s+to\s+[^,;]{3,80}\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex CitedFigure();

    /// <summary>A figure opening what is counted: "more than 1,100", "at least five", "dozens".</summary>
    private const string Figure = @"((more\s+than|at\s+least|over|some|about|nearly|almost)\s+)?(\d|(one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b)";

    /// <summary>", and the ", ", and ": a second clause opening on a subject of its own.</summary>
    [GeneratedRegex(@",\s+and\s+(the\s+)?$")]
    private static partial Regex AndItsSubject();

    /// <summary>", which ODIHR had ", " as the Commission has previously ": a relative clause opening on what someone had done before.</summary>
    [GeneratedRegex(@"(,\s+which|\bas)\s+([\w’'-]+\s+){1,5}?(had|has|have)\s+(previously\s+|earlier\s+|already\s+|repeatedly\s+|long\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex RecommendedBefore();

    /// <summary>"should also invoke the Moscow Mechanism to examine …", "must investigate": a call to look into what it goes on to name.</summary>
    [GeneratedRegex(@"\b(should|must)\s+(also\s+|now\s+|urgently\s+|immediately\s+|promptly\s+)?(invoke|examine|investigate|look\s+into|review|inquire\s+into|establish\s+the\s+facts)\b[^.;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex ShouldLookInto();

    [GeneratedRegex(@"\b(were|was)\s+(also\s+)?held\b|\btook\s+place\b")]
    private static partial Regex HeldPassive();

    [GeneratedRegex(@"^,?\s+as\s+$")]
    private static partial Regex AsSaying();

    [GeneratedRegex(@"\b(he|she)\s+$")]
    private static partial Regex PronounBefore();

    [GeneratedRegex(@"\b([Ww]e|I)\s+([a-z]+\s+){0,3}$|\bWe,\s+the\s+undersigned(\s+\w+)?,\s+$|\b[Oo]ur\s+(country|government|state|republic|side|nation|chairmanship|chairpersonship|presidency)\s+([a-z]+\s+){0,2}$")]
    private static partial Regex WeBefore();

    [GeneratedRegex(@"\b([Ww]e|[Oo]ur|[Uu]s)\b")]
    private static partial Regex WeSpeak();

    /// <summary>Whether a sentence's speaker speaks as themselves: "I …", and never "we".</summary>
    private static bool OwnWords(string sentence) => FirstPersonSingular().IsMatch(sentence) && !WeSpeak().IsMatch(sentence);

    [GeneratedRegex(@"^\s+that\s+we\b")]
    private static partial Regex WeAfter();

    [GeneratedRegex(@"\b(we|I)\s+(all\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex WeModal();

    /// <summary>Whether a cue opens on "we" ("We will deploy …"), not on "I".</summary>
    private static bool OnWe(ReadOnlySpan<char> cue) => cue is ['W' or 'w', 'e', ' ', ..];

    /// <summary>A cue that opens on its speaker: "We also encourage …", "I warmly welcome …".</summary>
    [GeneratedRegex(@"^(we|I)\s", RegexOptions.IgnoreCase)]
    private static partial Regex WeOpens();

    /// <summary>"We, members of the …", "We, the undersigned organisations of the …": who signs an appeal, named next.</summary>
    [GeneratedRegex(@"^\W*We,\s+(the\s+)?(undersigned\s+)?(\w+\s+)?(members|representatives|participants|signatories|organi[sz]ations)\s+of\s+(the\s+)?")]
    private static partial Regex WeMembers();

    /// <summary>A statement's deliverer: "As delivered by Political Counselor X" (on a line of its own, though the heading above runs into it), "As delivered by Chargé d'Affaires, a.i., X", "Deputy Ambassador Deirdre Brown thanks …", "UK Ambassador to the OSCE Neil Holland says …",
    /// "Comment of the Spokesperson of the Ministry of Foreign Affairs Aykhan Hajizada on the statement of …", "Spokesperson for the UN High Commissioner for Human Rights: Ravina Shamdasani".</summary>
    [GeneratedRegex(@"(?m:^)\W*(\p{Lu}[\p{L} ]{1,30}:\s+)?((As\s+)?[Dd]elivered\s+by|Statement\s+by|STATEMENT\s+BY|Remarks\s+by|Comment\s+(by|of)|Briefing\s+by|Speech\s+by|Address\s+by|Lecture\s+by|Keynote\s+(speech|address|lecture)\s+by|Presented\s+by|Answered\s+by|(An\s+)?[Ii]nterview\s+with)\s+(?<name>[^,\n]{3,80}(,\s+a\.\s?i\.,\s+[^,\n]{3,60})?)|^\W*(?<name>(\p{Lu}[\p{L}.]*\s+)?((Deputy|Permanent|Political|Acting)\s+)?(Ambassador|Chargé\s+d[’']Affaires|Counsell?or|Head\s+of\s+(the\s+)?Delegation)\s+(to\s+the\s+(OSCE|\p{Lu}\w+)\s+)?(\p{Lu}[\p{L}.’'-]*\s+){1,3})(thanks|welcomes|says|calls|urges|condemns|expresses|notes|reiterates|delivers|highlights|commends|stresses|tells|responds|underlines|emphasi[sz]es|reaffirms|raises|sets\s+out)\b|(?m:^)\W*Spokesperson(\s+for\s+[^:\n]{3,80})?:\s+(?<name>\p{Lu}[^,\n]{3,60})")]
    private static partial Regex StatementVoice();

    /// <summary>What a comment or statement is on, named after whoever makes it: "… on the statement of", "regarding".</summary>
    [GeneratedRegex(@"\s(on|regarding|concerning|about)\s+(the\s+)?\p{Ll}")]
    private static partial Regex CommentOn();

    /// <summary>
    /// A person's name in capitals, "MR. DMITRY POLYANSKIY" delivering a statement, "SH. MIRZIYOYEV" signing a decree: whom the
    /// dictionary knows by it, or a new person of two or three words; null for anything else ("THE DELEGATION OF THE RUSSIAN
    /// FEDERATION", "THE EUROPEAN UNION", a line with lower-case letters).
    /// </summary>
    private static ActorRef? UpperCaseName(string name, Mentions names, PartialDate on)
    {
        // ("Sh. MIRZIYOYEV": an initial of two letters, as Russian writes one, is no lower-case word)
        var surname = LeadingInitials().Match(name) is { Success: true, Length: > 0 } initials ? name[initials.Length..] : name;
        if (surname.Any(char.IsLower) || !surname.Any(char.IsUpper)) return null;
        var bare = CourtesyStyle().Replace(FromCapitals(name), "");
        return names.In(bare, on, null) switch
        {
            [{ Actor.Kind: ActorKind.Official or ActorKind.Person } known] when known.End - known.Start == bare.Length => known.Actor,
            [] when bare.Split(' ') is { Length: 2 or 3 } words && words.All(w => w.Length > 1 && char.IsLetter(w[0]) && !NotInNames.Contains(w)) => new ActorRef(Actor.IdFor(bare), bare, ActorKind.Person),
            _ => null,
        };
    }

    [GeneratedRegex(@"^\s*(\p{Lu}\p{Ll}?\.\s*)+")]
    private static partial Regex LeadingInitials();

    private static readonly HashSet<string> NotInNames = new(StringComparer.Ordinal) { "The", "Of", "And", "On", "For", "To", "In", "Delegation", "Mission", "Union", "Federation", "Republic", "Ambassador", "Minister" };

    [GeneratedRegex(@"^((Mr|Ms|Mrs|Dr|H\.E)\.?\s+|(Ambassador|Minister|Deputy|Permanent|Representative)\s+)+")]
    private static partial Regex CourtesyStyle();

    /// <summary>A statement's heading naming the Permanent Council meeting it was made at: "AT THE 1512th MEETING OF THE OSCE PERMANENT COUNCIL", "UK statement to the Permanent Council", "As delivered by Chargé d'Affaires … to the Permanent Council".</summary>
    [GeneratedRegex(@"\b(meeting|session)\s+of\s+the\s+(OSCE\s+)?permanent\s+council\b|\b(statement|address|remarks|reply)\s+(to|at|in)\s+the\s+(OSCE\s+)?permanent\s+council\b|\bdelivered\s+by\b[^.]{0,100}?\bto\s+the\s+(OSCE\s+)?permanent\s+council\b", RegexOptions.IgnoreCase)]
    private static partial Regex CouncilMeeting();

    /// <summary>A trip announced, up to what it is for: "will travel to Chisinau ", "will go to Vienna next week "; or awaited: "ahead of your ".</summary>
    [GeneratedRegex(@"\bwill\s+(\w+\s+)?(travel|go|fly|head|come|return)\s+to\b[^.;]*$|\b(ahead\s+of|in\s+preparation\s+for|prior\s+to)\s+(your|his|her|their|its|the)\s+(upcoming\s+|forthcoming\s+|planned\s+|next\s+)?$")]
    private static partial Regex WillTravel();

    /// <summary>A pledge to consider what is recommended: "will give due consideration to".</summary>
    private const string DueConsideration = @"\bwill\s+give\s+(due|careful|full|serious)\s+consideration\s+to\b";

    /// <summary>A contribution announced: "announced that Spain would contribute 750,000 euros …".</summary>
    private const string AnnouncedContribution = @"\bannounced\s+that\s+(?-i:\p{Lu})[\w-]+(\s+(?-i:\p{Lu})[\w-]+)?\s+would\s+(contribute|donate|allocate|second|provide|fund|host)\b";

    [GeneratedRegex(AnnouncedContribution, RegexOptions.IgnoreCase)]
    private static partial Regex ContributionAnnounced();

    /// <summary>What a second pledge after a first, of another pattern, opens on: "will give due consideration to", "announced that Spain would contribute", "said that Chisinau would …".</summary>
    private static readonly Regex[] SecondPledges = [GivesConsideration(), ContributionAnnounced(), AndSaidItWould()];

    /// <summary>A second pledge said by a verb of its own: "said that Chisinau would " (the name, then "would").</summary>
    [GeneratedRegex(@"\bsaid\s+that\s+(?=\p{Lu}[\w-]+(\s+\p{Lu}[\w-]+)?\s+would\s+(?!not\b)\w)")]
    private static partial Regex AndSaidItWould();

    [GeneratedRegex(DueConsideration, RegexOptions.IgnoreCase)]
    private static partial Regex GivesConsideration();

    /// <summary>The heading of comments on a body's report: "Comments on the Final Report of the OSCE/ODIHR …", "Response to the Report of …".</summary>
    [GeneratedRegex(@"^\W*(Comments|Observations|Response|Reply)\s+(of\s+[^.]{3,80}?\s+)?(on|to)\s+the\s+(\w+\s+)?Report\s+(of|by)\s+")]
    private static partial Regex ReportOf();

    /// <summary>A decree's enacting words: "I hereby decree:", "hereby resolves:".</summary>
    // ("The Cabinet of Ministers … approves the following measures.": a plan's)
    [GeneratedRegex(@"\bhereby\s+(decree|resolve|order)s?\s*:|\bapproves?\s+the\s+following\s+(measures|actions)\b")]
    private static partial Regex HerebyDecree();

    /// <summary>A decree's numbered article that makes someone do something: "1. To approve the Roadmap …", "2. The Central Election Commission … shall submit …".</summary>
    [GeneratedRegex(@"^\W*(To\s+(?<verb>approve|adopt|establish|create|introduce|set\s+up|launch|develop)\b|[^.;]{0,160}?\bshall\s+(?!be\b|not\b)(?<verb>[a-z]+))")]
    private static partial Regex DecreeArticle();

    /// <summary>An article's number, opening its line before the article's text: "1. ".</summary>
    [GeneratedRegex(@"^\s*\d{1,2}\.\s*$")]
    private static partial Regex ArticleNumber();

    /// <summary>A reply's heading, up to whom it answers: "Right of reply to the statement by", "In response to the statement delivered by".</summary>
    [GeneratedRegex(@"^\W*(Right\s+of\s+reply|In\s+(response|reply))\s+to\s+(the\s+)?(statements?\s+((delivered|made)\s+)?(by|of)\s+)?(the\s+)?(distinguished\s+)?(representatives?\s+of\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex RightOfReply();

    /// <summary>Who a reply answers, spoken of as colleagues: "our Western colleagues", "our partners".</summary>
    [GeneratedRegex(@"\bour\s+([\w-]+\s+)?(colleagues|partners)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OurColleagues();

    /// <summary>A sentence's first line ("STATEMENT BY THE DELEGATION OF CANADA⏎(ALSO ON BEHALF OF …)": a heading the next line runs on from).</summary>
    private static string FirstLine(string text) => text.TrimStart().Split('\n')[0];

    /// <summary>A line naming a State's delegation or mission whole: "Delegation of the Russian Federation", "Permanent Mission of Armenia to the OSCE", "STATEMENT BY THE DELEGATION OF CANADA".</summary>
    [GeneratedRegex(@"^\s*((?i:statement\s+by\s+the)\s+)?(?<who>(?i:(permanent\s+)?(delegation|mission|representation)\s+of)\s+[^.,;:()]{3,60})\s*$")]
    private static partial Regex DelegationLine();

    [GeneratedRegex(@"\b(I|me|[Mm]y)\b")]
    private static partial Regex InFirstPerson();

    [GeneratedRegex(@"\b(should|must)\s*:\s*$")]
    private static partial Regex ShouldLine();

    [GeneratedRegex(@"\b(Conference|Forum|Summit|Seminar|Workshop|Roundtable|Congress|Ministerial\s+Council|Annual\s+Session|Autumn\s+Meeting)\b")]
    private static partial Regex GatheringNamed();

    /// <summary>A header line of a place and the days: "Almaty, 24–25 November 2026".</summary>
    [GeneratedRegex(@"(?m)^\W*\p{Lu}[\p{L} -]{2,30},\s+\d{1,2}\s*[–-]\s*\d{1,2}\s+\p{Lu}\p{Ll}+\s+(19|20)\d\d\s*$")]
    private static partial Regex PlaceAndDays();

    [GeneratedRegex(@",\s+(the\s+)?[\p{L}'’ -]{2,60}?\s+(said|says|reported|reports|announced|stated)\.?\s*$")]
    private static partial Regex AttributionAtEnd();

    /// <summary>An author's note at a piece's foot: "Ian Borg is Malta's Minister for …", "Maria Lipman is a senior fellow at …".</summary>
    [GeneratedRegex(@"^\W*(?<name>\p{Lu}[\p{L}'’.-]+(\s+\p{Lu}[\p{L}'’.-]+){1,3}),?\s+is\s+(a|an|the|\p{Lu}[\p{L}-]*(’s|'s))\s")]
    private static partial Regex FootBio();

    /// <summary>"By Maria Lipman and Walter Kemp": a byline of two names.</summary>
    [GeneratedRegex(@"^\W*By\s+(?<a>\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2})\s+and\s+(?<b>\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2})\s*$")]
    private static partial Regex TwoAuthors();

    [GeneratedRegex(@"\b(We|we|our|Our|us)\b")]
    private static partial Regex OurVoice();

    /// <summary>"The Secretary General's week", "The Chairperson-in-Office's diary", "Public agenda of Deputy Prime Minister Mihai Popșoi": whose diary a document is.</summary>
    [GeneratedRegex(@"^\W*((The\s+)?(?<holder>[\p{L} -]{3,60}?)(’s|'s)\s+(week|diary|schedule|agenda|day)\b|((?i:public|official|daily|weekly)\s+)?(?i:agenda|diary|schedule|calendar|programme|program)\s+of\s+(the\s+)?(?<holder>[\p{L}\p{M}., -]{3,80}?)\s*$)")]
    private static partial Regex DiaryOf();

    /// <summary>"We, the Foreign Ministers of Estonia, Latvia and Lithuania, A, B and C, ": a "we" set beside those it names, up to the last comma before its verb.</summary>
    [GeneratedRegex(@"^\W*We,\s+(?!the\s+undersigned\b)[^.;:]{10,300},\s")]
    private static partial Regex WeTheNamed();

    /// <summary>"By the delegation of the Russian Federation:", "Statement by the delegation of Armenia:": whose words a journal's attachment gives.</summary>
    [GeneratedRegex(@"^\W*((Interpretative\s+)?[Ss]tatement\s+)?[Bb]y\s+the\s+[Dd]elegations?\s+of\s+[^:\n]{3,60}:")]
    private static partial Regex DelegationSection();

    /// <summary>Where and when a statement's title says it was made: " at the 33rd OSCE Ministerial Council", " to the Permanent Council".</summary>
    [GeneratedRegex(@"\s+(at|to|before|during|on\s+the\s+occasion\s+of)\s+(the\s+)?\S.*$")]
    private static partial Regex VoiceOccasion();

    /// <summary>
    /// A name set off by commas right after a title: ", Mihai Popșoi, to …", ", Ms. Liubov Nepop,⏎to …", ", Ambassador Jan Bratu," (after a
    /// courtesy title).
    /// </summary>
    [GeneratedRegex(@"\G[^,\n]{0,40},\s+((Ambassador|Mr|Ms|Mrs|Dr)\.?\s+)?(?<person>\p{Lu}\p{Ll}[\p{L}’'-]+(\s+\p{Lu}\p{Ll}[\p{L}’'-]+){1,2}),")]
    private static partial Regex NameSetOff();

    /// <summary>A name closing a title: "the Official Representative of the Ministry of Foreign Affairs Aibek Smadiyarov" (the word before it capitalised, not "of" or "the"), "Chargé d'Affaires, a.i., Katherine Brucker", "Chargé d'Affaires a.i. Katherine Brucker".</summary>
    [GeneratedRegex(@"(?<=(\b\p{Lu}[\p{L}-]+|,\s+a\.\s?i\.,|\ba\.\s?i\.)\s)(?<person>\p{Lu}\p{Ll}[\p{L}’'-]+\s+\p{Lu}\p{Ll}[\p{L}’'-]+)\s*$")]
    private static partial Regex TitledName();

    /// <summary>"Ambassador Stoian, we welcome …": a sentence opening on whom it addresses (not "In Azerbaijan, we …").</summary>
    [GeneratedRegex(@"^\W*(?<voc>(?!(In|On|At|For|As|With|Today|Finally|Moreover|Furthermore|However|Indeed|Again|Lastly|Here|Now|Yet|So|And|But|Therefore|Thus|Chair|Mr\.?\s+Chair|Madam\s+Chair)\b)(\p{Lu}[\p{L}.’'-]*\s+){0,4}\p{Lu}[\p{L}.’'-]*),\s+(we|I)\s")]
    private static partial Regex Vocative();

    [GeneratedRegex(@"^\W*They\s")]
    private static partial Regex TheySubject();

    [GeneratedRegex(@"\b(discussed|exchanged\s+views|touched\s+upon|focused\s+on)\b")]
    private static partial Regex Discussion();

    /// <summary>What follows a welcome that greets: "you, Secretary General Buric, back to the Permanent Council", "Ambassador Davenport back to …".</summary>
    [GeneratedRegex(@"^\s+(you|(\p{Lu}[\p{L}.’'-]*\s*){1,5})\b[^.;]{0,60}?\b(back\s+to|to\s+(the\s+)?(Permanent\s+Council|Forum\s+for\s+Security|Hofburg|Vienna|this\s+(Council|meeting|session|Forum)))\b")]
    private static partial Regex Greeting();

    /// <summary>A text naming its parties: "…, hereinafter "the Sides"", "(hereinafter referred to as "the Parties")".</summary>
    [GeneratedRegex(@"\bhereinafter\s+(referred\s+to\s+as\s+|called\s+)?[""“«'‘]the\s+(Sides|Parties|Contracting\s+Parties)[""”»'’]", RegexOptions.IgnoreCase)]
    private static partial Regex Hereinafter();

    [GeneratedRegex(@"^\s*((The|(?<two>Both))\s+((?<two>two)\s+)?((?i:sides|parties)|(?<people>(?i:interlocutors|ministers))|(?<bodies>(?i:organi[sz]ations|institutions)))|(?<people>Ministers))\b")]
    private static partial Regex SidesSubject();

    [GeneratedRegex(@"^\s*(\([\p{L}/-]{2,12}\)|\))\s*$")]
    private static partial Regex Acronym();

    /// <summary>The words an attack or meddling named by its maker's adjective is told with, as the cue screen reads them from <see cref="AttackerPattern"/>: looked for before it is run.</summary>
    private static readonly SearchValues<string> AttackWords = SearchValues.Create([.. RequiredText.Of(AttackerPattern) ?? throw new InvalidOperationException("no words read from the attacker pattern")],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the sentence ends on a verb of saying ("…, the Chairperson-in-Office announced."), looked at before <see cref="TrailingSpeaker"/> is run.</summary>
    private static bool EndsSaid(string text)
    {
        var end = text.AsSpan().TrimEnd().TrimEnd(".!”\"");
        foreach (var verb in SaidVerbs)
            if (end.EndsWith(verb, StringComparison.Ordinal)) return true;
        return false;
    }

    private const string SaidAlternatives = "said|announced|stated|added|noted";
    private static readonly string[] SaidVerbs = SaidAlternatives.Split('|');

    /// <summary>"to implement ODIHR's recommendations", "to fulfil its commitments": what a call asks to be done that a State had undertaken.</summary>
    [GeneratedRegex(@"\bto\s+(fully\s+)?(?<verb>implement|fulfil+|honou?r|comply\s+with)\s+[^.;]{0,60}?\b(recommendations|commitments|obligations|pledges|promises)\b")]
    private static partial Regex ToImplement();

    /// <summary>"says", "tells": a present tense of saying, of what is said as the news is written.</summary>
    [GeneratedRegex(@"\b(says|tells|argues|insists|believes)\b")]
    private static partial Regex SaysNow();

    /// <summary>"8.1K 10 March 2026, 11:24", "👁 512 12.03.2026 14:47": a post's views (if shown), day and time alone on their line.</summary>
    [GeneratedRegex(@"^\W*(\d+([.,]\d+)?[KkMm]?\s+)?(\d{1,2}\s+(" + Dates.Months + @")\s+\d{4}|(" + Dates.Months + @")\s+\d{1,2},?\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{4}),?\s+\d{1,2}:\d{2}\s*$")]
    private static partial Regex PostFooter();

    /// <summary>"Monday, 3 November", "Tuesday 4 November 2025": a day alone on its line, a digest's heading.</summary>
    /// <summary>"Q1 2026", "First quarter 2026:" alone on its line.</summary>
    [GeneratedRegex(@"^\W*(Q[1-4][\s/]+|(First|Second|Third|Fourth)\s+quarter\s+(of\s+)?)(19|20)\d\d\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex QuarterHeading();

    /// <remarks>("DAY 1 — Monday 30 November, Tbilisi": a trip diary's, numbered and placed)</remarks>
    [GeneratedRegex(@"^\W*((?i:day)\s+\d{1,2}\s*[—–:-]\s*)?((Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(\d{1,2}\s+(" + Dates.Months + @")|(" + Dates.Months + @")\s+\d{1,2})(,?\s+\d{4})?(\s*[,—–]\s*\p{Lu}[\p{L}'’-]+(\s+\p{Lu}[\p{L}'’-]+){0,2}|\s+\(\p{Lu}[\p{L}'’ -]{1,40}\))?\s*$")]
    private static partial Regex DayHeading();

    /// <summary>"We urge you to", "We also ask you to": a letter asking its addressee.</summary>
    [GeneratedRegex(@"\b(urge|ask|call\s+on|request|encourage|invite)\s+you\b")]
    private static partial Regex UrgeYou();

    /// <summary>"assured the Speaker of the Mission's further support": whom assured (before "of"), and whose support (after it).</summary>
    [GeneratedRegex(@"^assur\w*\s+.+?(?<of>\s+of\s+)")]
    private static partial Regex AssuredOf();

    /// <summary>"It was noted that", "It was stressed that", "It was noted with satisfaction that": what a release of talks says was said, by no one named.</summary>
    [GeneratedRegex(@"^\W*(It\s+was|Both\s+sides)\s+(also\s+)?(noted|stressed|emphasi[sz]ed|underlined|highlighted|pointed\s+out|acknowledged)\s+((with\s+(great\s+)?(satisfaction|appreciation)\s+)?that)\b")]
    private static partial Regex ItWasNoted();

    /// <summary>"The OSCE Parliamentary Assembly:" on a line of its own: the body a resolution's operative paragraphs, under it, are by.</summary>
    [GeneratedRegex(@"^\W*The\s+[^:;.]{3,80}:\s*$")]
    private static partial Regex ResolvingBody();

    /// <summary>"3. Condemns …", "Urges participating States …": an operative paragraph, opening on its verb.</summary>
    [GeneratedRegex(@"^\W*(\d{1,2}\.\s*)?(Condemns|Urges|Welcomes|Regrets|Calls|Notes|Expresses|Encourages|Reaffirms|Deplores|Appeals|Invites|Requests|Stresses|Underlines|Recogni[sz]es|Commends|Emphasi[sz]es|Supports|Demands|Denounces|Affirms|Acknowledges|Applauds|Praises|Insists)\b")]
    private static partial Regex OperativeParagraph();

    /// <summary>"Annual Report 2024", "Activity Report for 2024": a report of a year's work.</summary>
    [GeneratedRegex(@"(^|\s)Held\s+(at|in|on)\s")]
    private static partial Regex HeldOn();

    [GeneratedRegex(@"^\W*[\d\p{L}, ]{1,24}?\s*[–—-]\s*[\d\p{L}, ]{3,24}?\d{4}\W*$")]
    private static partial Regex PeriodLine();

    [GeneratedRegex(@"\b(Annual|Activity|Activities|Progress)\s+Report\s+(for\s+)?(?<y>(19|20)\d\d)\b")]
    private static partial Regex ReportYear();

    /// <summary>"When A met B in Vienna on 19 September, he ": a he or she after a clause opening on its subject.</summary>
    [GeneratedRegex(@"^\W*(When|After|While|Once|Before)\s+[^;.]{5,200},\s+(he|she)\s+(also\s+)?$")]
    private static partial Regex WhenClauseHe();

    /// <summary>", together with 37 other ", ", along with the ": whom the subject acted with, named next.</summary>
    [GeneratedRegex(@",\s+(together|along|jointly)\s+with\s+(the\s+)?(\d+|\w+)?\s*(other\s+)?$")]
    private static partial Regex TogetherWith();

    /// <summary>"visited Yerevan", "visited Armenia": where a visit went, named next.</summary>
    [GeneratedRegex(@"\bvisited\s+(?<place>\p{Lu}[\p{L}-]+(\s+\p{Lu}[\p{L}-]+)?)")]
    private static partial Regex VisitedPlace();

    /// <summary>"has repeatedly ", "have consistently ": a cue's verb telling of what has been done again and again.</summary>
    [GeneratedRegex(@"\b(has|have)\s+(repeatedly|consistently|regularly|frequently)\s+$")]
    private static partial Regex Repeatedly();

    /// <summary>"with Foreign Minister ", "with the Georgian Foreign Minister, ": whom something is raised with, named next.</summary>
    [GeneratedRegex(@"\bwith\s+(the\s+)?((?-i:\p{Lu})[\w-]+\s+){0,4}((?-i:\p{Lu})[\w-]+,\s+)?$")]
    private static partial Regex WithTitled();

    /// <summary>"against this decision", "that move", "such a refusal": what a judgement points back to, done in the sentence before.</summary>
    [GeneratedRegex(@"\b(this|that|such\s+an?)\s+(\w+\s+)?(decision|move|step|refusal|ban|measure|ruling|verdict)\b(?!\s+(of|by)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ThisDecision();

    /// <summary>"the Head of the OSCE ", "Director of ": a title whose body is named next.</summary>
    [GeneratedRegex(@"\b(Head|Director|Chief|Chair|Chairperson|Chairman|President|Secretary[- ]General|Representative|Co-?ordinator)\s+of\s+(the\s+)?(OSCE\s+)?$")]
    private static partial Regex TitleOfBody();

    /// <summary>"its ", "their ": what follows is the subject's own.</summary>
    [GeneratedRegex(@"\b(its|their)\s+$")]
    private static partial Regex OwnPossessive();

    /// <summary>"signed by President ", "adopted by the ": whoever is named next signed or passed what the sentence names.</summary>
    [GeneratedRegex(@"\b(signed|adopted|passed|enacted|approved|introduced)\s+(into\s+law\s+)?by\s+(the\s+)?((?-i:\p{Lu})[\w.-]+\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex SignedBy();

    /// <summary>"the concerns raised by the ", "criticism voiced by": whoever is named next raised them.</summary>
    [GeneratedRegex(@"\b(concerns?|criticism|alarm)\s+(raised|expressed|voiced)\s+(earlier\s+)?by\s+(the\s+)?$")]
    private static partial Regex RaisedBy();

    /// <summary>A criticism referred back to: "such criticism", "these accusations".</summary>
    [GeneratedRegex(@"\b(such|this|these|those|the)\s+(criticism|criticisms|accusations|allegations|claims|assessments?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SuchCriticism();

    /// <summary>", the Chairperson-in-Office announced.": a clause ending the sentence that says who said it.</summary>
    [GeneratedRegex(@",\s+(the\s+)?[^,;“”""]{2,80}?\s+(" + SaidAlternatives + @")\W*$")]
    private static partial Regex TrailingSpeaker();

    /// <summary>
    /// ", which called the verdicts a", ", which called the sentences “a": a relative clause reporting what a statement called something (its
    /// words quoted or not), up to a judgement's cue.
    /// </summary>
    [GeneratedRegex(@",\s+which\s+(called|described|termed|branded)\s+[^,;]{1,60}?\s+[“""‘']?(a|an|as)\s+(\w+\s+){0,2}$")]
    private static partial Regex WhichCalled();

    /// <summary>"the statement of the", "a report by": what a body or person made, named before its maker.</summary>
    [GeneratedRegex(@"\b(statement|report|letter|opinion|declaration|press\s+release|remarks)\s+(of|by|from)\s+(the\s+)?(OSCE\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex StatementOf();

    /// <summary>"the OSCE PA President said": the body's head speaks for it; "The ODIHR election observation mission concluded", "which ODIHR observers said": so do its mission and its people</summary>
    [GeneratedRegex(@"^\s+(President|Chair|Chairman|Chairperson|Director|Head|Secretary[- ]General|Spokesperson|spokesperson|spokesman|((limited\s+)?election\s+(observation|assessment)|needs\s+assessment|fact-finding)\s+mission|observers|monitors|experts|researchers|officials)\s+$")]
    private static partial Regex HeadOf();

    [GeneratedRegex(@"^\s*(has|have|had|also|on\s+\w+|today|yesterday)\s*$")]
    private static partial Regex AdverbOnly();

    [GeneratedRegex(@"\b(published|issued|released)\s+(on|in)\s+(?=\d|\p{Lu})")]
    private static partial Regex ReportPublished();

    /// <summary>A body's report between it and what the report found: "'s final report on the 2023 parliamentary elections, published in June 2023, ".</summary>
    [GeneratedRegex(@"^(’s|'s)\s+([\w-]+\s+){0,2}(report|statement|assessment|opinion|findings|review)\b[^.;“”""]{0,100}$")]
    private static partial Regex BodysReport();

    /// <summary>
    /// What a commitment is, in words: the clause after its cue, else, when the cue ends the sentence ("… assuring that the
    /// support of her office would continue."), the sentence itself; a commitment is never without wording.
    /// </summary>
    private static string Wording(string text, int from) =>
        Clause(text, from) ?? string.Join(' ', text.Trim().Trim('“', '”', '"', '.').Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(16));

    /// <summary>A first clause without the "and" (or comma) that joins a second to it: "… to a peaceful settlement and " → "… to a peaceful settlement".</summary>
    private static string BeforeAnd(string head)
    {
        head = head.TrimEnd();
        if (head.EndsWith(" and", StringComparison.Ordinal)) head = head[..^4];
        return head.TrimEnd().TrimEnd(',');
    }

    private static string? Clause(string text, int from)
    {
        var rest = text[Math.Min(from, text.Length)..].TrimStart();
        // ("assured me that the ministry will provide …", "assured the President that …": what was assured, not to whom)
        if (AssuredWhom().Match(rest) is { Success: true } whom) rest = rest[whom.Length..];
        // (a quotation's close ends what was pledged in it: "… stand with Moldova and its people,” Pons said")
        var end = rest.IndexOfAny(['.', ';', '“', '"', '”']);
        var clause = (end < 0 ? rest : rest[..end]).Trim().TrimEnd(',');
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? null : string.Join(' ', words.Take(16));
    }

    /// <summary>
    /// Where to look for a "that" past the one a telling verb's pledge opens on: after "said that", or after "informed Ambassador Wahl
    /// that" (whom it was told to, with no comma between), else from the start.
    /// </summary>
    private static int OwnThat(ReadOnlySpan<char> cue, string between) =>
        cue.Equals("said", StringComparison.OrdinalIgnoreCase) && between.StartsWith(" that ", StringComparison.Ordinal) ? 1
        : cue.Equals("informed", StringComparison.OrdinalIgnoreCase) && between.IndexOf(" that ", StringComparison.Ordinal) is var own and > 0 && between.AsSpan(0, own).IndexOfAny(',', ';') < 0 ? own + 1
        : 0;

    /// <summary>An act named before a date of its own: "the adoption " (in "the adoption in November of the amendments").</summary>
    [GeneratedRegex(DatedActs + "$", RegexOptions.IgnoreCase)]
    private static partial Regex ActDated();

    /// <summary>Acts a date after them tells the time of: "the arrest ", "their adoption ".</summary>
    private const string DatedActs = @"\b(the|their|his|her|its)\s+(detention|arrest|attack|killing|abduction|conviction|sentencing|adoption|signing|search|raid|closure|blocking|dismissal|expulsion|deportation|disappearance)\s+";

    /// <summary>", on his first official " right before a visit's cue: the visit of whoever the comma follows.</summary>
    [GeneratedRegex(@",\s+on\s+(his|her|their)\s+([\w-]+\s+){0,3}$")]
    private static partial Regex OnOwnVisit();

    /// <summary>A report coming out: "published its final report", "presented a report".</summary>
    [GeneratedRegex(@"\b(published|issued|released|presented|launched)\s+(its|their|his|her|an?|the)\s+([\w-]+\s+){0,3}report\b")]
    private static partial Regex ReportCameOut();

    /// <summary>A sentence opening on what a report says: "The report contains 19 recommendations", "The final report also found".</summary>
    [GeneratedRegex(@"^\W*(The|This|Its)\s+(final\s+|interim\s+)?report\s+(also\s+)?(contains|includes|makes|sets\s+out|offers|found|finds|concluded|recommends|notes|noted)\b")]
    private static partial Regex TheReportSays();

    /// <summary>A quotation closed, then ", but " and words of no quotation, up to where a cue is: "… will be considered", but the pardon procedure ".</summary>
    [GeneratedRegex(@"[”""],?\s+but\s+[^“”""]*$")]
    private static partial Regex QuotedThenBut();

    /// <summary>An act someone suffers, right before their name: "the sentencing of ", "the arrest of journalist ".</summary>
    [GeneratedRegex(@"\b(sentencing|conviction|arrest|detention|imprisonment|prosecution|abduction|jailing)\s+of\s+([\w-]+\s+){0,2}$")]
    private static partial Regex SufferedBy();

    /// <summary>" continues the ", " continues its ": a State's deed going on, between it and what is judged of it.</summary>
    [GeneratedRegex(@"^\s+(continues?|continued|keeps?|maintains?)\s+(the|its|their)\s+$")]
    private static partial Regex ContinuesThe();

    /// <summary>A conflict's other side, right before its name: "the conflict with ", "the war with the ".</summary>
    [GeneratedRegex(@"\b(conflict|war|dispute|confrontation)\s+(with|between)\s+(the\s+)?$")]
    private static partial Regex ConflictWith();

    /// <summary>An answer's sentence in the first person plural: "Answer: We highly appreciate …", "We regret that …".</summary>
    [GeneratedRegex(@"^\W*((Answer|A)\s*:\s*)?(We|Our)\b")]
    private static partial Regex AnswerInOurName();

    /// <summary>An invitation to be sent: "will send an invitation", "will extend the official invitation".</summary>
    [GeneratedRegex(@"^will\s+(send|extend|issue)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InvitationSent();

    /// <summary>"invites ", "invited the ": right before whom.</summary>
    [GeneratedRegex(@"\binvit(es?|ed|ing)\s+(the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Invites();

    /// <summary>Whose support something will have, right before them: "with the support of the ".</summary>
    [GeneratedRegex(@"\bwith\s+the\s+(support|assistance|help)\s+of\s+(the\s+)?$")]
    private static partial Regex SupportedBy();

    /// <summary>A State's adjective and what it names, in a place's suffering: "Russian occupation", "Russian forces".</summary>
    [GeneratedRegex(@"^[\p{L}-]+\s+(occupation|aggression|invasion|forces|troops|attacks?|shelling|strikes|bombardment)\b")]
    private static partial Regex Occupiers();

    /// <summary>A later day a sentence goes on to: " and on Wednesday in Tiraspol with ".</summary>
    [GeneratedRegex(@"\band\s+on\s+")]
    private static partial Regex AndOnAnotherDay();

    /// <summary>Whoever a count was kept by, right before their name: "cases recorded by ", "attacks documented by the ".</summary>
    [GeneratedRegex(@"\b(recorded|documented|registered|counted|verified|compiled|tracked)\s+by\s+(the\s+)?$")]
    private static partial Regex RecordedBy();

    /// <summary>What is a body's to be kept, right after its name: "OSCE principle", "OSCE commitments".</summary>
    [GeneratedRegex(@"^[’']?s?\s+(principles?|commitments|norms|standards|values|rules)\b")]
    private static partial Regex PrinciplesOf();

    [GeneratedRegex(@"^(me|him|her|us|them|(his|her|their)\s+(\p{Lu}[\w-]*\s+)?counterparts?|(the\s+)?\p{Lu}[\w-]*(\s+\p{Lu}[\w-]*){0,3})\s+that\s+")]
    private static partial Regex AssuredWhom();

    private static string? PlaceIn(string text) => PlacePattern().Match(text) is { Success: true } m ? m.Groups["place"].Value : null;

    [GeneratedRegex(@"\b(he|she|his|her)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Possessive();

    [GeneratedRegex(@"\b(his|her)\s+(\w+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnCue();

    // ("The First Deputy Minister confirmed …": a deputy's title, with an ordinal before it)
    private const string TitleWords = @"\b[Tt]he\s+(?<adj>\p{Lu}\w+\s+)?(Deputy\s+)?([Mm]inister|[Ff]oreign\s+[Mm]inister|FM|[Pp]rime\s+[Mm]inister|official|diplomat|envoy|Secretary[- ]General|Director|Ambassador|Commissioner|President|Speaker)\s+";

    [GeneratedRegex(@"[Mm]inister\b|\bFM\b")]
    private static partial Regex Ministerial();

    private static readonly string[] PresidentTitles = ["president", "head of state"];
    private static readonly string[] SpeakerTitles = ["speaker"];

    /// <summary>A place then "where I …" or "where we …": " Yerevan, where I met".</summary>
    [GeneratedRegex(@"^[^,.;]{0,40},\s+where\s+(I|we)\s")]
    private static partial Regex WhereI();

    [GeneratedRegex(@"^(told|informed|assured)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ToldVerb();

    /// <summary>A sentence opening on a gathering opened, closed or addressed: "Opening the conference, ", "In closing the forum, ".</summary>
    [GeneratedRegex(@"^\W*(In\s+)?(Opening|(?<closing>Closing)|Addressing)\s+the\s+(\w+\s+)?(conference|forum|meeting|event|seminar|workshop|session|round\s+table|dialogue),")]
    private static partial Regex GatheringOpenedOrClosed();

    /// <summary>", and tomorrow I will meet", "; she is due to meet": a clause telling a meeting still to come.</summary>
    [GeneratedRegex(@"[,;]\s+(and\s+)?(tomorrow|next\s+week|later\s+this\s+week|on\s+\w+day)?\s*(I|we|he|she|they)\s+(will|is\s+due\s+to|are\s+due\s+to|plans?\s+to|is\s+to|are\s+to)\s+(also\s+)?meet\b")]
    private static partial Regex FutureMeeting();

    /// <summary>"Are you concerned …?", "Did you raise …?": a question put to someone.</summary>
    [GeneratedRegex(@"\b(are|do|did|were|have|will|would|can|could)\s+you\b", RegexOptions.IgnoreCase)]
    private static partial Regex YouAsked();

    /// <summary>"Azerbaijani-Armenian normalization", "Armenian-Azerbaijani talks": two capitalised words joined by a hyphen before what two States share.</summary>
    [GeneratedRegex(@"\b(?<a>\p{Lu}\p{Ll}+)-(?<b>\p{Lu}\p{Ll}+)\s+(normali[sz]ation|relations|talks|negotiations|peace|border|dialogue|settlement|process|agreement|commission|consultations)\b")]
    private static partial Regex AdjectivePair();

    /// <summary>"Statement made by Stephen Doughty (Minister of State, …)": a written statement's maker, as a parliament's site heads it.</summary>
    [GeneratedRegex(@"^\W*(Written\s+)?[Ss]tatement\s+made\s+by\s+(?<name>\p{Lu}[\p{L}'’.-]+(\s+\p{Lu}[\p{L}'’.-]+){1,3})\s*(\(|,|$)", RegexOptions.Multiline)]
    private static partial Regex StatementMadeBy();

    /// <summary>"my fourth mission as a short-term observer with OSCE/ODIHR": the body a writer serves with.</summary>
    [GeneratedRegex(@"\b(my|our)\s+([\w-]+\s+){0,3}(mission|assignment|posting|secondment|deployment|tour)\s+as\s+(an?\s+)?([\w-]+\s+){0,4}?(observers?|monitors?|experts?|officers?|advis[eo]rs?|members?|volunteers?)\s+(with|for|of)\s+(the\s+)?(?<body>(?-i:\p{Lu}))", RegexOptions.IgnoreCase)]
    private static partial Regex ServingWith();

    /// <summary>"Participants:  Moldova:", "Attendees:": the line a list of who took part, side by side, opens on.</summary>
    [GeneratedRegex(@"^\W*(Participants|Attendees|Present)\s*:")]
    private static partial Regex SidedParticipants();

    /// <summary>"Follow-up:", "Action points:", "Next steps": a record's list of what each side is to do.</summary>
    [GeneratedRegex(@"^\W*(Follow[- ]up(\s+actions)?|Action\s+(points|items)|Next\s+steps|Agreed\s+actions)\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex FollowUpHeading();

    /// <summary>"- ODIHR (Election Department) to share …": who is to do what.</summary>
    [GeneratedRegex(@"^\W*[^,;:]{2,80}?\s+(\([^)]{1,60}\)\s+)?(?<to>to)\s+(?-i:\p{Ll})")]
    private static partial Regex FollowUpItem();

    /// <summary>"Note-taker:    Ms Ewa Nowak": a field and its value on one line, which ends a list above it.</summary>
    [GeneratedRegex(@"^\p{Lu}[\w/ -]{1,30}:\s+\S")]
    private static partial Regex FieldLine();

    /// <summary>
    /// The sides a list of participants opening at <paramref name="from"/> gives, each a line "Moldova:" (its body or State, as
    /// <paramref name="actorsIn"/> finds it) above a line per person ("Ms Irina Ursu, Director, …"; a line wrapping a person's titles
    /// names no one): up to a blank line, or a field of its own at the margin ("Note-taker:    …"). Sides with no one listed are left out.
    /// </summary>
    private static List<(ActorRef Side, List<(ActorRef Person, int Start, int End)> People)> SidesListed(string text, int from, Func<int, int, List<ActorRef>> actorsIn)
    {
        var sides = new List<(ActorRef Side, List<(ActorRef Person, int Start, int End)> People)>();
        var at = from == 0 ? 0 : text.LastIndexOf('\n', from - 1) + 1;
        var current = -1; // the side the lines below belong to (-1: none yet, or one not known)
        for (var n = 0; n < 30 && at < text.Length; n++)
        {
            var end = text.IndexOf('\n', at) is >= 0 and var newline ? newline : text.Length;
            var line = text[at..end];
            var lead = line.Length - line.TrimStart().Length;
            var (bodyStart, body) = (at + lead, line.Trim());
            if (n == 0)
            {
                var label = SidedParticipants().Match(body);
                (bodyStart, body) = (bodyStart + label.Length + (body.Length - label.Length - body[label.Length..].TrimStart().Length), body[label.Length..].Trim());
            }
            else if (body.Length == 0 || (lead == 0 && (FieldLine().IsMatch(body) || char.IsDigit(body[0])))) break;

            if (body.EndsWith(':') && body.Split(' ').Length <= 6)
            {
                var side = actorsIn(bodyStart, bodyStart + body.Length).FirstOrDefault(a => a.Kind is not (ActorKind.Official or ActorKind.Person));
                current = side is null ? -1 : sides.FindIndex(x => x.Side.Id == side.Id) is >= 0 and var known ? known : sides.Count;
                if (side is not null && current == sides.Count) sides.Add((side, []));
            }
            else if (current >= 0 && body.Length > 0 && actorsIn(bodyStart, bodyStart + body.Length).FirstOrDefault(a => a.Kind is ActorKind.Official or ActorKind.Person) is { } person)
                sides[current].People.Add((person, bodyStart, bodyStart + body.Length));
            at = end + 1;
        }

        return [.. sides.Where(x => x.People.Count > 0)];
    }

    /// <summary>"Participants:", "List of participants", "Attendees:": a line heading a list of who took part.</summary>
    [GeneratedRegex(@"^\W*((List\s+of\s+)?[Pp]articipants|Attendees|Present)\s*:?\s*$")]
    private static partial Regex ParticipantsLine();

    /// <summary>"Videoconference of the OSCE Chairperson-in-Office with …", "Meeting of … with …": a heading telling a meeting.</summary>
    [GeneratedRegex(@"^\W*(Video\s*conference|Video\s+call|Meeting|Working\s+meeting|Talks|Consultations|Conference\s+call|Online\s+meeting)\s+(of|between|with)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingHeading();

    /// <summary>A line ending on whom meetings were held with, listed under it: "… held bilateral meetings with:", "… met with:".</summary>
    [GeneratedRegex(@"\b((held|had)\s+([\w-]+\s+){0,3}(meetings|talks|consultations|conversations)|met)\s+(with\s*)?:\s*$")]
    private static partial Regex MeetingsListed();

    [GeneratedRegex(@"(?m:^)\W*(Lecture|Keynote\s+(speech|address|lecture))\s+by\s")]
    private static partial Regex LectureBy();

    /// <summary>"The two-day OSCE regional conference … ended today": a gathering's length and its end.</summary>
    [GeneratedRegex(@"\b(?<n>two|three|four|five|2|3|4|5)-day\b[^.;]{0,120}?\b(ended|concluded|closed|wrapped\s+up)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GatheringEnded();

    /// <summary>An account of what was done: "I met", "told him", "promised me", "visited".</summary>
    [GeneratedRegex(@"\b(met|told|promised|assured|visited|discussed|raised|agreed|handed)\b")]
    private static partial Regex AccountOfDone();

    /// <summary>"Day 1", "Day two:": a heading for one day of a note's span, alone on its line.</summary>
    [GeneratedRegex(@"^\W*Day\s+(?<n>[1-9]|one|two|three|four|five|six|seven)\s*[:.]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedDay();

    /// <summary>"On the first day,", "On the final day,": a paragraph opening on one day of a gathering.</summary>
    [GeneratedRegex(@"^\W*On\s+(the|its)\s+(?<o>first|second|third|fourth|final|last|closing|opening)\s+day\b", RegexOptions.IgnoreCase)]
    private static partial Regex GatheringDay();

    /// <summary>
    /// Whom an interview printed without labels is with: the person a headline names before the colon of their quoted words
    /// ("Maria Telalian: "Observation is not interference""), when a line of the document's opening marks it an interview
    /// ("INTERVIEW", "… speaks to Kathimerini about …"); null for any other document.
    /// </summary>
    private static ActorRef? Interviewee(IReadOnlyList<Sentence> sentences, Mentions names, PartialDate on)
    {
        var opening = sentences.Take(8).Select(x => x.Text).ToList();
        if (!opening.Any(InterviewMark().IsMatch)) return null;
        if (opening.SelectMany(x => x.Split('\n')).Select(line => Reading.PlainText.QuotedHeadline().Match(line.Trim())).FirstOrDefault(m => m.Success) is not { } headline) return null;
        var name = headline.Groups["name"].Value;
        return names.In(name, on, null) is [{ Actor.Kind: ActorKind.Official or ActorKind.Person } named] ? named.Actor
            : NewNames.PersonName(name) ? PersonNamed(names, name, on) : null;
    }

    /// <summary>A line marking an interview: "INTERVIEW" alone, or a standfirst's "… speaks to Kathimerini about …".</summary>
    [GeneratedRegex(@"(?m:^)[ \t]*(INTERVIEW|Interview)[ \t]*(?m:$)|\b(speaks|talks|spoke|talked)\s+to\s+\p{Lu}\w+\s+(about|on)\b")]
    private static partial Regex InterviewMark();

    /// <summary>"An interview with Ambassador Alexey Rogov, …" opening its line: an interview's introduction.</summary>
    [GeneratedRegex(@"(?m:^)\W*(An\s+)?[Ii]nterview\s+with\s+\p{Lu}")]
    private static partial Regex InterviewWith();

    /// <summary>Two capitals joined by "and" right after a cue: " Bishkek and Dushanbe".</summary>
    [GeneratedRegex(@"\G\s*(?<a>\p{Lu}[\p{L}-]+)\s+and\s+(?<b>\p{Lu}[\p{L}-]+)\b")]
    private static partial Regex CapitalsJoined();

    [GeneratedRegex(@"^\W*We\s+(both\s+|also\s+)?agreed\b")]
    private static partial Regex WeAgreed();

    /// <summary>People named by their State's adjective: "Azerbaijani journalist ", "Belarusian bloggers", "Tajik lawyers".</summary>
    [GeneratedRegex(@"\G[^.;]{0,60}?\b(?<adj>\p{Lu}\p{Ll}+)\s+(journalists?|bloggers?|activists?|lawyers?|reporters?|dissidents?|human\s+rights\s+defenders?|opposition\s+(politicians?|leaders?|figures?))\b")]
    private static partial Regex DemonymsPeople();

    /// <summary>A heading over pledges its lines give: "What our partners have pledged", "Commitments made", "Pledges received".</summary>
    [GeneratedRegex(@"^\W*((what|how)\s+([\w’']+\s+){1,3}(have\s+|has\s+)?(pledged|promised|committed\s+to)|(pledges|commitments|promises)(\s+(made|received|given|by\s+partners))?)\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PledgesHeading();

    /// <summary>"Ministry of Interior: to fund 40 community police officers … (memorandum of 12 November)": a body, and what it is to do.</summary>
    [GeneratedRegex(@"^\W*(?<body>\p{Lu}[^:;.]{2,80}?):\s+to\s+(?<what>(?-i:[a-z])[^(]{5,}?)\s*(\(|$)")]
    private static partial Regex BodyToDo();

    /// <summary>A line over a list of pledges: "Pledges announced at the event:", "The following contributions were pledged:".</summary>
    [GeneratedRegex(@"(\b(pledges|contributions)\s+(announced|made|received)\b[^:]{0,60}|\bpledged|\bpledges)\s*:\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PledgesListed();

    /// <summary>What a list item gives after its State: " – €4 million", " (Partner for Co-operation) – USD 1.5 million".</summary>
    [GeneratedRegex(@"\G(\s*\([^)]{1,40}\))?\s*[–—:-]\s*(?=(€|\$|£|USD|EUR|CHF|NOK|SEK|DKK|GBP|JPY|¥)\s?\d|\d[\d.,]*\s*(million|thousand|euros?|francs?|kroner|dollars?))")]
    private static partial Regex StateThenSum();

    /// <summary>The adverbs a list's item may open on before its verb: "Immediately and unconditionally ", "Promptly, ".</summary>
    [GeneratedRegex(@"^(\p{L}+ly(,|\s+and)?\s+){1,3}")]
    private static partial Regex ItemAdverbs();

    [GeneratedRegex(@"^([A-Z]|\d{1,2})[.)]\s+\p{Ll}")]
    private static partial Regex LetteredItem();

    [GeneratedRegex(@"\bthe\s+following\s+(\w+\s+)?recommendations\s*:\s*$")]
    private static partial Regex RecommendationsFollow();

    [GeneratedRegex(@"^\W*WHO\s*:")]
    private static partial Regex WhoField();

    [GeneratedRegex(@"^\W*WHAT\s*:[^\n]*\b(meeting|talks|consultations|call|conversation)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhatMet();

    [GeneratedRegex(@"^\W*WHEN\s*:")]
    private static partial Regex WhenField();

    [GeneratedRegex(@"\b(President|Speaker)\b")]
    private static partial Regex Presiding();

    [GeneratedRegex(@"^\W*" + TitleWords)]
    private static partial Regex OpeningTitle();

    /// <summary>A title standing for an official right before a cue: "the Slovak Minister also ", "the Minister's " (before "meeting with").</summary>
    [GeneratedRegex(TitleWords + @"(also\s+|then\s+|later\s+|has\s+|had\s+)?$|\b[Tt]he\s+(?<adj>\p{Lu}\w+\s+)?([Mm]inister|[Ff]oreign\s+[Mm]inister|Secretary[- ]General|Director|Ambassador|Commissioner)(’s|'s)\s+(?=$)")]
    private static partial Regex TitleAnaphor();

    [GeneratedRegex(TitleWords)]
    private static partial Regex TheTitle();

    [GeneratedRegex(@"^(’s|'s)\s+(\w+\s+){0,2}$")]
    private static partial Regex Owned();

    [GeneratedRegex(@"^\s*the\s+country\b")]
    private static partial Regex TheCountry();

    /// <summary>
    /// The State a document's "our country" is: its author, when a State; else the State the official whose words it gives speaks
    /// for; else the State the document is about.
    /// </summary>
    private static ActorRef? OwnCountry(Context context, PartialDate on)
    {
        if (context.Author is { Kind: ActorKind.ParticipatingState or ActorKind.State } authorsState) return authorsState;
        if ((context.Author ?? context.Answering) is { Kind: ActorKind.Official or ActorKind.Person } speaking
            && Party(speaking, on, context) is { Kind: ActorKind.ParticipatingState or ActorKind.State } speakersState) return speakersState;
        return context.MainState;
    }

    [GeneratedRegex(@"^\s*our\s+(country|republic)\b")]
    private static partial Regex OurCountry();

    [GeneratedRegex(@"\bwithout\s+(a|any)\s+(single\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex WithoutAny();

    [GeneratedRegex(@"^\s+(found|said|stated|noted|reported|concluded|argued|wrote)\s+that\b")]
    private static partial Regex ReportsThat();

    [GeneratedRegex(@"\bin\s+the\s+country\b")]
    private static partial Regex InTheCountry();

    /// <summary>Words before whoever led what is judged: "under the leadership of President ", "led by ".</summary>
    [GeneratedRegex(@"\b(under\s+(the\s+)?((personal|wise|strong)\s+)?(leadership|guidance|direction|auspices)\s+of|initiated\s+by|led\s+by)\s+(\S+\s+){0,3}$")]
    private static partial Regex LedBy();

    [GeneratedRegex(@"^\s*(the\s+)?[\w\s’'-]{0,40}?\bto\s+(attend|participate\s+in|take\s+part\s+in)\b")]
    private static partial Regex ForAnEvent();

    [GeneratedRegex(@"^\W*([A-Z][\w ]{0,20},\s*)?(It|The\s+([\w-]+\s+){0,4}(organi[sz]ation|group|watchdog|NGO|body|institution|office|mission|ministry|committee|commission|coalition|network|platform|NGOs|organi[sz]ations|groups|report)|(The\s+)?([Pp]articipants|[Ss]peakers|[Aa]ctivists))\s+(\w+\s+)?$")]
    private static partial Regex BodyAnaphor();

    [GeneratedRegex(@"\b(will|would|shall|is\s+to|are\s+to|is\s+expected\s+to|are\s+expected\s+to|plans?\s+to|planned\s+to|intends?\s+to|is\s+scheduled\s+to|to\s+be)\s+(\w+\s+){0,2}$|\bto\s+(pay|make)\s+(a|an|his|her|their)\s+(\w+\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex Announcement();

    [GeneratedRegex(@"\b(I|we)\s+would\s+(also\s+)?like\s+to\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex Performative();

    /// <summary>"I would also encourage", "we would urge": a call made now, put politely (the window before the cue, and the cue).</summary>
    [GeneratedRegex(@"\b(I|we)\s+would\s+(also\s+|therefore\s+|further\s+|strongly\s+)?(encourage|urge|ask|invite|recommend|call)\w*\b[^\n]*$", RegexOptions.IgnoreCase)]
    private static partial Regex PoliteCall();

    /// <summary>A speaker's own side named as what will act: "stressed that he …", "said that the Government …", "noted that his government …", "She said Georgia would …".</summary>
    [GeneratedRegex(@"\b(said|stressed|stated|noted|added|underlined|emphasi[sz]ed|confirmed|assured)(,\s+(however|though|nevertheless|also),)?\s+(that\s+(he|she|it|they|the\s+(government|govt)|the\s+authorities|(his|her|its|their|our)\s+government)|(that\s+)?(?-i:\p{Lu})[\w-]+)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnPledgeReported();

    /// <summary>What makes the cue after it no happening: "did not meet", "refused to sign", "the lack of meaningful engagement with" (not across a clause: "the absence of independent media, and urged").</summary>
    [GeneratedRegex(@"\b(did\s+not|didn't|has\s+not|have\s+not|had\s+not|never|refused\s+to|declined\s+to)\s+(\w+\s+){0,1}$|\b(lack|absence)\s+of\s+([^\s,;]+\s+){0,6}$", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();

    [GeneratedRegex(@"^(visit|meeting|meetings|visit\s+to|meeting\s+with)\b|\bvisit\s+to$|^(during|in)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Nominal();

    [GeneratedRegex(@"\b(will|shall|is\s+to|are\s+to|is\s+expected|are\s+expected|plans?\s+to|is\s+scheduled|are\s+scheduled|is\s+planned|are\s+planned)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Future();

    [GeneratedRegex(@"\b(met|visited|concluded|held|had|received|discussed|paid|began|started|completed|took\s+place)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastVerb();

    // ("”, the statement of …" looks behind after its word, not before it: an alternative opening on a look-behind would have the
    // pattern tried at every character of a sentence, instead of where one of its words is found)
    // ("the OSCE's participating states "should stop …"": states there are the States, not a saying)
    [GeneratedRegex(@"\b(said|says|stated|states(?<!\bparticipating\s+states)|added|noted|notes|warned|warns|told|wrote|argued|believes|considers|claimed|insisted|described|concluded|concluding|found|documented|saying|stressed|emphasi[sz]ed|underlined|tweeted|declared|commented|assessed|explained|remarked|announced|testified|briefed)\b(?<after>(?=\s+[A-Z]))?|\b[Aa]ccording\s+to\b(?<after>)|\b[Ii]n\s+the\s+words\s+of(\s+the)?\b(?<after>)|statement(?<=[”""],?\s+the\s+statement)\s+(of|by)\s+(the\s+)?(?<after>)|\bcalled\b(?=\s+(the|this|it|these|those|his|her|their)\b[^.;“""]{0,40}[“""])|\bcalled\b(?=\s+[“""])")]
    private static partial Regex SpeechVerb();

    /// <summary>The speech verbs of a text (<see cref="SpeechVerb"/>), read once for the several readers of who speaks that ask of the same sentence in turn.</summary>
    private static readonly LastRead<Match[]> SpeechVerbsRead = new(text => SpeechVerb().Matches(text).ToArray());

    private static Match[] SpeechVerbs(string text) => SpeechVerbsRead.Of(text);

    /// <summary>The first of a text's speech verbs, if it has any.</summary>
    private static Match? FirstSpeechVerb(string text) => SpeechVerbs(text) is [var first, ..] ? first : null;

    [GeneratedRegex(@"^(?<place>[A-Z][A-Z]+)(,|\s+[-–—])|\b(?:in|In)\s+(?<place>Astana|Almaty|Warsaw|Vienna|Madrid|Helsinki|Brussels|Geneva|Moscow|Bishkek|Dushanbe|Tashkent|Ashgabat|Tbilisi|Baku|Yerevan|Kyiv|Minsk|Paris|Washington|Belgrade|Pristina|Skopje|Sarajevo|Tirana|Podgorica|Chisinau|Valletta|Prague)\b")]
    private static partial Regex PlacePattern();
}
