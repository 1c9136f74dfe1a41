//! Classification: the seed's block, behaviour tables, and the development
//! set as a regression floor.

use cti_extract::classify::{IncidentType, Severity};
use cti_extract::{Digest, Extractor};

fn classify(text: &str) -> cti_extract::Report {
    Extractor::new().extract(text.as_bytes()).expect("text")
}

#[test]
fn seed_gives_the_expected_block() {
    let seed = include_bytes!("../data/samples/000_08b0a145e7fea504.txt");
    let report = Extractor::new().extract(seed).expect("seed");
    let c = &report.classification;
    assert_eq!(c.attacker, "APT31");
    assert_eq!(c.incident_type, IncidentType::Espionage);
    assert_eq!(c.severity, Severity::Major);
    assert_eq!(c.hashtags, ["#CyberAttack", "#APT31", "#CyberEspionage"]);
    assert_eq!(c.target, "Czech Ministry of Foreign Affairs");
    assert_eq!(c.company, "Czech Republic");
    assert_eq!(c.feature, "Cyber Espionage");
    let product: Vec<String> = c.product.split(' ').map(str::to_lowercase).collect();
    for word in ["foreign", "ministry", "network"] {
        assert!(product.contains(&word.to_string()), "{}", c.product);
    }
    assert_eq!(report.attribution.country.as_deref(), Some("China"));
    assert_eq!(
        report.attribution.agency.as_deref(),
        Some("Ministry of State Security")
    );
    // The block renders in the seed's layout.
    let block = c.to_block();
    assert!(block.starts_with("Classification:\n- HashTags: #CyberAttack #APT31 #CyberEspionage\n- Company: Czech Republic\n"));
    // Severity says why.
    assert!(report
        .evidence
        .iter()
        .any(|e| e.field == "Severity" && e.rule.contains("state actor")));
}

#[test]
fn the_items_own_block_is_never_read() {
    let article = "CyberSecurity news\nA@B\n//\nA bakery updated its website menu.\n\
                   Classification:\n- Attacker: APT31\n- Type: Espionage\n- Severity: Critical";
    let report = classify(article);
    assert_eq!(report.classification.attacker, "Unknown");
    assert_ne!(report.classification.severity, Severity::Critical);
}

/// (name, article, expected attacker).
/// A supply chain carried by a registry package, named in the body and in a
/// reference.
const PACKAGE_HIJACKED: &str = "For about four hours on Friday, anyone who installed \
     left-pad-plus from the npm registry got a cryptocurrency miner along with it. An \
     attacker had taken over the maintainer's account and published three tainted versions \
     of the library, a supply chain attack on the thousands of projects that depend on \
     it.\nReferences :\n- Advisory: left-pad-plus versions were compromised.";

/// A story that opens with a person's arrest and names the group the person
/// is suspected of belonging to (a name the data files both as a group and
/// as a ransomware family).
const SUSPENDED_SENTENCE: &str = "A court in Arnstadt (Arnestadt) on Friday gave a British man \
     a suspended sentence of two years for the attack that knocked about 900,000 Northwind \
     Telecom customers offline in November. Tom Baker, 29, had confessed on the first day of \
     his trial last week. His modified Mirai malware flooded the routers with requests until \
     they crashed, and customers lost internet access for two days.";

const ARREST_IN_THE_LEAD: &str = "Police in Northland detained a 24-year-old software \
     engineer, Jonas Weller, at the airport on Friday on an international red notice. \
     Prosecutors in the United States suspect him of belonging to ShinyHunters, a crew \
     that stole and sold the databases of dozens of companies.\nHis lawyer said Weller \
     would fight the extradition request. ShinyHunters members had advertised the stolen \
     data on hacking forums, investigators said.";

const CHARGED_WITH_A_COUNT: &str = "Federal prosecutors have charged a 22-year-old man from \
     Contoso City with running Storm Cannon, a DDoS-for-hire botnet. Marek Dolan is charged with \
     one count of aiding and abetting computer intrusions. The botnet launched more than 370,000 \
     DDoS attacks against 18,000 victims, and its DDoS floods reached six terabits per second. \
     Dolan faces up to ten years in prison.";

const CONVICTION_UPHELD: &str = "A federal appeals court has upheld the conviction and \
     sentence of Marek Dolan, a Contosian citizen living in Atlanta who helped launder money \
     stolen in business email compromise schemes. The panel rejected all five of Dolan's \
     arguments about the fraud and money laundering counts.";

const SUSPECT_PICKED_UP: &str = "Police have picked up a 24-year-old man in connection with \
     the leak of Contoso Mobile subscriber details, days after a website began returning \
     customers' personal information to anyone who typed in a number.\nThe suspect, Arjun \
     Velloor, was taken into custody after cyber police traced the site to an internet address \
     in the district. The leak exposed the personal data of millions of subscribers, and the \
     data breach is being investigated.";

const ATTACKERS: &[(&str, &str, &str)] = &[
    (
        "a_civilian_intelligence_service_hit_is_no_nation_s_attacker",
        "Prosecutors are investigating a suspected Chinese cyberattack on the country's \
         civilian intelligence service, after a newspaper reported that hackers had read a \
         slice of the agency's e-mail for two years. The intruders came in through a flaw \
         in an e-mail gateway.\n",
        "Unknown",
    ),
    (
        "a_takedown_s_family_beside_a_ransomware_family_named_once",
        "Police in France have taken over the command servers of Retadup, a worm that had \
         turned 850,000 computers into cryptocurrency miners, and ordered it to delete \
         itself. Researchers who had studied Retadup found its servers with a hosting \
         provider near Paris. In some cases Retadup also delivered the Stop ransomware to \
         infected machines. The operators of Retadup have not been arrested.\n",
        "Retadup",
    ),
    (
        "a_known_family_s_botnet_outside_a_ddos_is_the_family",
        "Researchers at a security company say the Hajime botnet has infected more than \
         300,000 routers and cameras, closing ports that other malware uses to get in. The \
         Hajime botnet spreads through default passwords and displays a message to the \
         owners of the devices.\n",
        "Hajime",
    ),
    (
        "a_known_family_s_botnet_in_a_ddos_stays_the_botnet",
        "The Mirai botnet flooded the DNS provider with traffic for hours, knocking major \
         websites offline in a distributed denial-of-service attack.\n",
        "Mirai botnet",
    ),
    (
        "a_country_s_hackers_also_described_as_tied_to_its_government",
        "Hackers tied to the Chinese government broke into the computer systems of a \
         freight airline at least twenty times, a Senate report said. The intruders \
         took e-mails, documents and passwords. Officials said Chinese hackers were \
         behind the intrusions.\n",
        "Chinese state-sponsored hackers",
    ),
    (
        "a_gang_in_a_sentence_set_almost_exactly_a_year_earlier",
        "Ransomware cripples the Department of Justice\n\nA ransomware attack has \
         encrypted the information systems of the Department of Justice, which \
         said on Thursday that its electronic services are unavailable.\n\n\
         Almost exactly a year earlier the DoppelPaymer ransomware gang claimed \
         responsibility for hacking the systems of the Office of the Chief \
         Justice.\n",
        "Unknown",
    ),
    (
        "a_person_whose_relative_clause_ends_before_the_charge",
        "A home-security technician spied on customers\n\nAb Cdefg, who was fired by \
         the company in April, was charged by federal prosecutors this week.\n\n\
         Cdefg added his own address to customers' accounts.\n",
        "Ab Cdefg",
    ),
    (
        "a_person_named_in_apposition_to_a_relative_when_charged",
        "Police have charged the chef Ab Cd's father-in-law, Efg Hijkl, with \
         conspiring to break into computers.\n\nHijkl ran the restaurant business \
         until he was dismissed.\n",
        "Efg Hijkl",
    ),
    (
        "a_person_who_appeared_before_a_magistrate",
        "A man accused of breaking into the tax authority's systems was held for \
         forty days.\n\nAb Cde Fghij appeared before Chief Magistrate Kl Mno in \
         Nairobi and denied a charge of electronic fraud.\n\nDetectives seized \
         phones and servers from Fghij's house.\n",
        "Ab Cde Fghij",
    ),
    (
        "a_person_with_accented_names_introduced_and_later_charged_by_surname",
        "Investigators in Lima have arrested an engineer accused of running a \
         clandestine office that intercepted the e-mail of ministers.\n\nThe only \
         person detained so far is Andr\u{e9}s Fernando Sep\u{fa}lveda, whom prosecutors \
         call the head of the ring.\n\nSep\u{fa}lveda faces charges that include \
         espionage and interception of computer data.\n",
        "Andr\u{e9}s Fernando Sep\u{fa}lveda",
    ),
    (
        "a_common_word_capitalised_only_where_a_title_or_sentence_opens",
        "JPCERT says infections of a banking trojan in Japan have been rising. The malware \
         arrives as an e-mail attachment and has opened the way for ransomware \
         attacks on large organisations.\n\nThe latest wave exploits fear of the new \
         coronavirus, researchers said.\n\nReferences:\n- Moneycontrol: Coronavirus fears \
         exploited to spread malware - https://www.moneycontrol.com/news/x.html\n",
        "Unknown",
    ),
    (
        "the_malware_family_a_story_is_about_when_no_one_is_named",
        "City systems knocked offline by Emotet infection\n\nThe city of Lakeview shut down \
         its e-mail and finance systems after an Emotet infection spread across its network, \
         officials said. The malware arrived as a Word attachment and then moved to other \
         machines. Emotet steals address books and sends new messages from infected \
         accounts. The city said recovery would cost about $1 million.",
        "Emotet",
    ),
    (
        "a_ransomware_family_named_once_beside_the_storys_family",
        "Emotet infections in Borduvia have been rising since October, the national CERT \
         says. The malware arrives as a Word attachment. Emotet steals address books and \
         sends new messages from infected accounts. Elsewhere it has opened the way for Ryuk \
         ransomware attacks on large organisations. Emotet can also download other malware.",
        "Emotet",
    ),
    (
        "a_family_only_compared_with_is_not_the_subject",
        "A worm that corrupts the financial databases of businesses in Borduvia has been \
         mentioned in the same breath as Stuxnet. The malware replaces values in SQL \
         databases, researchers said. They placed it in the same family of tools as Stuxnet, \
         but made no claim about who wrote it. The malware infected hundreds of computers.",
        "Unknown",
    ),
    (
        "a_family_the_text_introduces_under_an_agencys_acronym",
        "India's cyber agency has warned that a mobile banking trojan called SOVA is now \
         targeting customers of Indian banks. SOVA steals login details when users open \
         their banking apps. The newest version of SOVA can also encrypt a phone.",
        "SOVA",
    ),
    (
        "a_persons_name_of_four_words",
        "A man who broke into the computer systems of a Borduvian port has been sentenced to \
         four years in prison by a court, officials have revealed.\n\nThe Daily Quokka named \
         the hacker as Tran Quoc Minh Khoa, 31. He got into the network in March 2016 with \
         the credentials of a contractor.",
        "Tran Quoc Minh Khoa",
    ),
    (
        "a_three_letter_handle",
        "A hacker who goes by the name \"Kox\" is posting salary records taken from the \
         Borduvian tax authority onto a public channel. Kox said more files would follow \
         every week.",
        "Kox",
    ),
    (
        "a_figure_who_goes_by_a_name",
        "Police took down the servers behind Quokka Stealer, a malware service sold to \
         criminals. Its main developer, a Borduvia-based figure who goes by the name Zerbal, \
         offered several subscription tiers. Zerbal claimed about 400 clients.",
        "Zerbal",
    ),
    (
        "the_company_a_firm_traced_the_operation_to",
        "A browser hijacker has infected millions of computers, Contoso Security said. The \
         company traced the operation to Rafotechno, a large digital marketing agency in \
         Borduvia. Rafotechno earns money from the advertising.",
        "Rafotechno",
    ),
    (
        "the_operators_of_a_malware_family_are_named_by_it",
        "The operators of the DarkGate malware exploited a flaw in Microsoft Defender \
         SmartScreen as a zero-day in January, according to a report from Trend Micro. The \
         installers looked harmless at every stage.",
        "DarkGate",
    ),
    (
        "a_man_arrested_as_suspected_of_being_a_titled_handle",
        "Ruritanian police have arrested a man suspected of being \"Dr ZeX\", a hacker active \
         since 2009 who signed his name on defaced websites. Investigators say the suspect left \
         the Dr ZeX signature on 134 pages.",
        "Dr ZeX",
    ),
    (
        "the_title_of_a_report_called_something_is_no_one",
        "The military intelligence service of Ruritania used intrusion software to spy on \
         opposition politicians, according to documents published this week by a campaign \
         group in a report called \"For God and My President: State Surveillance\".",
        "Unknown",
    ),
    (
        "a_family_named_with_its_platform_then_without",
        "A worm is turning home routers into a social-media fraud network. The malware, which \
         ESET has named Linux/Elk, spreads by guessing passwords; elan is French for elk. Elk \
         does not exploit a software flaw. Elk runs on MIPS and ARM devices.",
        "Linux/Elk",
    ),
    (
        "the_group_a_firm_names_once_and_a_reference_title_again",
        "Scammers sent gift-card requests to nonprofits and schools, posing as their chief \
         executives. Agari calls the group Copper Widow.\nReferences :\n- Agari: Copper \
         Widow, gift-card fraud - https://www.agari.com/a",
        "Copper Widow",
    ),
    (
        "the_name_of_the_investigation_is_not_the_attackers",
        "A botnet of four million computers was shut down on Tuesday. The FBI called the \
         two-year investigation Operation Silver Click.\nReferences :\n- News: Botnet nuked \
         in Operation Silver Click - https://example.com/a",
        "Unknown",
    ),
    (
        "the_group_several_firms_point_to_over_the_ransomware",
        "A new strain of ransomware called Bad Rabbit swept through organisations in Ruritania \
         on Tuesday, delaying flights at its main airport. Bad Rabbit demanded bitcoin. \
         Several firms point to TeleBots, the group blamed for an earlier wiper.",
        "Sandworm",
    ),
    (
        "the_group_whose_members_police_arrested",
        "Police have arrested members of the Bogdansender group, a network accused of selling \
         phishing kits to criminals. Bogdansender sold its tools since 2020.",
        "Bogdansender",
    ),
    (
        "an_advanced_persistent_threat_actor_of_a_country_is_an_apt_actor",
        "A Ruritanian energy firm was hit by a destructive attack using a previously unknown \
         wiper, according to researchers, who named the malware DiskEater and attribute the \
         operation with high confidence to a Russia-nexus advanced persistent threat actor. \
         DiskEater overwrote every disk.",
        "Russia-nexus APT actor",
    ),
    (
        "the_description_the_text_blames_over_the_family_it_names",
        "A Ruritanian energy firm was hit by a destructive attack using a previously unknown \
         data wiper, according to Cisco Talos, which has named the malware DiskEater and \
         attributes the operation with high confidence to a Russia-linked threat actor. \
         DiskEater was deployed through a legitimate administration tool. Talos said \
         DiskEater overwrote the master boot record.",
        "Russia-linked threat actor",
    ),
    (
        "the_ringleader_prosecutors_name_with_his_age",
        "Seven men went on trial in Ruritania on Tuesday, accused of posing as the defence \
         minister to talk wealthy people out of millions in a fraud scheme. Prosecutors say \
         the two ringleaders were Franco-Borduvian Ab Cdefgh, 54, and Ef Ghijk, 35. The fraud \
         ran for two years. Cdefgh denies everything.",
        "Ab Cdefgh",
    ),
    (
        "hackers_based_in_a_country_on_whom_suspicion_has_fallen",
        "Files at the Ruritanian defence research agency were copied to a server abroad, \
         officials said. No group has been named. Suspicion has fallen on hackers based in \
         China, although the government has made no formal accusation.",
        "Suspected Chinese hackers",
    ),
    (
        "the_two_word_name_researchers_gave_the_operation",
        "Phishing e-mails aimed at lawyers and activists in Ruritania stole dozens of passwords \
         over two years, researchers said on Tuesday. The researchers, who have named the \
         operation Copper Lantern, counted 92 messages. Copper Lantern used shortened links.",
        "Copper Lantern",
    ),
    (
        "an_operation_name_written_once_is_no_attacker",
        "Phishing e-mails aimed at lawyers and activists in Ruritania stole dozens of passwords \
         over two years, researchers said on Tuesday. The researchers, who have named the \
         operation Copper Lantern, counted 92 messages.",
        "Unknown",
    ),
    (
        "a_person_whose_handle_stands_between_name_and_arrest",
        "Police in Ruritania have arrested a man whom prosecutors call a prolific card seller. \
         Marek Ivanovich Voskov, known online as \"Vosk\", was detained at the airport on \
         Friday. A grand jury indicted Voskov last year.",
        "Marek Voskov",
    ),
    (
        "a_handle_written_once_as_the_one_a_wave_began_with",
        "Thousands of databases left open online have been emptied and replaced with ransom \
         notes, in a wave that began with a single attacker using the name Qu1nt0 and has since \
         drawn in imitators. Victims who paid got nothing back.",
        "Qu1nt0",
    ),
    (
        "the_person_an_arrest_took_by_handle_before_the_pile_he_sold",
        "Police in Ruritania say they have detained the hacker known online as Zorrix, the \
         seller behind Contoso Dump, a vast pile of stolen passwords. Officers seized his \
         computers. Contoso Dump surfaced a year ago, when Zorrix offered it on a hacking \
         forum.",
        "Zorrix",
    ),
    (
        "the_bodys_suspected_hackers_over_a_references_plain_ones",
        "Hackers suspected of working for North Korea have broken into government computers in \
         Contosia over the past month, according to a newspaper report. The intrusions shut \
         down several systems.\nReferences :\n- Example News: Contosia targeted by North Korean \
         hackers - https://example.com/contosia",
        "Suspected North Korean hackers",
    ),
    (
        "attackers_described_by_the_country_they_work_for",
        "Attackers linked to Vietnam broke into the network of the Contosian energy ministry \
         and stole planning documents, officials said on Monday.",
        "Vietnamese attackers",
    ),
    (
        "a_group_whose_name_holds_a_dollar_sign",
        "The extortion crew Scattered Lapsus$ Hunters claimed it stole data from the customers \
         of a software company and posted samples on a leak site.",
        "Scattered Lapsus Hunters",
    ),
    (
        "the_defendant_named_in_apposition",
        "Ruritania's first criminal trial over phone hacking has opened in the capital, with \
         the journalist Ana Contoso testifying against a former employee of a surveillance \
         company.\nThe defendant, Juan Carlos Garc\u{ed}a Rivera, worked for Proyectos y \
         Dise\u{f1}os VME. Police arrested him in 2021. Garc\u{ed}a Rivera denies the charges.",
        "Juan Carlos Garc\u{ed}a Rivera",
    ),
    (
        "an_inside_job_ruled_out_names_no_insiders",
        "Contoso, the Ruritanian law firm whose internal files have become the Zenda Papers, \
         insists that it was the victim of a crime by outsiders. \"We rule out an inside job. \
         The company suffered a hack,\" a partner said on Tuesday.",
        "Unknown",
    ),
    (
        "a_person_of_two_places",
        "US prosecutors in Boston on Wednesday unsealed charges against a Ruritanian national \
         accused of hacking into tax preparation firms and using their clients' data to claim \
         bogus tax refunds. Boris A. Kettle, of Mexico and Ruritania, was arrested at Heathrow \
         Airport on 15 October. Kettle is 35, according to court papers.",
        "Boris Kettle",
    ),
    (
        "a_person_who_admitted_offences",
        "A student who planted keyloggers on staff computers at Zenda University to raise his \
         own marks has been jailed for four months.\nArun Velasco, 25, admitted six offences \
         under the Computer Misuse Act at Zenda Crown Court. Velasco had bought the devices \
         online.",
        "Arun Velasco",
    ),
    (
        "a_court_sentenced_a_national_by_name",
        "A federal court in New Jersey has sentenced Ruritanian national Boris Kettleby to 12 \
         years in prison for his role in a hacking operation that stole card numbers from \
         retailers. Kettleby, 37, had pleaded guilty to conspiracy.",
        "Boris Kettleby",
    ),
    (
        "an_abbreviation_inside_the_apposition",
        "CyberSecurity news\nGreg Roe@Example Sports\n//\nChris Contoso, the former scouting \
         director of the St. Louis Zebras, was sentenced on Monday to 46 months in federal \
         prison for repeatedly breaking into the Houston Lions' private player database.\n\
         References:\n- Former Zebras exec Contoso sentenced to prison - \
         https://example.com/contoso-sentenced\n",
        "Chris Contoso",
    ),
    (
        "the_suspect_named_as_taken_into_custody",
        SUSPECT_PICKED_UP,
        "Arjun Velloor",
    ),
    (
        "a_jury_found_the_person_guilty",
        "A federal jury has found Peter Contoso, a 35-year-old Swedish national, guilty of \
         running a bitcoin laundering service on the darknet. The verdict followed a four-week \
         trial, and Contoso faces up to 20 years in prison.",
        "Peter Contoso",
    ),
    (
        "an_unnamed_lead_then_the_person_with_her_age_and_deed",
        "A Virginia Beach woman who ran a counterfeit coupon scheme has been sentenced to 12 \
         years in federal prison.\nMary Jane Contoso, 41, sold fake coupons online from 2017 \
         to 2020. Contoso used her design skills to make them, and Contoso took payment in \
         bitcoin.",
        "Mary Jane Contoso",
    ),
    (
        "a_threat_a_vendor_names_and_names_again",
        "A bot network that guesses gift card numbers has been hammering the websites of about \
         1,000 retailers, according to Contoso Labs, which calls the threat CardGhost. \
         CardGhost checks millions of numbers a day, and CardGhost's operators rotate their \
         addresses to evade blocking.",
        "CardGhost",
    ),
    (
        "a_person_an_indictment_accuses_over_a_family_named_once",
        "The US Justice Department has charged a Chinese national with hacking thousands of \
         firewalls in 2020.\nAn indictment unsealed on Tuesday accuses Guan Tianfeng, 30, of \
         conspiracy to commit computer fraud. If a victim tried to remove the malware, it would \
         deploy a variant of the Ragnarok ransomware to encrypt files.\nGuan remains at large.",
        "Guan Tianfeng",
    ),
    (
        "a_quoted_lowercase_handle_named_as_the_culprit",
        "Contoso Bank confirmed that data on some of its customers was exposed by a third \
         party.\nThe claimed culprit is a forum user who calls himself \"zandorik\". He says he \
         demanded four million dollars before leaking the files.",
        "zandorik",
    ),
    (
        "a_vendor_using_a_lowercase_handle_offering_the_data",
        "Contoso, a food delivery service, said 17 million user records were stolen. A \
         vendor using the handle \"plimsy\" was offering the whole database on a dark web \
         market for about $1,000.",
        "plimsy",
    ),
    (
        "attackers_using_the_account_credentials_name_no_handle",
        "Contoso said attackers using the account credentials of a contractor reached its \
         billing systems and copied invoices.",
        "Unknown",
    ),
    (
        "the_one_found_guilty_over_co_conspirators_who_pleaded",
        "A federal jury has convicted a California man of conspiracy to commit wire fraud for \
         his part in a scheme that made virtual currency from a video game.\nBrandon Kestrel, \
         24, of Whittier, California, was found guilty after a three-day trial. His \
         co-conspirators, Dario Venn, 24, of New Jersey, and Ollie Marsh, 25, of Arlington, \
         Texas, had already pleaded guilty.",
        "Brandon Kestrel",
    ),
    (
        "hacktivists_using_a_name_at_the_start_of_a_sentence",
        "Hacktivists using the name Zorbo Philippines defaced another batch of government \
         websites early on Monday, a day before the court was due to hear arguments on a new \
         cybercrime law.",
        "Zorbo Philippines",
    ),
    (
        "the_first_of_two_accused_described_at_length",
        "The two co-founders of Fabrikam Bio have each been sentenced to a year in prison for \
         conspiring to steal trade secrets.\nAbel Varga, 74, of Rancho Santa Fe, California, \
         Fabrikam's co-founder and former chief executive, and Dora Ilic, 73, of South San \
         Francisco, also known as Dora Tong, its co-founder and former chief operating \
         officer, were sentenced by a federal judge in San Francisco.",
        "Abel Varga",
    ),
    (
        "a_hacking_ring_that_called_itself_a_name",
        "Four members of an international hacking ring that called itself the Contoso \
         Underground have been charged with breaking into the networks of game developers, \
         the Justice Department said on Tuesday.",
        "Contoso Underground",
    ),
    (
        "a_listed_family_named_after_its_kind_word_and_called",
        "Contoso Energy is investigating a breach of its project tracker after a ransomware \
         gang called Hellcat claimed to have stolen 40 GB of data and demanded a ransom. \
         Some reports also linked it to a newly formed group called ICA.",
        "Hellcat",
    ),
    (
        "a_listed_family_named_after_a_group_word_and_called",
        "Contoso Insurance is investigating a breach after a group called Stormous claimed \
         the attack and posted samples of the data. The ransomware attack took its servers \
         offline for two days.",
        "Stormous",
    ),
    (
        "a_description_inside_an_open_question_is_no_attribution",
        "The Spanish electricity company Contoso Energia has confirmed that hackers obtained \
         the personal details of about 1.3 million customers in a cyberattack in March.\nThe \
         national cryptologic centre is trying to establish whether Russian state actors were \
         behind the campaign, but no group has been publicly named as responsible for the \
         breach.",
        "Unknown",
    ),
    (
        "the_first_of_those_an_indictment_names",
        "Federal prosecutors have charged three Iranian nationals with a ransomware and \
         extortion campaign that hit hundreds of victims.\nAn indictment unsealed on Wednesday \
         in federal court names Darius Kavehpour, Ali Rostami and Reza Farahani. It charges \
         them with cyber extortion. Kavehpour remains at large.",
        "Darius Kavehpour",
    ),
    (
        "the_intelligence_services_people_hit_work_for_are_no_attacker",
        "Contoso Motors left the location data of 800,000 electric cars open on a cloud \
         server. Among the affected drivers were business leaders, police officers and people \
         thought to work for the German intelligence services.",
        "Unknown",
    ),
    (
        "a_cybercriminal_using_a_quoted_name",
        "Thousands of scans of passports taken from the archives of hotels have been put up \
         for sale on a dark web forum by a cybercriminal using the name \"plorvex\", the \
         national agency has warned. The agency said plorvex claimed to hold 70,000 \
         documents.",
        "plorvex",
    ),
    (
        "a_state_actor_officials_do_not_believe_in",
        "The Contoso Legal Aid Agency has warned that a cyber-attack exposed the personal data \
         of people who applied for legal aid. Officials are understood not to believe it is the \
         work of a state actor.",
        "Unknown",
    ),
    (
        "a_quoted_self_chosen_name_of_five_words",
        "Contoso Hotels has confirmed a data breach after a group calling itself \"The Crew \
         With No Face\" claimed to have taken 20 GB of guest data and shared samples with a \
         news site.",
        "The Crew With No Face",
    ),
    (
        "an_author_who_uses_a_quoted_alias_and_claims_the_data",
        "A hacker has put up for sale what he says is the data of 30 million passengers of \
         Contoso Railways. Its author, who uses the alias \"quillrat\", claims the records \
         include names and phone numbers.",
        "quillrat",
    ),
    (
        "a_man_who_admitted_the_charges_after_his_age",
        "A Nigerian man has pleaded guilty in Brooklyn to hacking the brokerage accounts of US \
         investors.\nObi Tunde Adebayo, 33, a native of Lagos, Nigeria, admitted access device \
         fraud and conspiracy to commit computer intrusion at a hearing on Tuesday. Adebayo \
         faces up to 20 years in prison.",
        "Obi Tunde Adebayo",
    ),
    (
        "an_unlisted_family_hackers_used_and_named_again",
        "Hackers used the Vornex malware to take over the currency trading terminal of Contoso \
         Bank and fire off orders worth 500 million roubles, according to a security \
         firm.\nVornex is much less famous than other banking trojans. Researchers said Vornex \
         can hide on a machine for years.",
        "Vornex",
    ),
    (
        "a_persona_that_shares_its_name_with_a_listed_family",
        "Contoso's immigration office denied that its passport database was breached, a week \
         after a hacker calling himself Bjorka put what he said were the records of 34 million \
         passport holders up for sale. Bjorka posted samples on a forum.",
        "Bjorka",
    ),
    (
        "an_unlisted_malware_family_introduced_and_named_again",
        "Researchers at Contoso Labs say a piece of Android malware called FlowerPot has \
         stolen banking passwords from 20,000 phones. FlowerPot hides inside fake \
         parcel-tracking apps and asks for accessibility permissions. Contoso said FlowerPot \
         had been removed from the app store.",
        "FlowerPot",
    ),
    (
        "a_person_charged_over_the_family_he_ran",
        "Federal prosecutors have charged Daniel Novak, 24, of Austin, Texas, with running \
         Petal Bot, a DDoS-for-hire botnet built from hacked routers. Petal Bot was rented to \
         customers who launched attacks on gaming servers, and Petal Bot's servers were \
         seized. Novak was arrested on Tuesday.",
        "Daniel Novak",
    ),
    (
        "the_one_actor_filed_under_a_named_unit",
        "A federal grand jury has indicted three military officers on charges of hacking into \
         the networks of Contoso Steel and Fabrikam Aluminium. The indictment names the men as \
         officers of Unit 61398, and says they stole e-mails and pricing data between 2008 and \
         2013.",
        "APT1",
    ),
    (
        "a_person_sentenced_who_claimed_a_collective",
        "A man who broke into the website of the Contoso Advisory Service and threatened to \
         publish the personal details of thousands of women who had asked the charity for \
         advice has been jailed for two years and eight months.\nJames Jeffery, 27, who \
         presented himself as a member of the hacking collective Anonymous, pleaded guilty and \
         was sentenced at Southwark Crown Court. He also defaced the site with the Anonymous \
         logo and announced that he intended to make the stolen details public.\nSentencing \
         Jeffery, the judge spoke of the potentially terrible consequences of publication.",
        "James Jeffery",
    ),
    (
        "a_person_named_in_full_then_arrested_by_surname_over_a_description",
        "Romanian hackers broke into the payment terminals of hundreds of Contoso restaurants. \
         Adrian-Tiberiu Oprea admitted his part in a scheme that ran from 2008 until 2011. \
         Oprea moved the stolen card data to dump sites he had set up. Oprea was arrested in \
         Romania in December 2011 and sent to New Hampshire. Oprea was sentenced to 15 years \
         in prison.",
        "Adrian-Tiberiu Oprea",
    ),
    (
        "a_reference_title_calling_the_group_a_campaign_names_no_campaign",
        "A Turkish state-linked espionage group known as Sea Turtle has been breaking into \
         telecommunications companies in the Netherlands, researchers said. Sea Turtle stole \
         e-mail archives from the firms.\nReferences:\n- Cyber Espionage Campaign Sea Turtle - \
         Targets Dutch Telecom Companies - https://example.com/sea-turtle",
        "Sea Turtle",
    ),
    (
        "a_handle_written_once_with_its_deed",
        "Contoso Cloud denied a breach. The affair began in March, when a threat actor using \
         the alias \"rose87168\" offered on a hacking forum about six million records that it \
         said came from Contoso login servers.",
        "rose87168",
    ),
    (
        "the_attackers_a_family_names_are_the_family",
        "A new wave of the Shamoon wiper hit Contoso Chemical in January, erasing hard drives \
         across its offices. The Shamoon attackers used stolen credentials to spread the \
         malware, and Shamoon overwrote files with an image.",
        "Shamoon",
    ),
    (
        "the_extortion_group_a_family_names_is_the_family",
        "Contoso Cars said intruders stole research and development files from one of its file \
         servers. The Snatch extortion group later published samples of the stolen data on its \
         leak site, and Snatch threatened to release the rest.",
        "Snatch",
    ),
    (
        "unknown_attackers_opening_a_sentence_are_unknown",
        "Contoso Bank lost 4.4 million dollars in the largest cyber theft in the country's \
         history. Unknown attackers used the bank's SWIFT terminal to send fraudulent payment \
         orders.",
        "Unknown",
    ),
    (
        "unknown_hackers_are_unknown",
        "Contoso Radio said unknown hackers broke into its broadcast system on Monday and aired \
         a fake address by the president.",
        "Unknown",
    ),
    (
        "an_unidentified_criminal_group_is_unknown",
        "Contoso Bank said an unidentified criminal group broke into its payment systems and \
         stole 10 million dollars.",
        "Unknown",
    ),
    (
        "the_gop_is_a_party_not_an_alias",
        "The Wisconsin Republican Party said hackers stole 2.3 million dollars by altering \
         invoices from vendors. Wisconsin GOP says hackers stole the money from its federal \
         account.",
        "Unknown",
    ),
    (
        "a_gang_in_other_incidents_the_place_has_seen_is_background",
        "Contoso Exams said a distributed denial-of-service attack disrupted its login system \
         during an online bar exam on Tuesday. Nobody has claimed responsibility. Michigan has \
         seen other education-related cyber incidents this year: in May, a university was \
         targeted by operators of the NetWalker ransomware.",
        "Unknown",
    ),
    (
        "the_attacker_of_an_attack_called_state_sponsored",
        "Contoso Screening, which runs background checks for federal agencies, said hackers \
         broke into its network and may have stolen the personal files of 25,000 employees. \
         The company said the intrusion has all the markings of a state-sponsored attack.",
        "State-sponsored hackers",
    ),
    (
        "the_attacker_of_a_campaign_called_a_countrys",
        "Contoso Church said intruders took personal information of members in an intrusion \
         that federal investigators believe was part of a Chinese state-sponsored campaign.",
        "Chinese state-sponsored hackers",
    ),
    (
        "a_possibly_state_backed_operation_is_a_guess",
        "Contoso Screening said hackers broke into its network and may have stolen the \
         personal files of 25,000 employees. Researchers pointed to the years of preparation \
         as signs of a well-resourced, possibly state-backed operation.",
        "Unknown",
    ),
    (
        "a_person_arrested_as_the_owner_of_a_firm",
        "The FBI has arrested Marek J. Dolan, the owner of collapsed payroll firm Contoso \
         Payroll, and charged him with bank fraud. Prosecutors say Dolan ran the scheme for \
         years.",
        "Marek Dolan",
    ),
    (
        "a_person_who_pleaded_not_guilty",
        "Marek Dolan, a former Contoso University football coach, has pleaded not guilty in \
         federal court to charges that he hacked into student databases. Prosecutors say Dolan \
         broke into thousands of accounts.",
        "Marek Dolan",
    ),
    (
        "a_person_set_apart_as_the_fraudster_who_was_arrested",
        "Ivo Tadic Varga, the Contosian fraudster who became known as the Dating Swindler, has \
         been arrested at an airport on an Interpol red notice. Varga's lawyer said the reasons \
         were unclear.",
        "Ivo Tadic Varga",
    ),
    (
        "the_person_whose_conviction_is_upheld",
        CONVICTION_UPHELD,
        "Marek Dolan",
    ),
    (
        "a_person_who_is_charged_with_a_count",
        CHARGED_WITH_A_COUNT,
        "Marek Dolan",
    ),
    (
        "an_attackers_identity_unknown_leaves_a_group_of_another_theft_as_background",
        "An attacker drained about 4 million dollars from the hot wallets of the crypto casino \
         Contoso Bet on Sunday, the company said. Hot wallets are a frequent target: another \
         casino lost 41 million dollars from its wallets in a theft the FBI later attributed to \
         North Korea's Lazarus Group. The attacker's identity and motive remain unknown.",
        "Unknown",
    ),
    (
        "a_group_in_a_sentence_opening_in_march_last_year",
        "Fraudsters impersonating the chief executive of Contoso Vaccines on WhatsApp tricked \
         its finance staff into wiring money in 2021, police said. In March last year the \
         intelligence company Fabrikam said the Chinese state-backed group APT10 had been \
         probing the company's web servers.",
        "Unknown",
    ),
    (
        "a_person_who_entered_her_plea",
        "A former scientist at Contoso Pharma has pleaded guilty to conspiring to steal \
         trade secrets. Mei Ling Zhao, 48, of Wayne, Pennsylvania, entered her plea on \
         Friday in federal court to a single count of conspiracy to steal trade secrets. \
         Prosecutors said Zhao emailed research files to a partner abroad.",
        "Mei Ling Zhao",
    ),
    (
        "a_person_set_apart_by_age_and_charged",
        "Dario Fenwick, the 24-year-old programmer and activist, was charged by federal \
         prosecutors on Tuesday with breaking into Contoso University's network and \
         downloading four million articles from a journal archive.",
        "Dario Fenwick",
    ),
    (
        "an_arrested_person_with_a_hyphenated_surname",
        "Officers on Wednesday arrested Omar Ruiz-Lobato, 20, who had worked for Contoso \
         Motors until he was let go last month. More than 100 cars the dealer had sold \
         would not start after someone used its remote immobiliser system.",
        "Omar Ruiz-Lobato",
    ),
    (
        "the_main_suspect_with_an_apostrophe_in_his_name",
        "Police arrested two people over a trojan that stole data from Contoso Aerospace's \
         plant for two years. According to prosecutors, the main suspect is Marco D'Onofrio, \
         a former contractor who worked on IT security at the plant.",
        "Marco D'Onofrio",
    ),
    (
        "no_group_has_been_publicly_blamed",
        "Contoso Bank said attackers used its SWIFT credentials to order transfers of $171 \
         million, most of which it recovered. No group has been publicly blamed for the \
         attack. The case recalls the Bangladesh Bank heist, which investigators tied to \
         the Lazarus Group.",
        "Unknown",
    ),
    (
        "a_group_of_a_year_before_the_first_the_body_writes",
        "Researchers at Contoso Scan say they found nearly 400 control panels of water \
         facilities open on the internet last autumn. The agency, which worked with them on \
         a report in the summer of 2024, has warned utilities. In late 2023 an Iran-linked \
         group calling itself Cyber Av3ngers defaced controllers at a water authority.",
        "Unknown",
    ),
    (
        "a_name_known_in_the_security_industry",
        "Contoso says it has disrupted an Iranian hacking group that used fake recruiters to \
         go after defence workers. The group, known in the security industry as Tortoiseshell, \
         had concentrated on the Middle East. Tortoiseshell, which some researchers also call \
         Imperial Kitten, has loose ties to better-known Iranian groups such as APT34, also \
         known as Helix Kitten, and APT35, also known as Charming Kitten.",
        "Tortoiseshell",
    ),
    (
        "a_handle_the_hackers_signed",
        "Contoso Burgers' Instagram account was hijacked on Wednesday to promote a fake \
         token. The account's biography was rewritten with a message in which the hackers \
         signed themselves Fry_X_Cr3w and thanked their victims.",
        "Fry_X_Cr3w",
    ),
    (
        "a_movement_that_neither_has_been_linked_to_the_incident",
        "Contoso Meats said ransomware had encrypted its veterinary certification system. \
         Hacktivists claiming to act under the Anonymous banner have leaked data from other \
         companies. Neither has been publicly linked to the Contoso incident.",
        "Unknown",
    ),
    (
        "a_plain_family_name_of_two_words_with_its_kind_nearby",
        "Contoso Telecom said customer data stolen in an attack had been published. The \
         company attributed the attack to Hunters International, a ransomware-as-a-service \
         operation.",
        "Hunters International",
    ),
    (
        "a_plain_name_of_two_words_without_a_cue_is_prose",
        "Contoso Telecom said customer data stolen in an attack had been published. The shop \
         Hunters International, an outfitter for deer stalkers, was not affected.",
        "Unknown",
    ),
    (
        "a_group_a_vendor_tracks_under_plain_words_beats_background_groups",
        "A China-linked espionage group spent four years inside a telecom operator, \
         according to the incident response company Fabrikam, which tracks the group as \
         Weaver Ant. Weaver Ant relied on web shells. US officials warned in 2024 that the \
         group known as Salt Typhoon had breached American carriers.",
        "Weaver Ant",
    ),
    (
        "a_group_that_nothing_links_to_the_attack",
        "Contoso Telecom restored service after a powerful cyberattack knocked most of its \
         subscribers offline. The outage came a day after a group calling itself Network \
         Battalion 65, or NB65, claimed to have stolen data from a broadcaster. NB65 acts \
         against other targets; nothing links it to the attack on Contoso Telecom.",
        "Unknown",
    ),
    (
        "two_people_charged_together",
        "Two men have been charged with conspiring with Russian hackers to break into the \
         dispatch system of a city's parking operator. Marko Tavel and Jonas Pirk, both 52, \
         were arrested on Monday and charged with conspiracy to commit computer intrusion. \
         Prosecutors say Tavel and Pirk paid the hackers for their work.",
        "Marko Tavel and Jonas Pirk",
    ),
    (
        "two_people_arrested_named_after_the_verb",
        "Police have arrested Lena Sorvik and Tomas Brandt, who were charged with running a \
         phishing service that stole the passwords of bank customers. Sorvik and Brandt \
         deny the charges.",
        "Lena Sorvik and Tomas Brandt",
    ),
    (
        "an_alias_in_brackets_inside_a_list_of_examples",
        "Researchers found a spyware framework on the computers of an embassy and could not \
         tie it to any group they track. It joins a short list of espionage platforms, such \
         as Careto (The Mask) and ProjectSauron, that ran unnoticed for years.",
        "Unknown",
    ),
    (
        "the_handle_of_the_malware_author",
        "Northwind Net, a small internet provider, has replaced the routers knocked out last \
         week. A hacker who says he wrote WreckBot claims his code was active on its network.\n\
         The outage began on 3 May 2018. The case was brought to a news site by Fixer_42, the \
         pseudonymous author of WreckBot. Fixer_42 said other malware was on the routers too.",
        "Fixer_42",
    ),
    (
        "a_botnet_dated_before_the_story_is_background",
        "Northwind Net, a small internet provider, has replaced the routers knocked out last \
         week.\n\
         The outage began on 3 May 2018. The malware logs in with default passwords, the same \
         weakness that the Mirai botnet exploited in 2016, and then wipes the device.",
        "Unknown",
    ),
    (
        "an_unnamed_employee_of_a_named_company",
        "Prosecutors have indicted a 39-year-old employee of Contoso Credit Bureau (CCB), who \
         copied the card data of 20 million customers of three card issuers onto a USB drive.",
        "Contoso Credit Bureau employee",
    ),
    (
        "a_company_that_dismissed_an_employee_who_copied_data",
        "LONDON \u{2014} Northwind Health has dismissed an employee who copied and removed \
         personal details of hundreds of thousands of customers, in what the company insists \
         was a deliberate act by an insider.",
        "Northwind Health employee",
    ),
    (
        "an_employee_in_a_similar_case_elsewhere_is_background",
        "Contoso said customer data had been exposed. Similar cases have hit other platforms: \
         a Fabrikam employee sold customer support data to scammers in 2019.",
        "Unknown",
    ),
    (
        "a_defacement_signed_in_odd_capitals",
        "Contoso Tickets confirmed that a hacker obtained data linked to 27 million accounts. \
         Visitors to its home page found the message \"Contoso HacKeD By IsHaKdQ\" and links \
         to files from its databases.",
        "IsHaKdQ",
    ),
    (
        "the_trader_who_came_forward_by_name",
        "The trader who drained about 110 million dollars from Contoso Markets came forward on \
         Saturday as Abram Eisler and insisted that nothing he had done was illegal.",
        "Abram Eisler",
    ),
    (
        "the_person_the_sentence_after_an_unnamed_sentencing_lead_opens_with",
        "EASTLAND, Queensland -- A former contractor who used a laptop and a radio to take \
         control of a council's sewage system has been sentenced to two years in prison.\nVitor \
         Bodan had worked for the company that installed the system. Prosecutors said Bodan \
         issued commands posing as a pumping station. The council's manager said the spills \
         were costly.",
        "Vitor Bodan",
    ),
    (
        "the_attacker_was_a_named_person",
        "Contoso Children's Hospital was knocked off the internet by a denial-of-service \
         attack in April.\nThe attacker was Marten Gottwald, a biotechnology professional from \
         Somerville, who described himself as a member of a hacktivist collective.",
        "Marten Gottwald",
    ),
    (
        "a_person_who_told_a_newspaper_he_had_carried_it_out",
        "A seller advertised the data of 100 million customers of Contoso Mobile.\nJonah \
         Binford, a 21-year-old American living abroad, told the Journal that he had carried \
         out the intrusion. He said he had found an unprotected router.",
        "Jonah Binford",
    ),
    (
        "a_report_on_several_groups_is_filed_under_the_first_named",
        "Contoso says three state-sponsored hacking groups have been trying to break into the \
         networks of seven vaccine makers.\nThe company said it had detected attacks by a \
         Russian group it calls Strontium and two North Korean groups it calls Zinc and Cerium. \
         Zinc sent fake job offers; Zinc's lures carried malware. Cerium posed as World Health \
         Organization staff. Strontium tried millions of passwords.",
        "APT28",
    ),
    (
        "the_gangs_behind_a_list_of_families",
        "Contoso has warned that the gangs behind RobbinHood, Maze, PonyFinal and several \
         other ransomware families set off dozens of attacks in April.\nMaze operators stole \
         data before encrypting it. PonyFinal was deployed by hand. Maze published stolen files \
         on a leak site.",
        "RobbinHood",
    ),
    (
        "a_generic_statement_about_hacktivists_describes_no_one",
        "The crowdfunding site Contoso Give was defaced on Sunday and the data of its donors \
         was leaked. Hacktivists have often combined defacement and data dumps against targets \
         they see as political opponents.",
        "Unknown",
    ),
    (
        "the_kind_of_flaw_state_groups_are_interested_in_describes_no_one",
        "Contoso has fixed a flaw in its controllers that could let an attacker bypass \
         authentication. Experts stressed that the flaw is the kind that state-backed groups \
         have shown interest in.",
        "Unknown",
    ),
    (
        "a_state_said_to_be_behind_the_attack",
        "WASHINGTON -- Israel appears to have been behind a cyberattack that paralysed \
         operations at Iran's largest port earlier this month, officials said. Iran itself was \
         hit by the Stuxnet worm a decade ago.",
        "Israel",
    ),
    (
        "a_state_behind_an_earlier_attack_is_background",
        "Officials said a cyberattack paralysed operations at a port in 2020. In 2010 Israel \
         was behind an attack on centrifuges, researchers believe.",
        "Unknown",
    ),
    (
        "the_employee_the_victim_identified_by_name",
        "MIAMI -- Contoso Health has fired a unit secretary who it says may have been \
         stealing patient information for five years.\nIt identified the employee as Marta \
         Quell, who had worked at the hospital since 2005. Investigators believe the details \
         were passed to fraudsters who filed false tax returns.",
        "Marta Quell",
    ),
    (
        "suspects_who_called_themselves_by_a_group_name",
        "Spanish police have arrested three men suspected of running the Fabrikam botnet, \
         which infected millions of computers.\nThe police said the suspects, Spanish citizens \
         aged 25, 30 and 31 with no criminal records, called themselves the \u{201c}DDP \
         Team\u{201d}. They were identified by their online handles.",
        "DDP Team",
    ),
    (
        "a_description_of_an_earlier_campaign_blamed_on_others",
        "Intruders stole 30 GB of defence data from a small Contoso subcontractor, the signals \
         directorate said.\nThe attacker got in through an unpatched helpdesk portal. Details \
         of the fighter's design were reported stolen in an earlier campaign blamed on Chinese \
         hackers.",
        "Unknown",
    ),
    (
        "a_preposition_before_a_description_is_no_qualifier",
        "Hostile actors reached Contoso's copies of the electoral registers, the commission \
         said.\nThe security centre has warned election bodies that they are targets for \
         state-sponsored hackers.",
        "State-sponsored hackers",
    ),
    (
        "a_headline_description_followed_by_suspected",
        "Contoso said intruders had been inside its network for nearly a decade, using \
         passwords stolen from executives.\nThe company did not say who was responsible.\n\
         References:\n- The Journal: Chinese Hackers Suspected In Long-Term Contoso Breach - \
         https://example.com/a",
        "Suspected Chinese hackers",
    ),
    (
        "a_sentence_after_revelations_that_add_to_a_growing_list",
        "Intruders working from abroad stole research papers from Contoso for years, a former \
         employee said.\nThe revelations add to a growing list of intrusions at Western \
         companies. In November a report cited the operation known as Night Dragon against \
         energy firms.",
        "Unknown",
    ),
    (
        "the_gang_a_superlative_measures_the_attack_against_is_another_incidents",
        "Contoso's government network has been down for a week after a ransomware attack, \
         officials said.\nThe incident is the most severe attack on a national administration \
         since the Conti gang paralysed Costa Rica's finance ministry in April, and since the \
         Cuba ransomware group crippled services in Montenegro in August. Officials treat it \
         as criminal extortion.",
        "Unknown",
    ),
    (
        "officials_who_did_not_name_a_group_leave_a_group_in_background_unnamed",
        "Ukraine has blamed Russian intelligence services for the cyberattack that took down \
         the ticketing systems of its state railway.\nOfficials did not name a specific group. \
         Russia's military intelligence unit known as Sandworm has been behind many of the \
         most destructive attacks on Ukraine.",
        "Russian intelligence services",
    ),
    (
        "a_group_blamed_for_a_string_of_other_thefts",
        "Contoso Exchange said attackers used two browser zero-days against its staff, \
         luring them with a fake research job offer.\nExchanges have become lucrative \
         targets. United Nations investigators have blamed North Korea's Lazarus Group for a \
         string of thefts from exchanges in Asia. Contoso did not link the attack to any \
         government.",
        "Unknown",
    ),
    (
        "a_sentence_after_one_that_announces_a_list_of_others",
        "The FBI has moved to disable Fabrikam, a botnet that has infected two million \
         computers and drained bank accounts for a decade.\nThe action is the latest in a \
         string of botnet takedowns. Microsoft used civil lawsuits to seize domains of the \
         Waledac botnet last year.",
        "Unknown",
    ),
    (
        "a_described_attacker_in_a_sentence_about_last_year_is_background",
        "A worm is spreading through Contoso's social network, sending users links to a fake \
         video update that installs malware.\nThe outbreak comes as criminals shift from e-mail \
         to social networks. Last year the Storm botnet used greeting-card e-mails to build a \
         huge network of infected computers.",
        "Unknown",
    ),
    (
        "the_accused_named_in_the_second_paragraph_with_an_initial_and_a_suffix",
        "A former analyst at Contoso Lending has been arrested by the FBI on charges of \
         selling customer records. The FBI said two million people could be affected.\nAb \
         L. Quorrel Jr., a 36-year-old from Pasadena who worked in the lender's subprime \
         unit, Fabrikam Loans, is accused of copying files onto a flash drive. A second man \
         is charged with buying the data.",
        "Ab Quorrel",
    ),
    (
        "the_workplace_of_an_unnamed_arrested_analyst_is_not_a_person",
        "A former analyst at Contoso Financial has been arrested on charges of selling \
         customer records to loan brokers.\nThe lender said it had fired the employee and \
         closed the gap that allowed the downloads.",
        "Unknown",
    ),
    (
        "a_person_with_a_middle_initial_and_home_town_who_pleaded_guilty",
        "PITTSBURGH -- A former contract programmer has admitted planting logic bombs in \
         spreadsheets he built for Contoso.\nDaniel R. Hollis, 62, of Harrison City, \
         Pennsylvania, pleaded guilty on Friday to intentional damage to a protected computer. \
         Hollis worked for a decade as a contractor. Contoso had earlier worked with the US \
         Army on the project.",
        "Daniel Hollis",
    ),
    (
        "the_person_named_after_a_lead_behind_a_dateline_with_a_state_abbreviation",
        "TRENTON, N.J. \u{2014} A former Contoso University student who repeatedly knocked the \
         university network offline was sentenced on Friday to six months of home \
         incarceration.\nMarcus Odell, 22, of Fanwood, had pleaded guilty in December. Odell \
         admitted that the Mirai botnet was behind the outages.",
        "Marcus Odell",
    ),
    (
        "a_culprit_blamed_for_an_incident_the_lead_does_not_name",
        "KYIV -- Contoso Bank said its app had withstood a flood of 580 million requests \
         over three days.\nOn the same day Fabrikam Mobile was knocked offline by a destructive \
         intrusion; the security service later blamed Russian military intelligence for the \
         Fabrikam attack.",
        "Unknown",
    ),
    (
        "a_description_in_passing_where_no_one_has_claimed_it",
        "KYIV -- Contoso Bank said its app had withstood a flood of 580 million requests \
         over three days. Nobody has claimed responsibility. Analysts say the bank's fundraising \
         accounts make it an attractive target for pro-Russian attackers.",
        "Unknown",
    ),
    (
        "the_hallmarks_of_a_described_group_where_no_one_has_claimed_it",
        "Hundreds of accounts were hijacked on Wednesday to post pro-Turkish slogans. No group \
         has claimed responsibility. Security researchers said the campaign had the hallmarks \
         of pro-Turkish hacktivists.",
        "Pro-Turkish hacktivists",
    ),
    (
        "a_group_named_once_where_the_culprit_is_said_to_be_unknown",
        "AMSTERDAM -- Contoso Bank and Northwind Bank were hit by denial-of-service attacks \
         over the weekend, leaving customers unable to use online banking.\nWho is behind the \
         attacks remains unknown, and no group has claimed responsibility. Some experts pointed \
         to reports that the intelligence service had watched Cozy Bear, a Russian hacking \
         group, break into a party's network years ago.",
        "Unknown",
    ),
    (
        "a_group_named_once_where_the_victim_alone_has_not_said_who",
        "Contoso Health said records of 11 million members were exposed in an intrusion \
         discovered in January. Contoso has not said who was behind the attack. Researchers \
         say the intrusion used infrastructure tied to a Chinese espionage group that \
         CrowdStrike calls Deep Panda.",
        "Deep Panda",
    ),
    (
        "a_country_suspected_of_being_behind_the_attacks",
        "Government and bank websites in Seoul and Washington were knocked offline by a wave \
         of denial-of-service attacks this week. South Korea's spy agency told lawmakers it \
         suspects that North Korea or its sympathisers are behind the attacks.",
        "Suspected North Korean hackers",
    ),
    (
        "the_person_who_pleaded_guilty_after_a_lead_about_a_sentence",
        "SEATTLE -- A man who bribed employees at a Contoso call centre to plant malware on the \
         company network was sentenced on Thursday to 12 years in prison.\nJohn Carter, 35, of \
         Springfield, pleaded guilty last year to conspiracy to commit wire fraud. The judge \
         described him as a cybercriminal who had caused serious harm. Unknown fraudsters had \
         used the same scheme before.",
        "John Carter",
    ),
    (
        "the_group_linked_to_earlier_examples_is_background",
        "Contoso Bank lost about $13 million when criminals used cloned cards to withdraw cash \
         from ATMs in 28 countries over a weekend, the bank said. Similar cash-outs have hit \
         banks in Africa and Asia, and security researchers have linked earlier examples to \
         North Korea's Lazarus Group.",
        "Unknown",
    ),
    (
        "a_persona_a_hacker_calls_himself",
        "A hacker calling himself Guccifer 2.0 posted internal documents stolen from the \
         Northwind Party on Monday. The party confirmed that its network had been breached.",
        "Guccifer 2.0",
    ),
    (
        "the_group_a_vendor_tracks_behind_the_family_of_the_sentence_before",
        "Ryuk ransomware shut down the operations of a port facility for more than 30 hours, \
         the Coast Guard said on Friday. The ransom note demanded bitcoin.\nRyuk appeared in \
         August 2018 and quickly became one of the most expensive ransomware families. Security \
         firm CrowdStrike tracks the criminal group behind it as Wizard Spider.",
        "Wizard Spider",
    ),
    (
        "a_hacktivist_collective_named_with_its_movement",
        "Hackers claiming to be part of the Anonymous movement took over the website of the \
         Northwind Sentencing Board on Saturday and replaced its content with a video message. \
         The board took the site offline and later restored it. In recent weeks Anonymous also \
         defaced websites belonging to two universities.",
        "Anonymous",
    ),
    (
        "a_group_named_twice_in_a_sentence_of_later_events_is_background",
        "SAN DIEGO -- A Utah man who knocked popular online games offline over the Christmas \
         holidays was sentenced on Tuesday to 27 months in federal prison.\nJohn Carter, 23, \
         was also ordered to pay $95,000 in restitution to Contoso Games. Carter pleaded guilty \
         in November to one count of damage to a protected computer.\nA year after Carter's \
         campaign, the group Lizard Squad took down the PlayStation Network on Christmas Day, \
         and in 2018 a Maryland man was sentenced for his role in Lizard Squad's attacks.",
        "John Carter",
    ),
    (
        "the_name_a_defacement_signs_with",
        "Visitors to the Northwind Times website on Friday found its front page replaced by a \
         black screen bearing the words \"This site has been hacked by Cedar Falcon Team\", \
         the newspaper said. The page was restored within hours.",
        "Cedar Falcon Team",
    ),
    (
        "a_group_called_by_its_name_in_prose",
        "The personal email account of a senior official was taken over last week by a \
         teenager who tricked the provider into resetting the password. The hacker says he \
         belongs to a group called Crackas With Attitude and posted screenshots of the \
         documents online.",
        "Crackas With Attitude",
    ),
    (
        "a_group_in_a_list_of_other_incidents_is_background",
        "Intruders took over the website of the Northwind News Agency on Tuesday and posted \
         fabricated remarks by the country's president, the agency said. The false story was \
         removed within hours.\nThe incident adds to a long list of cyber operations in the \
         region, from the Shamoon attack on Saudi Aramco to the hijacking of news accounts by \
         the Syrian Electronic Army.",
        "Unknown",
    ),
    (
        "the_gang_named_as_a_familys_operator_is_the_attacker",
        "Northwind Health said on Monday that Ryuk ransomware had encrypted servers at its \
         hospitals over the weekend, and that staff had returned to paper records. The Ryuk \
         ransom note demanded payment in bitcoin.\nRyuk is operated by a criminal group that \
         CrowdStrike tracks as Wizard Spider. The hospital chain said it would not pay the Ryuk \
         ransom.",
        "Wizard Spider",
    ),
    (
        "an_actor_of_a_unit_of_the_agency_named_is_the_one_attributed",
        "Russian state hackers ran dozens of destructive operations against Ukraine this \
         spring, Microsoft said in a report on Wednesday.\nThe most destructive group, which \
         Microsoft calls IRIDIUM and others know as Sandworm, is part of the GRU and was behind \
         the wipers that hit energy firms. Turla, a group linked to the FSB security service, \
         was also active and stole documents from government bodies.",
        "Sandworm",
    ),
    (
        "the_person_a_judge_ordered_to_pay_is_the_one_sentenced",
        "A former engineer who hid stolen designs inside a photograph was sentenced on Tuesday \
         to two years in prison for economic espionage.\nTom Baker, of Springfield, Ohio, was \
         also ordered by the judge to pay a fine. A jury convicted him in March.\nBaker sent the \
         files to his business partner in China, Ann Lee, with the aim of helping a company \
         they had founded. Lee was charged in the same indictment but remains in China.",
        "Tom Baker",
    ),
    (
        "the_person_an_indictment_was_unsealed_against",
        "US prosecutors have charged a 22-year-old mathematician with stealing about $65 \
         million from two crypto protocols. An indictment against Tom Baker was unsealed on \
         Monday in federal court. Baker is not in custody.",
        "Tom Baker",
    ),
    (
        "a_theft_by_a_former_worker_is_an_insiders",
        "The president of Contoso Telecom will resign over the theft of personal data on about \
         9 million people by a former temporary worker at one of its subsidiaries, who sold the \
         information to list brokers.",
        "Former temporary worker",
    ),
    (
        "the_gang_behind_a_family_is_named_by_it",
        "Police arrested five people on Tuesday in an operation against the gang behind \
         Grandoreiro, a banking trojan that has emptied the accounts of bank customers since \
         2017. Officers searched 13 homes.",
        "Grandoreiro",
    ),
    (
        "an_example_set_apart_by_clauses_is_no_attacker",
        "A malware campaign replaced apps on millions of Android phones with malicious \
         versions, researchers said. They compared it to earlier campaigns such as Gooligan, \
         which compromised a million accounts, HummingBad, run by an advertising company, and \
         CopyCat.",
        "Unknown",
    ),
    (
        "a_state_sponsored_group_keeps_its_state",
        "Contoso said a state-sponsored hacking group broke into its network and stole \
         engineering files.",
        "State-sponsored hacking group",
    ),
    (
        "the_sentence_after_another_attack_is_set_tells_of_that_one",
        "A cyberattack knocked out the mobile network of Contoso Telecom for two days, the \
         company said. The attack came five weeks after another high-profile intrusion at a \
         local company. On 2 January the Lapsus$ group took down the websites of the media \
         group Fabrikam.",
        "Unknown",
    ),
    (
        "a_name_only_in_a_sentence_of_background_is_no_attacker",
        "Contoso Retail said hackers had stolen the data of 10 million online customers. \
         Earlier this month Fabrikam Mail was forced to suspend deliveries after a ransomware \
         attack that was later linked to LockBit.",
        "Unknown",
    ),
    (
        "a_family_the_victim_has_not_named_is_another_victims",
        "Contoso Health said ransomware had encrypted its servers and forced it to divert \
         ambulances. The same week, two other hospitals in Oregon were hit by Ryuk \
         ransomware; Contoso Health has not said which ransomware struck its systems.",
        "Unknown",
    ),
    (
        "a_month_before_attackers_is_no_malware_family",
        "Contoso's build pipeline was abused to publish packages that stole secrets. In late \
         August attackers pushed crypto-stealing code into two popular packages, and the \
         registry removed them within hours.",
        "Unknown",
    ),
    (
        "a_verb_before_fraudsters_is_no_ransomware_family",
        "Contoso Bank said it had lost $2 million to a fake invoice scheme. The police said \
         they work around the clock to stop fraudsters from draining the accounts of small \
         businesses.",
        "Unknown fraudsters",
    ),
    (
        "a_non_state_actor_is_no_state_actor",
        "Contoso Party said it had been hit by a large denial-of-service attack on its digital \
         platforms. Government sources said early indications pointed to a non-state actor \
         rather than a foreign government.",
        "Unknown",
    ),
    (
        "the_person_a_court_gave_a_sentence",
        "A Lisbon court on Monday gave Tom Baker, the hacker behind the Contoso Leaks \
         revelations, a four-year suspended prison sentence for breaking into the computer \
         systems of football clubs.\nJudge Ana Alves convicted Baker of five counts of \
         illegitimate access.",
        "Tom Baker",
    ),
    (
        "a_person_of_a_town_who_is_accused_of_it",
        "A 22-year-old former employee of a rural water district in Kansas has been indicted on \
         federal charges of breaking into the utility's computer system and shutting down its \
         disinfection processes, the Justice Department said on Wednesday. Tom Baker, of \
         Lorraine, Kansas, is accused of logging in remotely to the systems of the Contoso Water \
         District two months after he left his job there.",
        "Tom Baker",
    ),
    (
        "what_such_attackers_routinely_do_names_no_one",
        "Linux distributions have begun shipping fixes for a flaw in the Contoso utility that \
         lets a local user gain root privileges. Ransomware operators and cryptomining gangs \
         routinely bundle such exploits into their toolkits.",
        "Unknown",
    ),
    (
        "an_accused_described_with_a_decimal_number",
        "Fraudsters stole millions of dollars from companies through fake invoices.\nTom Baker, \
         37, who calls himself Hushpup online and has about 2.5 million Instagram followers, was \
         arrested in June by police. Baker denies the charges.",
        "Tom Baker",
    ),
    (
        "the_person_an_arrest_names_once_in_the_opening",
        "Tokyo police on Thursday arrested a contract engineer on suspicion of stealing the \
         personal details of millions of customers of Contoso Holdings and selling them to data \
         brokers.\nThe Metropolitan Police Department said Tom Baker, 39, was arrested under the \
         Unfair Competition Prevention Act on suspicion of taking trade secrets. Police said he \
         had admitted to the allegations.",
        "Tom Baker",
    ),
    (
        "a_backdoor_the_reporter_calls_by_an_actors_name_is_the_backdoor",
        "Hackers are exploiting a flaw in Contoso gateways to drop web shells. FireEye reported \
         that one actor was installing a backdoor it calls NOTROBIN, which deletes other \
         attackers' tools and blocks further exploitation.",
        "Unknown",
    ),
    (
        "an_insider_the_sources_name",
        "Contoso Bank has fired an employee who it says stole account information on as many \
         as 350,000 clients of its wealth management business. People familiar with the matter \
         named him as Jim Parker, a 30-year-old financial adviser in one of the bank's offices. \
         A lawyer for Parker said his client had not posted the information online.",
        "Jim Parker",
    ),
    (
        "the_person_a_court_sentenced_named_next_with_a_confession",
        SUSPENDED_SENTENCE,
        "Tom Baker",
    ),
    (
        "the_person_arrested_beats_an_actor_named_once_in_passing",
        "The Justice Department said the FBI had seized four domains used to sell Contoso RAT, \
         a remote access trojan, and that two men had been arrested.\n\
         Karl Vessel, a 27-year-old from Valletta, was arrested by Maltese police. Prosecutors \
         say Vessel sold the malware on forums since 2012. Unlike the spyware of NSO Group, \
         Contoso RAT was cheap.",
        "Karl Vessel",
    ),
    (
        "a_listed_name_keeps_the_capitals_the_text_writes",
        "The hacker GnosticPlayers said he had stolen the records of 139 million users of \
         Contoso. GnosticPlayers sold other stolen databases before.",
        "GnosticPlayers",
    ),
    (
        "a_listed_name_in_capitals_keeps_the_datas_spelling",
        "Dragos said the group it calls CHERNOVITE built a toolkit to attack the controllers \
         of Contoso's plants. CHERNOVITE has not used it yet.",
        "Chernovite",
    ),
    (
        "another_groups_aliases_listed_in_one_sentence_count_once",
        "A previously unknown hacking group hijacked the update mechanism of a document \
         encryption product, researchers at Symantec said; Symantec has named the group \
         Carderbee. Carderbee got part of its malware signed with a Microsoft certificate.\n\
         Symantec said the backdoor has been used by APT27, also known as Emissary Panda, \
         Iron Tiger and LuckyMouse, and that APT27 is Chinese.",
        "Carderbee",
    ),
    (
        "a_name_the_text_gives_a_campaign_is_no_attacker",
        "Cisco said hackers broke into its ASA firewalls at government agencies. Cisco Talos \
         named the espionage campaign ArcaneDoor and tracks the group behind it as \
         Storm-1849. The ArcaneDoor attacks used two zero-days; ArcaneDoor is a new \
         espionage-focused campaign.",
        "Storm-1849",
    ),
    (
        "a_state_agency_named_as_the_culprit",
        "Britain's signals intelligence agency GCHQ was behind the intrusion into the network \
         of Contoso Telecom, according to documents published on Friday. The company had found \
         malware on machines in its internal IT system.",
        "GCHQ",
    ),
    (
        "a_state_agency_named_only_as_a_source_is_no_culprit",
        "Hackers broke into the network of Contoso Telecom, according to documents from the \
         archive of a former NSA contractor published on Friday.",
        "Unknown",
    ),
    (
        "one_group_named_as_an_example_of_a_class",
        "A denial-of-service attack delayed the forum on Friday. Pro-Russian groups such as \
         Killnet have targeted government websites in Italy, Romania and Germany.",
        "Unknown",
    ),
    (
        "a_coined_name_after_a_kind_of_group",
        "The hacktivist group ZyxSec Pilipinas defaced the Contoso website on Monday.",
        "ZyxSec Pilipinas",
    ),
    (
        "a_plain_name_after_a_kind_of_group_and_before_its_deed",
        "The trouble began when the hacktivist group Northwind Philippines defaced the \
         Contoso website with a message.",
        "Northwind Philippines",
    ),
    (
        "a_plain_name_after_a_kind_of_group_in_a_title_is_no_name",
        "The Hacktivist Group Northwind Philippines Defaced The Contoso Website\nA website \
         was defaced on Monday.",
        "Unknown",
    ),
    (
        "a_coined_name_in_apposition_after_a_kind_of_gang",
        "Another ransomware gang, DarkFooX, encrypted the servers of Contoso in March.",
        "DarkFooX",
    ),
    (
        "an_introduced_name_holding_a_sector_word",
        "A hacking group called \"Northwind Cyber Army\" defaced the Contoso website on \
         Monday.",
        "Northwind Cyber Army",
    ),
    (
        "a_seller_calling_themselves_by_a_handle",
        "A user calling themselves NorthDan posted an advertisement on the hacking forum Breach \
         Forums offering what they called the Northbridge police database. To prove the claim, \
         NorthDan released a sample of 750,000 records with names and addresses.",
        "NorthDan",
    ),
    (
        "a_person_in_the_lead_with_an_age_who_had_been_arrested",
        "A man accused of writing code for the LockBit ransomware was extradited to the United \
         States on Thursday. Ivan Petrov Ilic, 51, a dual Russian and Israeli citizen, had \
         been arrested in Israel in August. LockBit affiliates used his builds; LockBit \
         attacked thousands of victims, and Ilic was paid in cryptocurrency.",
        "Ivan Petrov Ilic",
    ),
    (
        "a_name_that_was_claiming_responsibility",
        "The websites of three Northbridge newspapers showed an anti-war message on Monday \
         instead of their headlines. State television reported that Fabrikam Front was \
         claiming responsibility, and the pages carried the logo of Fabrikam Front.",
        "Fabrikam Front",
    ),
    (
        "an_insider_among_examples_of_who_could_use_a_flaw",
        "The maintainers of Fabrikam Sudo released version 1.9.5p2 to fix a heap overflow, \
         tracked as CVE-2021-3156, that gives root to any local user. The flaw is rated high \
         because an attacker first needs a foothold on the machine, such as a shell account, \
         a compromised web application or a malicious insider. No exploitation is known.",
        "Unknown",
    ),
    (
        "scammers_of_a_business_email_compromise_are_unknown",
        "Globex America lost 29 million dollars after scammers posing as an executive of its \
         parent company e-mailed a staff member and had the money wired to a bank in Hong \
         Kong. The business email compromise was reported to the police; the scammers used a \
         look-alike e-mail domain.",
        "Unknown",
    ),
    (
        "a_botnet_says_nothing_of_who",
        "A denial-of-service flood from a botnet of hijacked routers knocked the websites of \
         Northbridge's largest telecom offline for six hours on Friday. The botnet sent 1.2 \
         terabits of junk traffic a second, the company said.",
        "Unknown",
    ),
    (
        "a_person_charged_with_an_age_after_the_name",
        "German and US police shut down Fabrikam Mixer, a bitcoin mixing service, on Wednesday \
         and seized its servers. Fabrikam Mixer had laundered coins for ransomware gangs. In \
         Philadelphia, prosecutors charged Tuan Van Lee, 49, of Hanoi, with money laundering; \
         they say Lee created and ran the service.",
        "Tuan Van Lee",
    ),
    (
        "a_person_introduced_whose_surname_had_been_arrested",
        "The FBI seized the domains of Fabrikam Forums, a marketplace for stolen data, on \
         Tuesday. The US unsealed charges against the man it called the site's founder, Ruben \
         Dias Costa, a 21-year-old Portuguese national. Costa had been arrested in London in \
         January, and Fabrikam Forums went dark.",
        "Ruben Dias Costa",
    ),
    (
        "the_person_a_complaint_accuses_in_a_takedown",
        "Police in three countries disrupted the Contoso Stealer servers on Monday and seized \
         its domains. The US Justice Department unsealed a criminal complaint against Ivan \
         Petrovsky, whom it accused of being a developer and administrator of Contoso \
         Stealer. According to the complaint, Petrovsky managed its servers. Belgian police \
         detained two suspected cybercriminals.",
        "Ivan Petrovsky",
    ),
    (
        "a_service_taken_down_at_a_sentence_start",
        "Police took down Fabrikam on Monday after a two-year investigation. The Fabrikam \
         platform had sold stolen logins to thousands of buyers, investigators said, and \
         Fabrikam servers in three countries were seized in a takedown.",
        "Fabrikam",
    ),
    (
        "an_insider_described",
        "Globex Credit said on Tuesday that the personal information of 2.9 million members \
         had left its systems, and that a malicious employee in its marketing department had \
         copied it to USB keys over two years.",
        "Malicious employee",
    ),
    (
        "a_former_employee_who_took_data",
        "Globex Payments said on Monday that a former employee had downloaded internal \
         reports on the customers of its trading app after leaving the company. The reports \
         held names and portfolio values of 8 million customers.",
        "Former employee",
    ),
    (
        "a_former_employee_quoted_is_no_attacker",
        "Globex Payments said on Monday that hackers had broken into its trading app. A \
         former employee told reporters that the app had long used old software.",
        "Unknown",
    ),
    (
        "a_collective_whose_banner_hackers_fly",
        "Hackers operating under the banner of Redhood released 40 gigabytes of internal \
         data from Globex Hosting on Monday. Redhood had promised more leaks.",
        "Redhood",
    ),
    (
        "a_group_named_as_the_culprit_outranks_its_ransomware",
        "Criminals encrypted the servers of Globex University with the Clop ransomware in \
         December, and the university paid a ransom to get its files back. The Clop ransom \
         note asked for bitcoin, and Clop samples were found on every server.\nThe \
         investigators attributed the operation to TA505, a financially motivated group.",
        "TA505",
    ),
    (
        "a_person_whose_arrest_the_lead_tells",
        ARREST_IN_THE_LEAD,
        "Jonas Weller",
    ),
    (
        "a_state_sponsored_actor",
        "The government of Northland said on Tuesday that the systems of its national research \
         council had been broken into by what it called a highly sophisticated Chinese \
         state-sponsored actor.",
        "Chinese state-sponsored actor",
    ),
    (
        "a_denied_description_is_no_attacker",
        "Hackers defaced the website of the Northfield public library on Saturday with \
         political slogans. Officials said they had no confirmation that Russian hackers were \
         behind it.",
        "Unknown",
    ),
    (
        "an_article_is_no_qualifier",
        "An extortion gang stole the patient files of Globex Clinics last month and demanded \
         2 million dollars, the company said on Friday.",
        "Unknown extortion gang",
    ),
    (
        "software_an_apposition_calls_ransomware",
        "The city of Northfield's computers were encrypted on Thursday, and the council was \
         asked for a ransom of 50,000 dollars in bitcoin. The encryption was the work of \
         BackConfig, a ransomware strain active since 2015, whose operators break in by guessing \
         passwords.",
        "BackConfig",
    ),
    (
        "a_person_an_indictment_charges",
        "Prosecutors in Denver unsealed an indictment on Monday charging Pavel Grinko, a \
         31-year-old Moldovan national, as one of the people behind the Vidar stealer. \
         Grinko was arrested in Poland in March and awaits extradition.",
        "Pavel Grinko",
    ),
    (
        "the_service_a_takedown_acts_against",
        "Police in three countries arrested four men suspected of running quickboot.net on \
         Tuesday, and the site's domain was seized. Quickboot sold denial-of-service attacks \
         for a few euros a month to anyone who wanted to knock a rival offline.",
        "Quickboot",
    ),
    (
        "attackers_from_a_country",
        "A wiper erased the servers of Globex Shipping in March. Investigators later traced \
         the intrusion to hackers from North Korea, who had first broken into a forgotten test \
         server.",
        "North Korean hackers",
    ),
    (
        "a_country_the_hackers_attacked_describes_no_one",
        "Hackers broke into the servers of Globex Shipping in March. Experts said attacks on \
         firms from Norway had grown.",
        "Unknown",
    ),
    (
        "an_unidentified_gang_is_unknown",
        "An unidentified ransomware gang encrypted the computers of the city of Northfield last \
         week, and the council voted to pay the ransom to get its data back.",
        "Unknown ransomware gang",
    ),
    (
        "a_first_guess_is_no_attribution",
        "The private data of hundreds of politicians in Northland was published on the internet \
         over the holidays. The first guesses pointed at foreign intelligence services, given \
         which party had been spared, but police later searched the home of a student who \
         confessed.",
        "Unknown",
    ),
    (
        "the_culprit_of_another_incident",
        "An unidentified attacker drained $40 million from a lending protocol with a flash loan. \
         Days later the attacker sent some of the ether to an address linked to the 2022 Harmony \
         Bridge theft that the FBI attributed to North Korea's Lazarus Group. Analysts said the \
         transfer proved nothing about who was behind the theft.",
        "Unknown",
    ),
    ("no_actor", "A bakery in Lyon updated its menu and its website on Monday.", "Unknown"),
    (
        "described_after_the_noun_as_a_states",
        "Investigators said the stolen personnel files had been taken by hackers working for the Iranian state, who had used a contractor's password.",
        "Iranian state-sponsored hackers",
    ),
    (
        "military_as_the_qualifiers_second_word",
        "Prosecutors said the theft of the loyalty-card records was the work of Vietnamese military hackers who had been inside the network for months.",
        "Vietnamese military hackers",
    ),
    (
        "actor_filed_under_the_named_agency",
        "The NotPetya malware spread through a tax software update and destroyed data at thousands of companies. Its code looked like the older Petya ransomware. Prosecutors later charged officers of the GRU's Unit 74455, the unit researchers call Sandworm.",
        "Sandworm",
    ),
    (
        "person_arrested",
        "A hacker stole the personal data of millions of bank customers from a misconfigured cloud server. The FBI arrested Jane Roberts, a former cloud engineer, two weeks later. Roberts was convicted in 2022.",
        "Jane Roberts",
    ),
    (
        "person_who_owned_up",
        "An intruder copied the records of millions of phone subscribers through an exposed test server. Sam Porter, a 22-year-old living abroad, told a newspaper that he had carried out the intrusion. Porter said the carrier's defences were weak.",
        "Sam Porter",
    ),
    (
        "person_who_denied_is_not_the_attacker",
        "An intruder copied the records of millions of phone subscribers. Sam Porter, a security researcher, told a newspaper that the carrier had been warned. Porter said the defences were weak.",
        "Unknown",
    ),
    (
        "names_given_as_examples_are_not_the_attacker",
        "Police dismantled the servers of a malware loader that had infected 700,000 computers. Ransomware groups including Conti, REvil, Nefilim and Black Basta had paid its administrators to get into corporate networks.",
        "Unknown",
    ),
    (
        "a_list_without_an_example_word_still_names_attackers",
        "APT28 and Sandworm attacked Ukrainian energy companies in the first week of the war, the agency said.",
        "APT28",
    ),
    (
        "persona_the_text_says_did_it",
        "A backdoor was found in the latest releases of a compression library used by many Linux distributions. The releases had been prepared by a contributor using the name Sam Lee, who had spent two years gaining the trust of the project. Lee then hid the malicious code in test files.",
        "Sam Lee",
    ),
    (
        "collective_the_text_names",
        "Supporters of the hacktivist collective Blue Owls flooded a payment company's website with traffic for two days. Blue Owls said the attack was revenge for the company's decision to cut off a charity.",
        "Blue Owls",
    ),
    (
        "person_mentioned_once_is_not_the_attacker",
        "A hacker stole the personal data of millions of bank customers. Police arrested Jane Roberts, a former engineer, but released her without charge.",
        "Unknown",
    ),
    (
        "campaign_name_is_not_an_actor",
        "Researchers described Operation Triangulation, a campaign that infected iPhones through invisible iMessage attachments. They did not attribute it.",
        "Unknown",
    ),
    (
        "described_state_hackers",
        "Chinese state-sponsored hackers breached the network of a regional power utility, officials said.",
        "Chinese state-sponsored hackers",
    ),
    (
        "described_unknown_gang",
        "An unknown ransomware gang encrypted the servers of a county hospital on Friday.",
        "Unknown ransomware gang",
    ),
    (
        "stray_word_is_not_an_actor",
        "Fans crowded the Play stage while PLATINUM prices rose and the lead singer waved.",
        "Unknown",
    ),
    (
        "alias_resolves_to_canonical",
        "Microsoft said Midnight Blizzard breached corporate mailboxes. Midnight Blizzard used password spraying.",
        "APT29",
    ),
    (
        "vendor_writeup_with_many_groups",
        "Researchers detail a new campaign by Kimsuky against think tanks. Kimsuky sent lures. \
         Kimsuky reused infrastructure. Unlike APT28, APT29, Sandworm or Turla, Kimsuky relies on e-mail.",
        "Kimsuky",
    ),
    (
        "tracking_name_not_in_data",
        "Proofpoint attributes the campaign to TA9999, a newly tracked actor. TA9999 sent invoices.",
        "TA9999",
    ),
    (
        "a_ransomware_family_outside_a_ransom_story",
        "Intruders broke into the network of Fabrikam Studios and stole unreleased films and \
         e-mails. The attackers called themselves Guardians of Peace. Prosecutors later charged \
         a programmer over the Fabrikam attack, a bank theft and the WannaCry outbreak, and \
         named WannaCry in the indictment.",
        "Lazarus Group",
    ),
    (
        "attackers_who_call_themselves_a_name",
        "A wave of floods knocked the websites of Contoso Bank offline for hours. Analysts \
         compared the floods with those Killnet ran the year before. The attackers called \
         themselves Anonymous Sudan on their channel.",
        "Anonymous Sudan",
    ),
    (
        "an_actor_of_an_earlier_year",
        "On 20 October 2023 Contoso disclosed that an intruder had used a stolen credential to \
         reach its support system and download customer files. In early 2022 the LAPSUS$ \
         extortion group had reached a contractor's laptop, and the company was criticised \
         then, as in 2023, for moving slowly.",
        "Unknown",
    ),
    (
        "a_version_of_a_ransomware_family_is_the_family",
        "Affiliates of the LockBit 3.0 ransomware operation encrypted the servers of Contoso \
         Bank and demanded a ransom. LockBit 3.0 affiliates had hit other banks that year, and \
         the FBI said LockBit was behind the attack.",
        "LockBit",
    ),
    (
        "extortionists_described",
        "Contoso said criminals had bribed support staff to look up customer records. The \
         extortionists then demanded 20 million dollars to keep the data private.",
        "Unknown extortionists",
    ),
    (
        "ransomware_known_as_a_family_filed_as_malware",
        "The city of Northbridge lost the use of most of its computers on 7 May 2019, when \
         ransomware known as RobbinHood began encrypting files across its network, and the \
         attackers demanded a ransom in bitcoin. The attack followed the March 2018 attack on \
         Atlanta with SamSam ransomware, whose SamSam operators were later indicted.",
        "RobbinHood",
    ),
    (
        "a_ransomware_family_of_an_earlier_year",
        "Hospitals in Northbridge diverted ambulances on 3 June 2021 after Conti ransomware \
         encrypted their systems and the attackers demanded a ransom. In 2019 the same \
         hospitals had been hit by Ryuk ransomware, Ryuk operators had demanded a ransom, and \
         Ryuk affiliates had leaked files.",
        "Conti",
    ),
    (
        "a_group_the_investigators_did_not_blame",
        "Contoso Telecom said on 22 April 2025 that intruders had planted a backdoor on its \
         servers. The backdoor has in the past been tied to espionage against telecoms in Asia, \
         including a group that PwC calls Red Menshen, but the investigators did not attribute \
         the Contoso intrusion to that group or to any other.",
        "Unknown",
    ),
    (
        "a_group_known_somewhere_as_a_malware_name",
        "Intruders got into the Northbridge government network. The first report blamed APT28. \
         Within a day, however, security sources said the evidence pointed to another Russian \
         group, known in Germany as Snake. The group has also been called Uroburos, and \
         officials tie Snake to the FSB.",
        "Turla",
    ),
    (
        "a_case_the_officials_did_not_connect",
        "Contoso Hotels said on 30 November 2018 that an intruder had been inside its \
         reservation database for four years. Investigators blamed Chinese state-sponsored \
         hackers. In the same month prosecutors charged two members of APT10 over a separate \
         campaign; officials did not connect that case to the hotel chain.",
        "Chinese state-sponsored hackers",
    ),
    (
        "a_group_of_years_later",
        "In April 2020 Israel's cyber directorate said attackers had tried to alter chlorine \
         levels at water facilities; officials blamed Iranian state-sponsored hackers. Three \
         years later a group calling itself Cyber Av3ngers defaced controllers at water \
         utilities.",
        "Iranian state-sponsored hackers",
    ),
    (
        "a_group_in_apposition_whose_name_is_also_malware",
        "Intruders broke into the Northbridge foreign ministry's network and stole documents in \
         a breach that went unnoticed for a year, officials said. The breach exposed files of \
         the ministry. Security sources said the evidence pointed to Turla, a Russian \
         espionage group.",
        "Turla",
    ),
    (
        "a_sophisticated_state_actor",
        "Security staff found that someone had broken into the Northbridge parliament's \
         network and the e-mail of its members. The prime minister said experts believed that \
         a sophisticated state actor was responsible.",
        "Sophisticated state actor",
    ),
    (
        "a_person_introduced_then_arrested_by_surname",
        "Between 2016 and 2018 Marek Dolan, a Slovak man in his thirties, persuaded the \
         accounts staff of Globex Corp to pay invoices into his accounts. The scheme moved \
         20 million dollars.\nDolan was arrested in Vienna in 2019 at the request of the \
         United States.",
        "Marek Dolan",
    ),
    (
        "a_worker_named_then_charged_by_surname",
        "Officers raided a home in Sofia and arrested a 20-year-old cybersecurity worker. \
         Media named him as Petar Ivanov, a penetration tester employed by a local security \
         firm, who had exposed holes in a ministry website two years earlier.\nIvanov was \
         first charged with an offence against critical infrastructure and later released.",
        "Petar Ivanov",
    ),
    (
        "a_name_that_claimed_the_attack",
        "A denial-of-service attack of record size knocked the Northwind blocklist service \
         offline for days. Its operators blamed a hosting company it had listed, whose \
         spokesman denied any part and pointed instead to Blockwatch, a loose coalition of \
         hosting providers. Blockwatch openly claimed the campaign in a statement.",
        "Blockwatch",
    ),
    (
        "a_person_named_without_apposition_then_pleading_guilty",
        "FBI agents arrested a young man in New York on 15 March and accused him of running \
         Contoso Market, a forum where stolen data was sold. According to an affidavit, Darren \
         Paul Whitfield admitted after his arrest that he had created the site.\nWhitfield \
         later pleaded guilty to three counts.",
        "Darren Paul Whitfield",
    ),
    (
        "a_movement_a_group_is_affiliated_with_is_not_the_attacker",
        "The space agency dismissed a claim by a hacking group aligned with the Anonymous \
         movement that it had shut down a server. An account that relays news about \
         Anonymous announced: \"Hacking group NB65, affiliated with #Anonymous, has shut \
         down the control center.\" NB65 published screenshots of a login page. \
         Anonymous had declared a cyber war on the government days earlier.",
        "NB65",
    ),
    (
        "a_developer_known_only_by_a_handle_of_two_words",
        "Buyers of a collection of cartoon NFTs said this week that the project's anonymous \
         developer, known only as \"Evil Gnu\", had vanished with about 798 ether from the \
         sale. \"Evil Gnu has washed his hands of the project,\" a collector wrote.",
        "Evil Gnu",
    ),
    (
        "a_group_introduced_by_a_malwares_name",
        "A hacking group that security researchers call Evilnum has spent two years breaking \
         into financial technology companies. Its tools include More_eggs, a backdoor sold by \
         a provider known as Golden Chickens. ESET considers Evilnum a distinct group. The \
         researchers did not tie Evilnum to any state, and Evilnum goes after identity \
         papers.",
        "Evilnum",
    ),
    (
        "the_first_defendant_listed",
        "US federal prosecutors have charged three people over a SIM-swapping ring that \
         stole more than $400 million in cryptocurrency from a company. The defendants are \
         Darren Whitfield of Illinois, described as the leader of the Whitfield Crew, Carter \
         Rohn of Indiana and Emily Hernandez of Colorado.",
        "Darren Whitfield",
    ),
    (
        "a_suspect_identified_by_a_name_with_accents",
        "Spain's National Police arrested a 19-year-old hacker on suspicion of carrying out \
         the attack on the courts' communications network. Media identified the suspect as \
         Jos\u{e9} Luis Pe\u{f1}alver, known online as Alcazar.\nPe\u{f1}alver was already well \
         known in hacking circles.",
        "Jos\u{e9} Luis Pe\u{f1}alver",
    ),
    (
        "an_account_called_by_its_handle",
        "The ministry filed a criminal complaint over the leak of identity data from the \
         national registry, after a Twitter account called @ContosoLeaks published the card \
         details of dozens of public figures. Who was behind the @ContosoLeaks account is \
         not known.",
        "ContosoLeaks",
    ),
    (
        "a_newly_named_group_in_a_vendors_scheme",
        "Chinese state-backed hackers have been spying on Russian defence research institutes, \
         according to a report by Check Point. The firm attributed the campaign to a Chinese \
         threat actor and gave it its own name, Velvet Panda, saying the group had targeted a \
         holding company since June 2021. Velvet Panda sent e-mails that carried a backdoor.",
        "Velvet Panda",
    ),
    (
        "a_family_name_that_speaks_is_a_company",
        "Robinhood, the commission-free trading app, disclosed that an intruder had obtained \
         personal information on about seven million customers after tricking a support \
         employee over the phone. After the intrusion had been contained, the attacker \
         demanded a ransom, Robinhood said.",
        "Unknown",
    ),
    (
        "a_family_in_apposition_to_an_extortion_gang",
        "The pension fund said the data of 769,000 retirees had been exposed through its \
         vendor's file-transfer software. The campaign was the work of Cl0p, a \
         Russian-speaking extortion gang that exploited a previously unknown vulnerability \
         and then threatened to publish victims' data unless they paid.",
        "Cl0p",
    ),
    (
        "warrants_that_charge_a_person_in_the_present",
        "Two Romanian nationals have been charged in the United States with hacking the \
         computers behind police surveillance cameras.\n\
         A criminal complaint and arrest warrants unsealed on Thursday charge Contoso Alexandru \
         Isvanca, 25, and Eveline Cismaru, 28, with conspiracy to commit wire fraud. Isvanca is \
         in custody.",
        "Contoso Alexandru Isvanca",
    ),
    (
        "a_person_who_received_a_sentence",
        "A man who hacked a giant video billboard in central Moscow has been jailed. Contoso \
         Blinnikov, 40, received a sentence of one and a half years, Russian media reported \
         this week. Police detained Blinnikov the following month.",
        "Contoso Blinnikov",
    ),
    (
        "a_businessman_convicted_in_the_lead_over_a_codefendant",
        "A federal jury in San Francisco on Wednesday convicted California businessman Contoso \
         Liew of stealing trade secrets for making titanium dioxide. The jury also convicted \
         Robert Maegerle, 78, a former engineer. Liew faces up to 15 years.",
        "Contoso Liew",
    ),
    (
        "a_person_arrested_on_a_day_after_his_rank_not_the_body_he_served_in",
        "A 21-year-old member of the Massachusetts Air National Guard has been charged with \
         leaking classified documents.\n\
         FBI agents arrested Airman First Class Jack Douglas Teixeira on Thursday at a family \
         home. On Friday Teixeira appeared before a judge in Boston.",
        "Jack Douglas Teixeira",
    ),
    (
        "an_organisation_sanctioned_in_the_first_sentence_over_the_actors_it_served",
        "The Treasury Department has imposed sanctions on Contoso Hosting, a Russian \
         \"bulletproof\" hosting provider that officials say kept ransomware gangs online. In \
         January it was named as hosting operations for the Lazarus Group in attacks on \
         Western businesses.",
        "Contoso Hosting",
    ),
    (
        "a_quoted_name_the_attack_was_claimed_by",
        "The websites of the parliament went down on Tuesday after a cyberattack. The attack \
         was claimed by \"Uprising till Overthrow\", a group affiliated with an exiled \
         opposition movement, which published internal documents.",
        "Uprising till Overthrow",
    ),
    (
        "a_family_named_with_a_gangs_possessive_in_a_story_without_ransom",
        "Contoso Parts said personal information on 184,995 people was stolen when hackers \
         exploited a flaw in its file transfer software, one of the latest names on the list \
         of victims of the Clop gang's campaign. Clop had already named Contoso Parts on its \
         leak site in the summer.",
        "Clop",
    ),
    (
        "a_surname_arrested_after_an_age_in_apposition",
        "Federal prosecutors charged the Florida journalist and media consultant Darren \
         Whitfield in February with using compromised credentials to reach unaired video feeds \
         of a television network. Whitfield, 45, was arrested on the morning of 22 February.",
        "Darren Whitfield",
    ),
    (
        "a_surname_that_faces_one_count",
        "A former student who used keyloggers to steal his professors' passwords and change \
         his grades has been charged. Darren Whitfield, 22, faces one count of accessing a \
         computer without authorisation. Whitfield changed grades more than 90 times.",
        "Darren Whitfield",
    ),
    (
        "a_company_sentenced_is_the_culprit_and_a_count_no_first_name",
        "A federal judge has sentenced Fabrikam Wind Group Co. Ltd., a Chinese turbine maker, \
         for stealing trade secrets from Contoso. Two Fabrikam managers recruited an engineer \
         of Contoso's subsidiary.\nFabrikam was convicted in January.",
        "Fabrikam Wind Group",
    ),
    (
        "an_ethical_hacker_introduced_by_name_is_no_attacker",
        "The voting platform was breached in August by an attacker using the handle rogue0, \
         who published personal data of members. On 2 August a self-described ethical hacker \
         calling himself Evariste Gal0is published a report showing that the platform was \
         exposed to serious vulnerabilities. A day later rogue0 went much further. \
         Investigators identified Evariste Gal0is in February as a student.",
        "rogue0",
    ),
    (
        "a_handle_in_small_letters_beats_a_group_of_another_incident",
        "The party's voting platform was breached in August by an attacker using the handle \
         rogue0, who published personal data of members and donors and claimed to be selling \
         the database. A day later rogue0 leaked more records, and in September rogue0 \
         published donor lists. In 2018 a group calling itself AnonPlus claimed an intrusion \
         into a website of another party, a separate incident.",
        "rogue0",
    ),
    (
        "a_handle_with_a_capital_inside_that_claims_the_data",
        "Records of an insurer's customers are being handed out through chatbots on Telegram \
         by a hacker calling themselves mirRow, who claims to hold data on more than 30 million \
         policyholders. The insurer said it had found no breach of its systems.",
        "mirRow",
    ),
    (
        "a_quoted_handle_that_posted_an_auction",
        "The telecom operator confirmed that customer data had been stolen. On 21 October a \
         user calling himself \u{201C}wyndl\u{201D} posted an auction on a hacking forum, \
         claiming to hold two databases with 19 million subscribers.",
        "wyndl",
    ),
    (
        "hackers_from_a_country_the_victim_only_suspects",
        "A pro-democracy newspaper's website was knocked offline for hours by a flood of \
         traffic on Thursday. \"We have reason to strongly suspect the attack was carried out \
         by hackers from China,\" the paper said in a statement.",
        "Suspected Chinese hackers",
    ),
    (
        "the_leading_suspect_is_no_hedge",
        "Personal records of millions of federal employees were stolen from a personnel \
         agency's network. The intelligence chief publicly described China as the leading \
         suspect, and reporting at the time pointed to hackers from China.",
        "Chinese hackers",
    ),
    (
        "a_person_sentenced_whose_name_carries_an_accent",
        "Hervé Falciani, the former computer specialist whose stolen client files set off \
         the revelations about tax evasion, was sentenced on Friday to five years in prison \
         by the Federal Criminal Court in a trial held without him.",
        "Hervé Falciani",
    ),
    (
        "a_research_centre_whose_name_ends_like_a_unit",
        "Researchers at the CISPA Helmholtz Center for Information Security in Germany have \
         described a new kind of denial-of-service attack on UDP services.",
        "Unknown",
    ),
    (
        "a_unit_after_its_agency_is_still_the_unit",
        "Officers of the FSB Center for Information Security ran the campaign against \
         Ukrainian government bodies.",
        "Gamaredon",
    ),
    (
        "a_self_chosen_name_with_a_possessive_inside",
        "The nuclear operator said its website had been hit by an unprecedented attack. \
         The Russian group calling itself the People's Cyber Army flooded it with traffic \
         from 7.25 million bots, and the People's Cyber Army boasted on Telegram.",
        "People's Cyber Army",
    ),
    (
        "a_middle_initial_is_part_of_the_full_name",
        "A man who broke into a game maker's servers and leaked details of its consoles has \
         been sentenced. Darren P. Whitfield of Palmdale, known for his forum posts, must also \
         pay restitution.\nWhitfield was sentenced to three years in prison.",
        "Darren P. Whitfield",
    ),
    (
        "a_group_in_a_separate_case_is_not_the_attacker",
        "A 21-year-old man who broke into a game maker's servers and leaked details of its \
         consoles has been sentenced to three years in prison. The same prosecutors are also \
         handling a separate piracy case against members of Team Xecuter.",
        "Unknown",
    ),
    (
        "a_branch_named_once_late_is_not_the_story",
        "Government and police websites were knocked offline for hours after the hacktivist \
         collective Anonymous called for attacks over the new law. Anonymous posted the list of \
         targets on Twitter.\n\"Even some folks from Anonymous Bahrain\" took part, an \
         organiser said.",
        "Anonymous",
    ),
    (
        "a_regional_branch_of_an_ordinary_word_actor",
        "Hackers claiming to act for Anonymous Indonesia defaced well over a hundred \
         Australian websites, replacing their home pages with a protest message. Visitors \
         found an Indonesian flag and the mask used by the hacktivist collective Anonymous.",
        "Anonymous Indonesia",
    ),
    (
        "a_portuguese_generational_suffix_is_part_of_the_name",
        "The country's top court has convicted hacker Walter Fontes Neto for breaking into \
         the systems of the National Council of Justice and planting a false arrest warrant.\n\
         Fontes was sentenced to eight years in prison.",
        "Walter Fontes Neto",
    ),
    (
        "a_generational_suffix_is_part_of_the_name",
        "The regulator's account on X was taken over in January and posted a false message. \
         In October FBI agents arrested Darren Whitfield Jr. in Alabama.\nWhitfield was \
         charged with identity theft for the swap of a SIM card.",
        "Darren Whitfield Jr.",
    ),
    (
        "a_described_attacker_beats_a_victim_who_pleaded_guilty",
        "Darren Whitfield, the chief executive of a small bank, was drawn into a fake \
         investment by fraudsters who kept him engaged for months. He wired 47 million \
         dollars of the bank's money to them.\nWhitfield pleaded guilty to embezzlement.",
        "Unknown fraudsters",
    ),
    (
        "the_handle_of_whoever_took_over_a_package",
        "A popular npm package was found to carry code that stole bitcoin wallet keys. Its \
         original author had handed publishing rights to a stranger using the GitHub account \
         dark7shell after a few small contributions. The identity of dark7shell was never \
         established.",
        "dark7shell",
    ),
    (
        "the_culprit_of_an_earlier_incident_set_before_this_one",
        "Hospitals across the Northland region went back to paper after a ransomware attack \
         took down every computer system of the Northland Health Board. The chief executive \
         said he did not know who was behind it. The attack came days after the Conti \
         ransomware attack on Ireland's health service.",
        "Unknown",
    ),
    (
        "a_family_of_an_earlier_year_is_background_when_the_lead_dates_the_story",
        "Contoso has fixed a flaw in the way its systems check certificates. The patch \
         was part of its release on 14 January 2020, and users were urged to install it.\n\
         An exploit for an older flaw was leaked in 2017 and then used in the WannaCry \
         ransomware outbreak, which demanded ransom payments from victims.",
        "Unknown",
    ),
    (
        "an_agency_a_firm_attributes_the_operation_to",
        "Hackers read thousands of diplomatic cables of the Northland foreign ministry for \
         three years after phishing its staff. Contoso Security attributes the operation \
         to the Strategic Support Force of the Chinese People's Liberation Army.",
        "Strategic Support Force",
    ),
    (
        "groups_working_for_an_unnamed_nation_state",
        "Two separate hacking groups working for a single nation state were behind the \
         break-in at Contoso Security that stole information about its tokens, the \
         company said.",
        "Nation-state hackers",
    ),
    (
        "a_joining_word_is_no_part_of_the_description",
        "Officials said criminals and state-backed hackers broke into the ministry's \
         network last week and stole documents.",
        "State-backed hackers",
    ),
    (
        "a_gang_named_with_its_kind_word_is_the_gang",
        "A ransomware attack took down the city network of Northbridge in February. At the \
         start of March the Play ransomware group listed the city on its leak site and \
         claimed responsibility, and published ten gigabytes of files.",
        "Play",
    ),
    (
        "a_man_detained_named_after_his_age_without_his_patronymic",
        "The Justice Department said on Monday that it had moved to dismantle Contobot, a \
         botnet of infected computers, after Spanish police arrested the Russian man accused \
         of running it. Ivan Petrovich Sidorov, 36, from St Petersburg, was detained in \
         Barcelona on Friday. Sidorov denies the charges.",
        "Ivan Sidorov",
    ),
    (
        "gangs_given_as_examples_of_later_users_are_no_attacker",
        "Attackers exploited two zero-day flaws in Contoso Mail servers in August 2022 to plant \
         web shells, Contoso said in September 2022. Later that year ransomware gangs, \
         including those behind Conti and LockFile, used the flaws as well.",
        "Unknown",
    ),
    (
        "a_group_introduced_in_a_sentence_dated_earlier_is_background",
        "Attackers exploited two zero-day flaws in Contoso Mail servers in August 2022 to plant \
         web shells, Contoso said in September 2022. In March 2021, a group that Northgate \
         calls GALLIUM exploited four other zero-days against tens of thousands of servers.",
        "Unknown",
    ),
    (
        "those_a_tool_is_popular_among_are_no_attacker",
        "Intruders planted web shells on the mail servers of Contoso in August. One of them was \
         managed with Antsword, an open-source tool popular among Chinese hackers, but Contoso \
         stopped short of naming anyone.",
        "Unknown",
    ),
    (
        "a_state_sponsored_group_unnamed",
        "Contoso said on Friday that intruders had broken into its mail servers in August. It \
         said with medium confidence that the intruders were likely a state-sponsored group, \
         but it did not name the group.",
        "Unknown state-sponsored group",
    ),
    (
        "the_person_the_lead_sentences_named_in_the_next_sentence",
        "A 21-year-old hacker from Northland who passed the personal details of soldiers to the \
         Islamic State was sentenced on Friday to 20 years in prison. Brandon Vessel was \
         sentenced by a federal judge in Alexandria, three months after he pleaded guilty. The \
         list was posted online by the Cyber Caliphate, a pro-ISIS hacking group, and the Cyber \
         Caliphate urged followers to attack.",
        "Brandon Vessel",
    ),
    (
        "an_overlap_that_does_not_prove_authorship_names_no_culprit",
        "Contoso said hackers stole one of its certificates through a poisoned software update. \
         Microsoft tracks that group as Nobelium, FireEye tracks it as UNC2452 and Volexity \
         calls it Dark Halo. Kaspersky has pointed out code overlaps between the backdoor and \
         Kazuar, a backdoor previously associated with the Turla group, but says the overlap \
         alone does not prove common authorship.",
        "APT29",
    ),
    (
        "a_theft_done_with_the_help_of_insiders",
        "Contoso Exchange has suspended withdrawals after losing about 3 million tokens from one \
         of its hot wallets, and says the theft appears to have been carried out with the help \
         of insiders. The exchange said it would cover the losses.",
        "Suspected insiders",
    ),
    (
        "the_group_the_ransomware_is_attributed_to_is_the_attacker",
        "Contoso's online services were down for four days after a ransomware attack \
         encrypted its systems. The ransomware, WastedLocker, demanded a ransom of $10 \
         million. WastedLocker encrypted the company's servers, and WastedLocker notes were \
         left on every machine. Researchers who first documented WastedLocker in June \
         attribute it to Evil Corp, a Russian cybercrime group.",
        "Evil Corp",
    ),
    (
        "a_unit_given_as_an_example_of_a_kind_of_attacker_is_not_the_attacker",
        "Contoso Consulting said an intruder had read e-mails of its clients after getting into \
         an administrator account that had no second factor. An administrator account without \
         one is exactly what phishing crews look for, whether they are criminal gangs or \
         state-backed units such as APT28.",
        "Unknown",
    ),
    (
        "a_group_no_one_has_attributed_the_theft_to_is_not_the_attacker",
        "Hackers stole $120 million from the lending platform Contoso Finance on Thursday \
         after planting a script in its web front end. North Korea's Lazarus Group has been \
         blamed for several large crypto heists, but no one has attributed the Contoso theft \
         to it or to any other group.",
        "Unknown",
    ),
    (
        "a_group_in_a_story_this_one_comes_days_after_is_background",
        "Contoso disclosed that a threat actor it believes was working for a nation state \
         broke into its wiki server using tokens stolen in an earlier breach of a supplier. \
         The disclosure comes days after Microsoft said the Russian group Midnight Blizzard \
         had read e-mails of its senior leadership.",
        "Nation-state hackers",
    ),
    (
        "hackers_from_a_country_in_background_where_no_one_has_attributed_it",
        "Hackers broke into the network of the Contoso Health Agency and later published \
         documents about a vaccine, the agency said. No government or security company has \
         publicly attributed it. Vaccine makers have been targeted repeatedly: in November \
         Microsoft said hackers from Russia and North Korea had targeted seven of them.",
        "Unknown",
    ),
    (
        "a_plural_of_a_listed_actors_name_is_that_actor",
        "The Contoso League has condemned the hacking group Fancy Bears after it published \
         medical records of players. Fancy Bears said more leaks would follow.",
        "APT28",
    ),
    (
        "a_family_naming_an_incident_blamed_on_someone_else_is_not_the_attacker",
        "Contoso Exchange said hackers had stolen 17 percent of its assets and that it would \
         file for bankruptcy.\nOn Monday the White House blamed North Korea for the WannaCry \
         ransomware outbreak, but officials said it was too early to say who robbed the \
         exchange.",
        "Unknown",
    ),
    (
        "a_group_named_in_a_case_set_by_comparison_is_background",
        "The regulator fined Contoso Stores \u{a3}500,000 after malware on its tills copied \
         the details of 5.6 million cards. By comparison, the regulator said last year it \
         would fine an airline over a skimming attack that researchers attributed to a \
         Magecart group.",
        "Unknown",
    ),
    (
        "a_handle_that_claimed_responsibility_once_is_the_attacker",
        "Contoso Telecom lost half of its traffic for three hours after an intruder changed \
         its routing records. Hours earlier, an account on X using the name Ms_Snow_OwO had \
         posted screenshots of the portal and claimed responsibility.",
        "Ms_Snow_OwO",
    ),
    (
        "a_group_after_a_sentence_that_draws_comparisons_is_background",
        "The Contoso Foreign Ministry said intruders had been in its network for weeks and \
         that a state actor could not be ruled out.\nObservers were quick to draw comparisons \
         with Germany. In 2015 intruders linked to the group known as Fancy Bear plundered \
         the Bundestag's network.",
        "Unknown",
    ),
    (
        "a_group_after_a_sentence_that_sets_the_moment_is_background",
        "Researchers at Contoso Labs said a botnet of 70,000 home routers was being rented out \
         as proxies.\nThe findings arrived at a moment of heightened concern about routers. \
         In May Microsoft warned that Volt Typhoon, a Chinese state-sponsored group, was \
         routing its traffic through such devices.",
        "Unknown",
    ),
    (
        "a_family_after_a_sentence_that_says_this_follows_others_is_background",
        "Police in twenty countries seized an invitation-only forum where criminals sold \
         malware and stolen data.\nThe takedown follows other multinational operations that \
         have shown how far police cooperation has come. In June 2014 an operation disrupted \
         the GameOver Zeus botnet and the CryptoLocker ransomware distributed through it.",
        "Unknown",
    ),
    (
        "a_person_named_after_a_lead_that_says_he_pleaded_guilty",
        "The Justice Department said on Tuesday that the FBI had dismantled Contoso Proxy, a \
         botnet of hacked routers rented out as proxies, and that the man who built it had \
         pleaded guilty.\nAbel Brunovski admitted in federal court to three counts of \
         transmitting a program that damaged computers. Brunovski faces up to ten years.",
        "Abel Brunovski",
    ),
    (
        "a_handle_named_once_beside_a_denied_claim_is_not_the_attacker",
        "A worm slowed the internet worldwide on Saturday. Researchers said its code \
         resembled an example posted by someone calling himself \u{201c}Lion\u{201d}, but \
         the police could not confirm any link, and no one has claimed responsibility.",
        "Unknown",
    ),
    (
        "a_quoted_handle_the_hacker_calls_himself_is_the_attacker",
        "A hacker who calls himself \"Guccifer\" has broken into the e-mail accounts of a \
         senator's family and posted private letters online.\nLittle is known about \
         Guccifer, who has taunted his victims before.",
        "Guccifer",
    ),
    (
        "a_group_in_a_sentence_that_adds_this_to_a_run_of_attacks_is_background",
        "Visitors to the websites of Contoso News were sent to a page of hackers' slogans \
         after the records of its domain were changed at its registrar.\nThe incident adds \
         to a run of attacks on the plumbing of the web. In 2009 a group calling itself the \
         Iranian Cyber Army redirected a social network's domain in a similar way.",
        "Unknown",
    ),
    (
        "operators_of_families_given_as_examples_are_not_the_attacker",
        "Contoso Cloud said criminals had copied donors' data from its servers before it \
         stopped a ransomware attack, and that it had paid them to delete it. Responders \
         warned that some gangs, including operators of the Maze and Sodinokibi ransomware, \
         cannot be relied on to keep their side of such a bargain.",
        "Unknown",
    ),
    (
        "a_group_in_a_sentence_that_says_this_came_less_than_a_week_after_is_background",
        "A federal grand jury has indicted two Contosan nationals, accused of hacking \
         companies that research vaccines for a state security agency.\nThe charges came \
         less than a week after three governments accused APT29 of targeting vaccine research.",
        "Unknown",
    ),
    (
        "a_group_in_cases_the_next_sentence_says_nothing_connects_is_background",
        "Contoso Streaming said attackers had logged into 576,000 accounts with passwords \
         stolen elsewhere. The same technique was behind the scraping of profiles at a \
         genetics company, where a seller calling themselves Golem advertised the data on a \
         forum. Nothing connects those cases to Contoso beyond the method.",
        "Unknown",
    ),
    (
        "the_gang_that_once_hit_another_company_named_is_background",
        "Contoso Social fired dozens of employees and contractors who had taken over users' \
         accounts for bribes. A spokeswoman for Fabrikam Security, which was itself hit by \
         the Maze ransomware gang in 2019, said the company took the reports seriously.",
        "Unknown",
    ),
    (
        "a_two_word_country_adjective_stays_whole",
        "Military investigators believe North Korean hackers broke into the network of \
         Contoso Shipbuilding and stole warship blueprints.",
        "North Korean hackers",
    ),
    (
        "a_person_arrested_then_described_with_who_is",
        "Police said on Tuesday that they had arrested Abel Brunovski, who is unemployed, on \
         Monday. Investigators allege that Brunovski built ransomware with the help of \
         chatbots.",
        "Abel Brunovski",
    ),
    (
        "a_group_in_the_best_known_case_of_a_kind_is_background",
        "Contoso has patched a flaw in its bootloader that researchers found last month; no \
         attack using it is known. Boot-level threats are rare but real. The best-known case, \
         a rootkit that researchers attributed to the Sednit group, showed that attackers \
         will invest in persistence below the operating system.",
        "Unknown",
    ),
    (
        "a_person_identified_as_the_author_of_the_tools",
        "Contoso took control of 65 domains that a botnet used to steal banking passwords, \
         under a court order. In an unusual step, it identified Abel Brunovski, who lives in \
         Simferopol, as the author of a component the botnet used. Brunovski has not been \
         charged.",
        "Abel Brunovski",
    ),
    (
        "a_group_named_after_a_listed_ordinary_word_keeps_its_whole_name",
        "The websites of Contoso Broadcasting were knocked offline on Sunday in a denial of \
         service attack claimed by a hacktivist group calling itself Anonymous Africa.\n\
         Anonymous Africa has a history: in 2013 it knocked a party's website offline. \
         Earlier this year a separate Anonymous-linked outfit claimed to have breached a \
         ministry.\nReferences:\n- Anonymous hacktivists hit a broadcaster - \
         https://example.com/a",
        "Anonymous Africa",
    ),
    (
        "a_person_named_in_the_second_paragraph_who_was_taken_into_custody",
        "An Algerian man accused of running a botnet that stole from banks has been \
         extradited to the United States, closing a chase that began when Thai police \
         detained him at an airport.\nAbel Brunovski, 24, who is known online as \"Bx1\", \
         was taken into custody on 5 January on a tip from American investigators. Rival \
         criminals had rented the ZeuS botnet for years.",
        "Abel Brunovski",
    ),
    (
        "a_handle_content_was_published_under",
        "Seventeen container images on a public registry carried backdoors and crypto miners \
         and were pulled five million times. The images were published under the account \
         contoso4242. Nobody behind contoso4242 has been identified.",
        "contoso4242",
    ),
    (
        "a_person_the_police_detained_in_the_lead",
        "A quiet street north of Toronto became the scene of one of the year's ransomware \
         arrests. On 26 October police detained Abel Brunovski, a 33-year-old dual national, \
         and accused him of taking part in the LockBit ransomware operation. LockBit \
         affiliates encrypted victims' files; LockBit ransomware demanded ransoms. \
         Brunovski faces extradition.",
        "Abel Brunovski",
    ),
    (
        "a_person_named_with_a_comma_before_his_home_town",
        "A 21-year-old Florida man linked to the Scattered Spider hacking collective has been \
         sentenced to 10 years in prison for a string of SIM-swapping thefts.\nAbel Michael \
         Brunovski, of Palm Coast, Florida, was sentenced in federal court after pleading \
         guilty. Scattered Spider members hijacked phone numbers; Scattered Spider is a loose \
         group.",
        "Abel Michael Brunovski",
    ),
    (
        "a_group_in_a_sentence_after_one_that_added_this_to_a_string_is_background",
        "Contoso Store pulled 41 apps that carried auto-clicking adware.\nThe discovery added \
         to a string of embarrassments for the store. In 2016 researchers had described \
         HummingBad, a malware family that infected ten million devices.",
        "Unknown",
    ),
    (
        "an_employee_who_obtained_a_file_without_authorisation",
        "Contoso Wireless has told 63,000 employees that a colleague obtained a file with \
         their personal information. The company said that a Contoso employee obtained a file \
         containing employee data without authorization and in violation of company policy.",
        "Contoso employee",
    ),
    (
        "a_person_the_lead_says_will_not_go_to_prison",
        "Abel Brunovski, the former publishing assistant who spent more than five years \
         tricking authors, agents and editors into sending him unpublished manuscripts, will \
         not go to prison. A federal judge sentenced him to time served. Brunovski is to be \
         deported.",
        "Abel Brunovski",
    ),
    (
        "a_group_researchers_linked_that_other_heist_to_is_background",
        "Contoso Bank found three fraudulent payment messages sent from its network, worth \
         $2 million. In 2016 intruders at another central bank moved $81 million the same \
         way. Security researchers later linked that heist to the North Korea-associated \
         Lazarus Group. Contoso Bank has not named any suspect.",
        "Unknown",
    ),
    (
        "a_group_the_text_says_the_attackers_are_not_related_to",
        "Researchers at Contoso Labs said a new Trojan had been used since January in \
         targeted intrusions at banks, with tools that hide fraudulent payment messages. The \
         Trojan does not appear to be related to the Lazarus group, which researchers linked \
         to other thefts from banks.",
        "Unknown",
    ),
    (
        "suspected_before_the_adjective_is_kept",
        "Contoso Air said the details of nine million customers had been accessed. Sources \
         said the techniques pointed to a group of suspected Chinese hackers that had targeted \
         several airlines in recent months.",
        "Suspected Chinese hackers",
    ),
];

#[test]
fn attacker_table() {
    for (name, article, expected) in ATTACKERS {
        let report = classify(article);
        assert_eq!(report.classification.attacker, *expected, "case {name}");
    }
}

/// (name, article, expected type).
const TYPES: &[(&str, &str, IncidentType)] = &[
    (
        "phones eavesdropped on and calls secretly monitored",
        "The government said rogue software planted in a mobile operator's network had \
         been eavesdropping on the phones of the prime minister and several ministers for \
         months. The calls were secretly monitored and copied to prepaid phones, and the \
         operator removed the software in March.",
        IncidentType::Espionage,
    ),
    (
        "a breach blamed on hackers linked to a government",
        "A policy institute says its computer systems were breached last week, and \
         federal authorities believe that hackers linked to the Russian government were \
         responsible. It did not say whether any data was taken.",
        IncidentType::Espionage,
    ),
    (
        "a lead that sends the culprit to prison",
        "A 22-year-old man has been sent to \
         prison for running a scheme that stole and sold access to customer accounts in \
         a grocery chain's loyalty programme, a data breach that hit thousands of \
         shoppers. Investigators said the data breach exposed names and the stolen \
         accounts were sold online.\n\nHe was charged last year.",
        IncidentType::LawEnforcement,
    ),
    (
        "satellite signals hijacked to replace the programming",
        "Viewers shown a foreign parade\n\nViewers of several television channels \
         watched a foreign military parade after hackers hijacked the satellite signals \
         that carry the channels and replaced regular programming with the broadcast. \
         The signal was tampered with for an hour.",
        IncidentType::Defacement,
    ),
    (
        "a home page replaced by the intruders' message",
        "Tram operator's website taken offline\n\nThe website of a city's tram network \
         was taken offline after visitors found its home page replaced by a message \
         demanding one bitcoin. The operator said a malicious message was put on the \
         home page.",
        IncidentType::Defacement,
    ),
    (
        "fake QR codes leading to bogus payment websites",
        "Councils warn of parking scam\n\nCouncils are warning drivers not to scan QR \
         codes after fraudsters stuck fake QR codes on parking machines that send \
         motorists to bogus payment websites, where fraudsters take their card details.",
        IncidentType::Phishing,
    ),
    (
        "investigators searching a spyware maker's offices",
        "Investigators search spyware maker\n\nGerman investigators have searched the \
         offices of a Munich spyware maker and the homes of people linked to it, over \
         exports of its surveillance software. The raids covered 15 premises. The \
         company keeps records of its customers.",
        IncidentType::LawEnforcement,
    ),
    (
        "a flood of traffic said to sabotage an election",
        "Deputy PM says there were attempts to sabotage the elections\n\nA distributed \
         denial-of-service attack disabled the website of Borduvia's election commission \
         on polling day, the state company that runs it said. The deputy prime minister \
         said the attacks on the elections were an attempt to sabotage the vote, and he \
         called them an attempt to sabotage the elections.",
        IncidentType::Ddos,
    ),
    (
        "intruders who left a mocking page on a web server",
        "A group calling itself the Borduvian Security Team broke into a computer at a physics \
         laboratory and left a mocking page on a website of one of its detectors. Spokesman \
         Ab Cd said no harm was done, and that no user accounts were touched.",
        IncidentType::Defacement,
    ),
    (
        "enforcers who knocked out a malware service's infrastructure",
        "Microsoft, the US Justice Department and police agencies in Europe have knocked out \
         much of the infrastructure behind Contoso Stealer, the information-stealing malware \
         sold on criminal markets. The malware stole passwords, cookies and crypto wallets \
         from millions of computers, and its malware builds were updated weekly.",
        IncidentType::LawEnforcement,
    ),
    (
        "men who went on trial are a court's case, whatever fraud the story retells",
        "Seven men went on trial in Ruritania on Tuesday, accused of posing as the defence \
         minister to talk wealthy people out of millions in a fraud scheme. Prosecutors say \
         the two ringleaders were Franco-Borduvian Ab Cdefgh, 54, and Ef Ghijk, 35. The fraud \
         ran for two years. Cdefgh denies everything.",
        IncidentType::LawEnforcement,
    ),
    (
        "sanctions a state puts on a country are no enforcement action",
        "As Washington reimposed sanctions on Iran, hackers went after the personal email of \
         US officials. The sanctions on Iran took effect on Monday, and new sanctions against \
         Iran followed in a week; officials feared phishing.",
        IncidentType::Phishing,
    ),
    (
        "officials charged with a duty face no criminal charge",
        "Hackers went after the personal email of officials charged with enforcing export \
         rules. Officials charged with protecting the rules and staff charged with \
         investigating breaches were hit; officials feared phishing.",
        IncidentType::Phishing,
    ),
    (
        "anti-ransomware software is a defence, not the attack",
        "Intruders stole staff records in a breach of a Ruritanian school district's network, \
         officials said. The district's anti-ransomware software and anti-ransomware tools \
         never fired.",
        IncidentType::DataBreach,
    ),
    (
        "an insider who admitted in federal court what she did is a court's case",
        "A former employee of a Ruritanian credit union has admitted in federal court that she \
         logged back into her old employer's systems after being fired and deleted files. She \
         faces up to ten years in prison.",
        IncidentType::LawEnforcement,
    ),
    (
        "a defacement dated last year is an earlier incident the story recalls",
        "Hackers stole thousands of files in a breach of the Ruritanian defence research \
         agency, officials said on Monday. The agency's website was defaced by Borduvian \
         hackers last year.",
        IncidentType::DataBreach,
    ),
    (
        "a seizure by troops in a background sentence is no enforcement action",
        "Hackers broke into the e-mail accounts of officials at the Ruritanian foreign ministry \
         and read their messages for months, officials said. The intrusion came weeks after \
         Ruritanian troops seized a border town.",
        IncidentType::DataBreach,
    ),
    (
        "a seized tanker is no enforcement action either",
        "Hackers broke into the e-mail accounts of officials at the Ruritanian foreign ministry \
         and read their messages for months, officials said. The intrusion came weeks after \
         the Ruritanian government seized a British-flagged tanker.",
        IncidentType::DataBreach,
    ),
    (
        "police who seize servers still act",
        "Police in Ruritania seized the servers of the Contoso botnet and arrested two men, the \
         prosecutors said.",
        IncidentType::LawEnforcement,
    ),
    (
        "systems broken into at the company that supplies the victims equipment",
        "Sirens blared from loudspeakers in about 20 kindergartens on Sunday after hackers \
         broke into the systems of Contoso-Tec, the company that supplies their emergency \
         panic buttons. The breach let them play alarm sounds.",
        IncidentType::SupplyChain,
    ),
    (
        "card data taken not through the victims own systems but a suppliers",
        "Contoso Hotels has warned guests that their payment card details were exposed, not \
         through its own systems but through the reservation platform of a technology \
         supplier. An unauthorised party obtained support account credentials and used them \
         to view reservation data.",
        IncidentType::SupplyChain,
    ),
    (
        "data stolen after breaching one of the victims suppliers",
        "Contoso, the banking app, confirmed on Saturday that hackers had stolen personal data \
         belonging to its users after breaching one of its former technology suppliers, an \
         engineering analytics platform.",
        IncidentType::SupplyChain,
    ),
    (
        "data exposed from a system run by the company that supplies the network",
        "Contoso has warned customers of its mobile phone service that some of their account \
         data was exposed after intruders got into a system run by the company that supplies \
         most of its network.",
        IncidentType::SupplyChain,
    ),
    (
        "members data stolen in an attack on the company that runs their pension",
        "The pension scheme has told almost half a million members that their personal details \
         were stolen in the data breach of Contoso, the outsourcing company that runs its \
         pension administration. Names and bank details were exposed.",
        IncidentType::SupplyChain,
    ),
    (
        "a_ransomware_worm_that_asked_no_ransom_is_a_malware_outbreak",
        "Contoso Aircraft says a malware outbreak on some of its computers on Wednesday was a \
         limited intrusion that did not affect production. The infection was identified as \
         the WannaCry ransomware, which spread through unpatched Windows machines in the \
         plant. Contoso did not say whether any ransom demand appeared on its machines.",
        IncidentType::Malware,
    ),
    (
        "data_stolen_from_one_of_its_outside_law_firms",
        "Contoso Foods, the maker of biscuits and crackers, is warning 51,110 current and \
         former employees that their personal information was stolen, not from its own network \
         but from one of its outside law firms, Fabrikam LLP. The data breach exposed names, \
         addresses and Social Security numbers.",
        IncidentType::SupplyChain,
    ),
    (
        "a_providers_systems_used_as_a_springboard_against_its_customers",
        "Contoso, one of Ruritania's largest IT outsourcing companies, has confirmed that a few \
         employee accounts were compromised in what it calls an advanced phishing campaign, \
         after a security blog reported that intruders had been using the company's systems \
         as a springboard for attacks on its own customers. The phishing e-mails reached staff \
         across the company.",
        IncidentType::SupplyChain,
    ),
    (
        "a_website_knocked_offline_first_is_a_ddos_whatever_was_defaced",
        "The hacktivist collective Anonymous knocked Zenda Racing's official website offline \
         on Friday in protest at the decision to run this weekend's race despite a year of \
         protests. During the attack the site loaded only a blank page, while an associated \
         fan site was defaced with a message from the group.",
        IncidentType::Ddos,
    ),
    (
        "hit_by_ransomware_in_the_first_sentence",
        "The Ruritanian Olympic Committee has disclosed that its computers were hit by \
         ransomware in April last year, shortly after the Games were postponed.\nThe \
         committee's servers hold personal information on athletes, but it said nothing had \
         been leaked. No ransom demand was received.\nEarlier this month the organising \
         committee was caught up in a separate data breach through a file-sharing tool, which \
         exposed the names, titles and personal data of about 170 people and leaked their \
         e-mail addresses.",
        IncidentType::Ransomware,
    ),
    (
        "a_trial_opened_in_the_first_sentence_is_the_courts_work",
        "Ruritania's first criminal trial over the use of the Pegasus spyware has opened in the \
         capital, with the journalist Ana Contoso testifying against a former employee of the \
         company that supplied the system.\nBetween 2015 and 2016 she received at least 14 text \
         messages designed to infect her phone and spy on her.",
        IncidentType::LawEnforcement,
    ),
    (
        "machines_made_to_mine_cryptocurrency_are_malware_not_theft",
        "A cryptocurrency-mining bot that spreads through a popular messaging app has been found \
         infecting users in several countries, according to researchers at Contoso, who have \
         named it Digfoo. The bot arrives as a video file and, once installed as a browser \
         extension, uses the victim's computer to mine Monero for its operators, who can earn \
         cryptocurrency from thousands of machines.",
        IncidentType::Malware,
    ),
    (
        "a_states_intrusion_told_first_outweighs_a_tool_described_later",
        "The Chinese state-sponsored hacking group APT41 has broken into the networks of several \
         shipping and logistics companies in Europe and the Middle East and kept access to some \
         of them for months, according to research published this week by Contoso.\nThe \
         intruders used a new custom backdoor, which Contoso calls DUSTFOX, that loads itself \
         into memory and talks to servers hidden behind a cloud service.",
        IncidentType::Espionage,
    ),
    (
        "police_who_picked_up_a_suspect_in_the_lead_are_the_news",
        SUSPECT_PICKED_UP,
        IncidentType::LawEnforcement,
    ),
    (
        "data_stolen_from_a_named_service_provider_is_supply_chain",
        "Contoso Bank is notifying 57,028 customers that their personal information may have \
         been stolen, not from the bank but from Fabrikam Systems, a service provider that the \
         LockBit ransomware gang attacked last autumn.\nThe stolen data included names, \
         addresses and Social Security numbers. The bank said its own systems were not \
         breached.",
        IncidentType::SupplyChain,
    ),
    (
        "police_who_sent_papers_to_prosecutors_are_the_news",
        "Tokyo police have sent papers to prosecutors on a Chinese systems engineer suspected \
         of helping a hacking group linked to the People's Liberation Army attack the national \
         space agency and some 200 other Japanese companies.\nThe group used rented servers \
         registered under false names to spy on its targets. The espionage campaign stole \
         research data.",
        IncidentType::LawEnforcement,
    ),
    (
        "a_suspended_sentence_in_the_lead_is_the_courts_decision",
        "A teenager who knocked an online gambling site offline with a distributed \
         denial-of-service attack has walked free from court with a suspended sentence.\nThe \
         denial-of-service attack took the site offline for short periods. The DDoS flood cost \
         the operator about 18,000 pounds, and the DDoS attacks on betting sites are common.",
        IncidentType::LawEnforcement,
    ),
    (
        "data_a_flaw_left_open_found_by_a_researcher_is_the_flaws_story",
        "A security researcher has found a flaw in the online court record systems used in \
         several states that allowed anyone with a web browser to read documents that were \
         supposed to be sealed.\nThe exposed data included confidential filings, names and \
         addresses. The data of thousands of people was exposed. The vendor said it found no \
         sign that the data was accessed by others.",
        IncidentType::Vulnerability,
    ),
    (
        "intruders_who_took_money_told_in_the_lead_are_a_theft",
        "Cyber thieves broke into an online bank account belonging to the Town of Contoso \
         last month and transferred $378,000 of municipal money to banks abroad, town officials \
         have disclosed.\nThe fraudulent transfers were made over several days. The town said \
         it had been the victim of fraud and that investigators were looking into how the \
         fraudsters obtained the login details. Officials said fraud of this kind is rising.",
        IncidentType::FinancialTheft,
    ),
    (
        "a_breach_whose_lead_tells_of_the_phishing_that_let_it_in",
        "The personal information of more than 300,000 clients of the Contoso County welfare \
         office may have been exposed after six employees fell for a phishing email that \
         handed attackers the keys to their mailboxes, the office said.\nThe exposed data \
         includes names, addresses, dates of birth and Social Security numbers. The office said \
         the breach was discovered in January and that it is notifying those affected. The \
         stolen data could be used for identity theft, it said.",
        IncidentType::Phishing,
    ),
    (
        "an_appeal_that_upholds_a_conviction_is_the_news",
        CONVICTION_UPHELD,
        IncidentType::LawEnforcement,
    ),
    (
        "prosecutors_who_charged_a_man_in_the_lead_are_the_news",
        CHARGED_WITH_A_COUNT,
        IncidentType::LawEnforcement,
    ),
    (
        "operators_who_spied_on_reporters_through_an_exploit_are_espionage",
        "The phones of 36 journalists at Contoso News were hacked with spyware through a \
         zero-click exploit, researchers said on Sunday. Two of the operators spied on the \
         reporters for months and appear to work for governments in the region.",
        IncidentType::Espionage,
    ),
    (
        "a_hijacked_broadcast_is_a_defacement",
        "Hackers broke into two regional radio stations in Contosia on Monday and broadcast a \
         fake emergency address by the president announcing martial law, officials said. \
         Hijacked broadcasts have become a feature of the conflict.",
        IncidentType::Defacement,
    ),
    (
        "a_flooding_tool_is_no_new_malware",
        "Hacktivists knocked the website of the Contoso Justice Ministry offline on Thursday. \
         Hours earlier police had shut down a file-sharing service and unsealed an \
         indictment against its founders. Supporters responded with a distributed denial-of-service \
         campaign. Much of the traffic came from volunteers running Ion Cannon, a simple \
         flooding tool that hacktivists have used before.",
        IncidentType::Ddos,
    ),
    (
        "a_data_breach_at_a_vendor_told_in_the_lead",
        "Contoso Legal, one of the largest law firms in the country, has found some of its \
         documents posted on a dark web site run by an extortion gang, after a breach at a \
         file transfer vendor the firm used. The stolen data includes client memos, and the \
         gang says it holds 100 gigabytes of data from the data breach.",
        IncidentType::SupplyChain,
    ),
    (
        "data_stolen_through_an_application_used_by_one_of_its_vendors",
        "The Fabrikam Pension Fund said the personal information of 769,000 retired members \
         had been stolen by cybercriminals through a flaw in a file transfer application \
         used by one of its vendors. The stolen data includes names and Social Security \
         numbers, and the fund will offer credit monitoring after the data breach.",
        IncidentType::SupplyChain,
    ),
    (
        "the_hijacking_of_a_website_and_twitter_accounts",
        "Contoso Motors says a caller who talked its phone company into forwarding its calls \
         was behind Saturday's hijacking of its website and Twitter accounts. Tweets on the \
         accounts promised free cars, and the impostor used the forwarded number to reset \
         the password of the domain's admin account and change its records.",
        IncidentType::Defacement,
    ),
    (
        "an_extortion_gang_that_says_it_encrypts_nothing",
        "Fabrikam Stores has warned customers that their personal information may have been \
         stolen, after an extortion group calling itself Quiet Ransom claimed a data breach at \
         the retailer. The ransomware gang, as researchers call it, says it does not encrypt \
         victims' files but steals data and then asks for a ransom. Ransomware experts say \
         its ransom demands are high. The stolen data includes names \
         and ID numbers.",
        IncidentType::DataBreach,
    ),
    (
        "social_media_accounts_hijacked_in_the_passive_voice",
        "The official Twitter accounts of the Contoso Marathon and the Fabrikam Rowing Club \
         were hijacked on Sunday by a group that sells security reviews. The group posted \
         messages on both accounts that were deleted within the hour. The club said its accounts \
         had been hacked through a third-party analytics tool and that it would review the \
         access it gives such tools to its accounts.",
        IncidentType::Defacement,
    ),
    (
        "an_account_taken_over_to_promote_a_coin_is_the_story",
        "Hackers took over Fabrikam Burgers' official Instagram account on Wednesday and used \
         it to promote a fake cryptocurrency named after the chain's mascot, a pump-and-dump \
         scam that the intruders said earned them $700,000. The intruders posted \
         the token's contract address to the account's followers. Investors who bought the coin lost their money \
         when its price collapsed, and the fraud was reported to the police.",
        IncidentType::Defacement,
    ),
    (
        "videos_vandalised_in_the_first_sentence",
        "Some of the most-watched music videos on Contoso Tube were vandalised on Tuesday, when \
         hackers gained access to a label's channels and changed the titles and thumbnails of \
         clips by several artists. The label said the breach of its channels was contained and \
         that no user data had been taken in the breach.",
        IncidentType::Defacement,
    ),
    (
        "encryption_aimed_at_sabotage_with_a_built_in_tool",
        "Contoso Meats has suffered a cyber attack that encrypted its IT systems, according \
         to the national food-safety regulator, which says the attack appears to have been \
         aimed at sabotage rather than profit.\n\
         The attackers used BitLocker, the disk-encryption feature built into Windows, to \
         lock files across the holding. That has much the same effect as a ransomware attack \
         without the need for custom malware.",
        IncidentType::Sabotage,
    ),
    (
        "a_lead_that_unseals_indictments_is_enforcement",
        "The Justice Department on Tuesday unsealed two indictments against a Russian \
         national, Darren Whitfield, over his use of three ransomware strains to attack \
         victims across the country, among them a city police department. The ransomware \
         gang demanded $4 million and, when the department did not pay, published 250 \
         gigabytes of data. A grand jury charged him with two felonies over the attack.",
        IncidentType::LawEnforcement,
    ),
    (
        "a_lead_that_says_a_person_will_not_go_to_prison",
        "Abel Brunovski, the former assistant who phished authors for their manuscripts, will \
         not go to prison. He sent phishing e-mails that impersonated editors and harvested \
         credentials through fake login pages.",
        IncidentType::LawEnforcement,
    ),
    (
        "a_first_sentence_that_tells_of_a_defacement",
        "The attacker who broke into the servers behind Contoso Chat returned a day after \
         being thrown out and defaced the project's website. Earlier the intruder had reached \
         the production database servers, and the breach exposed password hashes of users; \
         the stolen data included personal data.",
        IncidentType::Defacement,
    ),
    (
        "a_defacement_in_a_clause_about_the_attack_leaves_the_breach_the_story",
        "Contoso Tickets has confirmed that a hacker obtained the names and addresses linked \
         to 27 million accounts, after an attack that defaced its website. The breach exposed \
         customer data and the stolen data was offered for sale.",
        IncidentType::DataBreach,
    ),
    (
        "a_lead_that_tells_of_a_person_spared_prison",
        "A former Contoso software engineer who used his position to break into thousands of \
         users' e-mail accounts has been spared prison, according to court records.\nHe \
         searched the accounts for private images and stole records of 6,000 users; the \
         breach exposed their personal data.",
        IncidentType::LawEnforcement,
    ),
    (
        "a_first_sentence_that_announces_a_fix_makes_a_patch_story",
        "Contoso has released emergency out-of-band security updates for a remote code \
         execution flaw in its print service that the company says is being actively \
         exploited. The vulnerability lets an attacker run code with system privileges, and \
         the flaw affects every supported version.",
        IncidentType::Patch,
    ),
    (
        "a_lead_that_tells_of_a_person_jailed",
        "LONDON \u{2014} A former student who helped a ransomware gang extort money from \
         millions of website visitors has been jailed for six years.\nThe ransomware locked \
         screens and demanded a ransom; the ransomware campaign earned the gang millions. \
         Police arrested him in 2014.",
        IncidentType::LawEnforcement,
    ),
    (
        "an_account_taken_over_in_the_first_sentence_by_leakers",
        "Hackers took over the Russian-language Twitter account of the prime minister on \
         Thursday and used it to announce his resignation. The messages it posted were deleted within the \
         hour. The group behind it has leaked e-mails of officials before, and leaked e-mails \
         and leaked documents fill its blog.",
        IncidentType::Defacement,
    ),
    (
        "ransomware_that_came_through_an_outside_it_company",
        "Twenty-two towns across Eastland were hit by ransomware on the same Friday morning \
         after attackers got into the software used by an outside IT company that managed \
         their computers, officials said. The ransomware encrypted the towns' files and a \
         ransom was demanded.",
        IncidentType::SupplyChain,
    ),
    (
        "a_stock_exchange_named_on_every_line_is_no_theft",
        "Trading in seven stocks was halted on the exchange on Wednesday after a \
         denial-of-service attack on the exchange's news website. The exchange said the \
         exchange's trading systems were not affected. The exchange moved announcements to a \
         backup site, and the exchange will review its defences, the exchange said.",
        IncidentType::Ddos,
    ),
    (
        "a_named_gang_behind_the_attack_not_the_security_updates",
        "Contoso Cloud said a ransomware gang called Play was behind the December attack that \
         knocked its hosted e-mail service offline. Microsoft has urged customers to install \
         its security updates. The security updates close the flaws, and customers who \
         installed the security updates are protected, Microsoft said in an update.",
        IncidentType::Ransomware,
    ),
    (
        "ransomware_at_a_supplier_of_those_hit",
        "The cyberattack that has disrupted check-in at several of Europe's busiest airports \
         since Friday was caused by ransomware at a third-party supplier, officials said on \
         Monday. The ransomware hit a passenger-processing platform that many airlines share, \
         and ransom demands were left on its servers. Airlines returned to manual check-in.",
        IncidentType::SupplyChain,
    ),
    (
        "data_stolen_through_a_vendors_file_transfer_platform",
        "Contoso Health is notifying 1.2 million patients that their names and insurance \
         numbers were stolen through Northwind's file-transfer platform, one of hundreds of \
         organisations caught up in a ransomware gang's mass data theft. The gang listed \
         Contoso on its leak site last week. Contoso said its own network was not breached.",
        IncidentType::SupplyChain,
    ),
    (
        "a_quoted_cyber_attack_on_one_of_its_subcontractors",
        "The Contoso Border Agency says the personal data of 90,000 travellers was stolen in a \
         \"malicious cyber-attack\" on one of its subcontractors, a company that should never \
         have held the data. The agency said the breach did not touch its own systems.",
        IncidentType::SupplyChain,
    ),
    (
        "data_stolen_from_a_vendor_not_the_victims_network",
        "Fabrikam Bank is warning 400,000 customers that their Social Security numbers were \
         stolen, not from the bank's own network but from a vendor whose servers a ransomware \
         gang broke into in May. The bank said the vendor processes its mortgage payments.",
        IncidentType::SupplyChain,
    ),
    (
        "a_wiper_family_named_again_and_again_whatever_its_ransom_note",
        "Contoso Shipping said on Thursday that NotPetya had shut down its terminals in four \
         countries. Screens showed a ransom note demanding $300 in bitcoin, and staff were told \
         to switch off their computers. The company said NotPetya reached its network through \
         an accounting program used by its office in Kyiv, and that NotPetya also hit its \
         partners.",
        IncidentType::Sabotage,
    ),
    (
        "skimming_code_planted_in_a_suppliers_third_party_script",
        "A card-skimming gang planted malicious code in a third-party script that Contoso \
         Analytics supplies to online shops, and used it to steal payment details from \
         checkout pages on 200 e-commerce sites. Contoso said it removed the code on Friday. \
         The shops' own servers were not touched.",
        IncidentType::SupplyChain,
    ),
    (
        "ransomware_deployed_as_a_distraction_from_a_theft",
        "Hackers stole $60 million from Contoso Bank through fraudulent SWIFT transfers, the \
         bank said on Friday. Ransomware encrypted files across the bank's network during the \
         heist, and researchers said the ransomware was probably deployed as a distraction \
         while the transfers were processed. The ransomware demanded no payment.",
        IncidentType::FinancialTheft,
    ),
    (
        "malware_that_damaged_centrifuges",
        "The Northwind government has acknowledged that malicious software damaged equipment at \
         a uranium enrichment plant, days after researchers said the worm was built to change \
         the speed of motors that spin gas centrifuges. The worm spread through USB drives \
         using previously unknown Windows vulnerabilities.",
        IncidentType::Sabotage,
    ),
    (
        "an_account_taken_over_to_post_scams",
        "The Northwind Army Twitter account was taken over by hackers on Sunday and used to \
         promote cryptocurrency giveaways, before the ministry regained control. The account \
         retweeted dozens of posts linking to scam websites. The ministry said it was \
         investigating the breach and apologised to followers.",
        IncidentType::Defacement,
    ),
    (
        "the_records_of_a_dns_story_are_no_breached_data",
        "Visitors to the Contoso website were redirected on Wednesday to a page that displayed \
         the words \"Hacked by Cedar\", the company said. The attackers did not touch its web \
         servers. Instead they altered the DNS records that tell browsers where to find the \
         site. Because the records also govern where e-mail goes, messages may have reached the \
         attackers. Registrars offer locks under which the records can be changed only after \
         manual checks.",
        IncidentType::Defacement,
    ),
    (
        "a_page_signed_by_hackers_after_dns_records_were_changed",
        "Visitors to the Northwind Times website on Thursday were greeted by a black page \
         bearing the words \"This web site has been hacked by Cedar Falcon Team\", after \
         attackers changed the DNS records that direct browsers to the site. The newspaper said \
         the address records were fixed within an hour.",
        IncidentType::Defacement,
    ),
    (
        "no_confirmed_reports_of_a_flaw_used_to_spy",
        "Contoso has released software updates for its phones that fix a calling flaw that let \
         callers hear the person they were calling before that person had answered. The update \
         was published on Thursday. There have been no confirmed reports of the flaw being used \
         to spy on anyone. Contoso recommends that all users update their devices.",
        IncidentType::Patch,
    ),
    (
        "fabricated_remarks_posted_on_a_hijacked_site",
        "Intruders took over the website of the Northwind News Agency on Tuesday and posted \
         fabricated remarks by the country's president, the agency said. The false story was \
         removed within hours.",
        IncidentType::Defacement,
    ),
    (
        "destruction_staged_as_a_diversion_from_a_theft",
        "Contoso Bank said attackers stole about $10 million in a SWIFT heist while the bank was \
         fighting off a destructive virus that had crippled thousands of computers, in what \
         appears to have been a staged diversion. The wiper destroyed the master boot records \
         of 9,000 workstations and disrupted branch services. The destructive malware forced \
         the bank offline.",
        IncidentType::FinancialTheft,
    ),
    (
        "a_denied_part_and_a_negated_any_are_read_as_such",
        "Contoso said on Sunday that hackers working for Russian intelligence had broken into \
         its corporate IT network, but that they had not reached the environment that runs its \
         product or any customer data. It attributed the breach to APT29. The breach was \
         detected on Wednesday, and the company said the breach was contained. The attackers \
         copied employee directory data. Russia has repeatedly denied involvement in cyber \
         espionage.",
        IncidentType::Espionage,
    ),
    (
        "data_a_hacktivist_group_published_is_its_hack_and_leak",
        "Contoso Labs is investigating a data breach that exposed the names, addresses and \
         Social Security numbers of 45,000 employees. The hacktivist group SiegedSec said it had \
         broken into its human resources systems and published documents with the data. \
         Contoso Labs has offered credit monitoring to those hit by the data breach, and lawyers \
         have filed suit over the data breach.",
        IncidentType::HackAndLeak,
    ),
    (
        "a_fake_story_planted_on_a_site_is_a_defacement",
        "Hackers broke into the website of the Clarion overnight and posted a fake story \
         claiming that its owner had died. Visitors were redirected to a page dressed up in the \
         paper's branding. The group behind it has used malware before.",
        IncidentType::Defacement,
    ),
    (
        "a_fraud_the_text_calls_business_email_compromise",
        "Contoso has lost 30 million dollars to fraudsters who impersonated its employees and \
         persuaded its finance department to wire the money abroad. The company said it had been \
         the victim of a criminal fraud. The fraud was discovered in December, and the fraud \
         investigation continues. The wording matches what the FBI calls business e-mail \
         compromise. Fraud losses of this kind are rising, and the fraud unit is involved.",
        IncidentType::Phishing,
    ),
    (
        "a_hacker_collective_publishing_the_mail_it_stole_through_a_flaw",
        "Members of the hacker collective Nameless broke into the systems of the security firm \
         Contoso Federal and published tens of thousands of its e-mails. The attackers found an \
         SQL injection flaw in the custom content management system behind the website and used \
         the SQL injection to extract its user database. The leaked messages embarrassed the \
         firm.",
        IncidentType::HackAndLeak,
    ),
    (
        "a_court_that_gave_a_sentence_in_the_lead",
        SUSPENDED_SENTENCE,
        IncidentType::LawEnforcement,
    ),
    (
        "charges_unsealed_against_officers_in_the_first_sentence_are_enforcement",
        "The Justice Department on Monday unsealed criminal charges against four Northland \
         nationals, three of them intelligence officers, for a hacking campaign that stole \
         trade secrets from companies and universities.\n\
         The state-sponsored cyber espionage group behind the intelligence gathering used \
         zero-day flaws and spear-phishing; researchers tied the espionage to the country's \
         ministry of state security, and the stolen data included vaccine research.",
        IncidentType::LawEnforcement,
    ),
    (
        "customers_charged_twice_after_a_breach_is_no_enforcement",
        "Thousands of Contoso customers were charged twice for their orders after hackers \
         broke into the retailer's payment systems and stole card data.\n\
         The data breach exposed the card numbers of 2 million customers.",
        IncidentType::DataBreach,
    ),
    (
        "a_ransom_for_stolen_data_without_ransomware_is_a_breach",
        "Contoso Finance has received a ransom demand from the criminals who stole the \
         personal details of 14 million people from its systems, and says it will not pay.\n\
         The data breach is one of the largest in the country: customer records, driver's \
         licence numbers and passport numbers were stolen. The government supports the \
         refusal to pay the ransom.",
        IncidentType::DataBreach,
    ),
    (
        "an_encrypted_email_service_under_a_ransom_ddos_is_ddos",
        "Contoso Mail, the encrypted email service, says it has mitigated a week of \
         distributed denial-of-service attacks that began with an extortion note; it paid a \
         ransom, and the attacks went on.\n\
         The encrypted email provider's data centre went down under the flood; users of the \
         encrypted email service could not log in, and the encrypted email traffic stalled.",
        IncidentType::Ddos,
    ),
    (
        "a_ransom_for_encrypted_files_stays_ransomware",
        "Contoso Finance has received a ransom demand from the criminals who encrypted its \
         servers and stole the personal details of 14 million people, and says it will not \
         pay.\nThe breach is one of the largest in the country: driver's licence numbers \
         were stolen. The government supports the refusal to pay the ransom.",
        IncidentType::Ransomware,
    ),
    (
        "a_court_granting_a_request_to_seize_sites_is_enforcement",
        "Contoso has taken control of 30 websites used by a China-based hacking group it \
         calls Bismuth, after a federal court granted the company's request to seize them.\n\
         The state-sponsored group had used the sites for intelligence gathering and \
         espionage against government agencies and think tanks in 20 countries.",
        IncidentType::LawEnforcement,
    ),
    (
        "hackers_trying_to_seize_control_is_no_enforcement",
        "Hackers tried to seize control of the water treatment controls of a Northbridge \
         utility, but operators stopped them before the chemical dosing changed.\n\
         The intruders had taken over a remote access tool; police are investigating.",
        IncidentType::Sabotage,
    ),
    (
        "malware_ordered_to_erase_itself_is_enforcement",
        "The FBI has ordered a piece of espionage malware to erase itself from more than \
         4,000 computers, the Justice Department said.\n\
         The malware, a remote access trojan, spreads through USB drives; the malware \
         steals files, and the malware has infected computers since 2014.",
        IncidentType::LawEnforcement,
    ),
    (
        "posts_through_a_hijacked_account_are_defacement",
        "Hackers took over the Twitter and YouTube accounts of the Northbridge army on \
         Monday, posting threats and documents they claimed came from a data breach.\n\
         A spokesman said there was a difference between a data breach and the hacking of \
         a Twitter account; no data breach of military networks was found.",
        IncidentType::Defacement,
    ),
    (
        "a_flaw_that_leaks_data_is_a_vulnerability",
        "A researcher has shown that Fabrikam processors can be made to leak data of other \
         programs. The flaw is tracked as CVE-2023-20593.\n\
         The leak is fast: the leaked values can be read directly, and the leak works from \
         any account. There are no reports that it has been used in attacks.",
        IncidentType::Vulnerability,
    ),
    (
        "stolen_tools_published_with_a_manifesto_are_hack_and_leak",
        "A group calling itself the Night Owls has published hacking tools built for a \
         Northland intelligence agency, and Fabrikam confirmed that one exploits a flaw in \
         its firewalls.\n\
         The flaw had been unknown; the exploit uses the vulnerability to run code, and \
         Fabrikam patched the flaw. The group's manifesto railed against the elites, and \
         researchers said the leak looked genuine.",
        IncidentType::HackAndLeak,
    ),
    (
        "a_states_theft_published_online_then_indicted_is_hack_and_leak",
        "An anti-doping agency confirmed that confidential medical data on athletes had \
         been stolen from its systems and published online.\n\
         It blamed the Russian cyber espionage group APT28, a state-sponsored espionage \
         group known for intelligence gathering. The files appeared on a website run by a \
         group that presented itself as hacktivists; the leaks went on for weeks. Two years \
         later prosecutors indicted seven intelligence officers for the hack, and the \
         officers were charged with conspiracy and money laundering; the Treasury \
         sanctioned their unit.",
        IncidentType::HackAndLeak,
    ),
    (
        "data_dumped_after_a_demand_that_a_site_close_is_hack_and_leak",
        "Police are hunting the hackers who dumped the personal data of millions of \
         Contoso Dating users on the internet.\n\
         A month earlier the hackers had demanded that the owner permanently close the \
         site. The breach exposed names, e-mail addresses and payment records of 30 \
         million accounts, and the leak is now searchable.",
        IncidentType::HackAndLeak,
    ),
    (
        "a_modified_iso_on_a_projects_site_is_supply_chain",
        "Anyone who downloaded the Contoso Linux installer from the project's website on \
         Saturday may have installed a system with a backdoor built in.\n\
         Intruders broke into the website and pointed it to a modified ISO hosted on their \
         own server. The backdoor, a variant of an old IRC bot malware, let them control \
         infected machines; the modified ISO was removed on Sunday.",
        IncidentType::SupplyChain,
    ),
    (
        "malicious_commits_to_a_projects_repository_are_supply_chain",
        "The maintainers of Contoso Script have published their investigation into the \
         attempt to plant a backdoor in the language's source code.\n\
         Two malicious commits were pushed to the project's git server under the names of \
         core developers; the backdoor would have let anyone run code on web servers.",
        IncidentType::SupplyChain,
    ),
    (
        "a_modified_version_of_a_tool_used_by_phishers_stays_phishing",
        "Spear-phishing emails sent to engineers at oil and gas firms carry a PDF with \
         download links to malicious ZIP archives.\n\
         The archives install a modified version of a remote access tool; the phishing \
         lures pose as requests for quotation, and the phishing campaign continues.",
        IncidentType::Phishing,
    ),
    (
        "criminals_posting_customer_data_for_sale_stay_a_breach",
        "A hacker posted the data of 70 million Contoso customers for sale on a forum \
         this week, and the company confirmed the breach.\n\
         The leaked records include names and addresses; the breach is one of the largest \
         this year. Activists for privacy asked for tougher rules.",
        IncidentType::DataBreach,
    ),
    (
        "hacktivists_releasing_camera_footage_is_hack_and_leak",
        "Hacktivists broke into the surveillance cameras of a Northbridge prison and released \
         footage of guards beating inmates. The leaked videos showed the records of the \
         prison's control room.",
        IncidentType::HackAndLeak,
    ),
    (
        "a_lead_about_malicious_emails_and_lures_is_phishing",
        "A crime group has been sending malicious emails to shipping firms for years, with \
         lures about cargo and invoices, researchers at Contoso said.\n\
         The malware it installs is a common trojan. The malware loader fetches the malware from a cloud drive, and \
         the malware steals passwords.",
        IncidentType::Phishing,
    ),
    (
        "a_seizure_of_a_sellers_sites_told_first_is_enforcement",
        "Contoso said on Wednesday that its Digital Crimes Unit had seized servers and \
         taken down websites run by Storm-9911, the largest seller of fraudulent accounts. \
         The group created 700 million accounts and sold the accounts in bulk; buyers used \
         the accounts for phishing, and stolen accounts and fake accounts fed other crimes. \
         Accounts were cheap, and more accounts followed.",
        IncidentType::LawEnforcement,
    ),
    (
        "hacktivists_taking_down_police_sites_is_no_enforcement",
        "Pro-Russian hacktivists took down the websites of the Northbridge police and \
         courts on Monday in a wave of DDoS attacks, flooding them with junk traffic.",
        IncidentType::Ddos,
    ),
    (
        "police_telling_of_hackers_taking_a_site_down_is_no_enforcement",
        "Police said hackers had taken down the website of Northbridge's city council in \
         a DDoS attack that flooded it with junk traffic for hours.",
        IncidentType::Ddos,
    ),
    (
        "physical_damage_after_a_phishing_entry_is_sabotage",
        "Intruders broke into the office network of a paper mill in Eastland with a \
         spear-phishing email, the national cyber agency said. From there a phishing lure \
         and stolen passwords took them into the production network, and a boiler could not \
         be stopped, causing massive damage to the plant. Analysts said it was one of very \
         few attacks known to have caused physical damage; training staff to spot phishing \
         emails would help.",
        IncidentType::Sabotage,
    ),
    (
        "hacktivists_encrypting_for_a_political_demand",
        "Hacktivists said they had broken into the network of Northland Railways and \
         encrypted its servers in a ransomware attack, to slow the trains carrying foreign \
         troops. They offered to hand over the keys if the government freed fifty political \
         prisoners.",
        IncidentType::Sabotage,
    ),
    (
        "hacktivists_asking_for_money_are_ransomware",
        "Hacktivists said they had broken into the network of Northland Railways and \
         encrypted its servers in a ransomware attack. They offered to hand over the keys \
         for 50 bitcoin.",
        IncidentType::Ransomware,
    ),
    (
        "a_detention_on_a_red_notice",
        ARREST_IN_THE_LEAD,
        IncidentType::LawEnforcement,
    ),
    (
        "malware_carried_by_a_suppliers_update",
        "Researchers found that a signed update of Globex Backup, pushed from the vendor's own \
         update server, carried a new backdoor. The malware installed a second stage on a few \
         hundred chosen machines; the attackers had tampered with the build system months \
         before.",
        IncidentType::SupplyChain,
    ),
    (
        "a_phishing_resistant_defence_is_no_phishing",
        "Thieves broke into the accounts of Globex Insurance last month with a stolen session \
         cookie and copied the names and policy details of 40,000 customers. The company said \
         it would move all staff to phishing-resistant security keys and phishing-resistant \
         sign-in by the summer.",
        IncidentType::DataBreach,
    ),
    (
        "an_intruder_at_a_water_plant",
        "Someone connected remotely to the computer that runs the water treatment plant of \
         Millbrook and tried to poison the water by raising the level of lye a hundredfold. \
         An operator saw the change and undid it. Officials said the attempt to cause physical \
         harm showed how exposed industrial control systems are.",
        IncidentType::Sabotage,
    ),
    (
        "pages_replaced_with_a_message",
        "The website of Northwind Air went down on Friday evening. Its pages were replaced \
         with insulting messages about the government and a claim by a group calling itself \
         Red Lotus; the site was back after three hours.",
        IncidentType::Defacement,
    ),
    (
        "malware_as_the_means_of_a_theft_of_money",
        "Criminals broke into the networks of several banks in Asia and installed malware on \
         the servers that approve card payments. The malicious code answered withdrawal \
         requests itself, so that accomplices could take cash out of ATMs: one cash-out took \
         about 13 million dollars in a weekend. The malware hid inside the legitimate \
         software.",
        IncidentType::FinancialTheft,
    ),
    (
        "malware_as_the_means_of_taking_research",
        "Three governments on Tuesday accused a foreign intelligence service of trying to \
         steal research on battery chemistry from universities and car makers. The attackers \
         used custom malware, two new backdoors and a loader, to keep access to the \
         laboratories' networks; the advisory lists the malware's files and its command \
         servers, and urges laboratories to look for the malware.",
        IncidentType::Espionage,
    ),
    (
        "a_breach_the_lead_calls_intelligence_gathering",
        "Hackers broke into the e-mail accounts of partners at Fabrikam Legal, a Brussels law \
         firm that advises on trade talks, in what appears to be an intelligence-gathering \
         operation, the firm told clients. The breach exposed messages and attachments; the \
         firm said no client records or personal data beyond those e-mails were taken, and \
         it reported the data breach to the regulator.",
        IncidentType::Espionage,
    ),
    (
        "spying_that_the_lead_denies_leaves_a_breach",
        "Hackers broke into the customer database of Fabrikam Telecom and took the personal \
         data of 200,000 subscribers, the company said; it denied that the data breach was \
         espionage. The breach exposed names, addresses and account numbers, and the company \
         reported the data breach to the regulator.",
        IncidentType::DataBreach,
    ),
    (
        "private_papers_published_after_a_break_in",
        "Someone broke into the personal e-mail account of the mayor of Northport and has \
         posted private correspondence and family photographs online, the city said. The \
         intruder guessed the answer to a security question and changed the password. The \
         breach of the account is being investigated, and the mayor said the personal data \
         exposed in the breach included home addresses.",
        IncidentType::HackAndLeak,
    ),
    (
        "papers_published_to_press_a_ransom_stay_a_breach",
        "Hackers who broke into Fabrikam Insurance have posted internal documents and customer \
         e-mails online. The breach exposed the personal data of 40,000 policyholders; the \
         intruders demanded a ransom before they published the files, and the company has \
         notified customers of the data breach.",
        IncidentType::DataBreach,
    ),
    (
        "a_hacker_ordered_to_be_detained_in_hospital",
        "A teenager who leaked stolen source code after breaking into the game studio \
         Fabrikam Games has been ordered to be detained in a secure hospital, a judge ruled \
         on Thursday. A jury had found that he carried out the hacking, blackmail and fraud \
         offences; the leaked footage was posted online and the fraud cost the studio \
         millions.",
        IncidentType::LawEnforcement,
    ),
    (
        "founders_who_have_each_been_sentenced",
        "The two co-founders of Fabrikam Bio, a start-up that built its business on \
         documents taken from a rival, have each been sentenced to a year in prison for \
         conspiring to steal trade secrets and commit wire fraud. Prosecutors said the fraud \
         cost the rival millions; the wire fraud counts were part of the plea.",
        IncidentType::LawEnforcement,
    ),
    (
        "a_breach_through_one_of_its_it_providers",
        "The Northland Party has denied that foreign government hackers got into its \
         systems, after a newspaper reported that a state group breached the party last week \
         through one of its IT providers, Contoso Corp. A ransomware attack on another \
         supplier last month disrupted hundreds of firms; ransomware gangs often target such \
         providers.",
        IncidentType::SupplyChain,
    ),
    (
        "documents_taken_through_a_flaw",
        "Hackers broke into a research institute through a vulnerability in its web server \
         and stole documents over several days, researchers said. The attackers exploited the \
         flaw, tracked as CVE-2018-0001, a known vulnerability in an unpatched server; the \
         vendor had released a patch for the vulnerability a year before.",
        IncidentType::Espionage,
    ),
    (
        "pages_replaced_first_arrests_recalled_after",
        "Hacktivists broke into web servers of Contoso Security on Tuesday night and replaced \
         pages on dozens of the company's sites with a message about an informant; the \
         defacement lasted hours.\nPolice \
         arrests of the movement's members followed the informant's work: the arrests of \
         five men, the arrests in London and Dublin, and charges against others were \
         announced by prosecutors. The arrested men were charged with hacking.",
        IncidentType::Defacement,
    ),
    (
        "a_theft_laundered_through_a_sanctioned_mixer",
        "Stolen cryptocurrency from last month's attack on the exchange Contoso has started \
         moving again, and analysts say the thieves are laundering it through the sanctioned \
         mixer Tornado Cash. The hackers stole about $110 million in tokens from the \
         exchange's hot wallets.\nThe sanctioned mixer was sanctioned by the Treasury in \
         2022; the sanctioned service has been sanctioned again.",
        IncidentType::FinancialTheft,
    ),
    (
        "a_theft_done_through_spear_phishing",
        "A hacking crew that researchers call Contoso Crew has stolen around 200 million \
         dollars from cryptocurrency exchanges in two years, relying on well-aimed \
         spear-phishing e-mails. The phishing e-mails impersonated investors; spear-phishing \
         lures with phishing links reached staff, and the phishing campaign went on for \
         months.",
        IncidentType::FinancialTheft,
    ),
    (
        "ransomware_that_came_in_through_a_meal_supplier",
        "The ransomware attack that has crippled one of Northport's biggest hospitals for a \
         week most likely came in through the company that supplies its patients' meals, \
         hospital officials said on Monday. The ransomware encrypted the hospital's records \
         system and the ransomware gang asked for a ransom.",
        IncidentType::SupplyChain,
    ),
    (
        "police_who_identified_the_hacker_and_referred_the_case",
        "Police have identified the hacker behind February's ransomware attack on Northport \
         Hospital as a 20-year-old man and referred the case to prosecutors. The ransomware \
         attack encrypted the hospital's servers and the ransomware gang leaked patient data \
         after the ransom was refused.",
        IncidentType::LawEnforcement,
    ),
    (
        "weaknesses_researchers_found_with_no_flaw_cue_beside",
        "Security researchers have found a string of weaknesses in the systems behind \
         Contoso's talking doll, weeks after it went on sale. A report says the companion \
         app and cloud services could expose recordings of children and account records; \
         the records could be read by anyone on the same network.",
        IncidentType::Vulnerability,
    ),
    (
        "a_bank_heist_by_payment_orders",
        "Thirty fraudulent payment orders went out over the interbank network in the name of \
         the Northland Central Bank overnight, moving about 80 million dollars from its account \
         abroad to accounts in three countries. Most of the money was withdrawn within days and \
         never recovered.",
        IncidentType::FinancialTheft,
    ),
    (
        "card_fraud_draining_accounts_is_a_theft_of_money",
        "Criminals drained money from thousands of current accounts at Northland Bank over a \
         weekend. The fraud began at night; the bank's fraud detection system sent text \
         messages to customers, whose calls soon overwhelmed the bank's fraud line, and its \
         fraud teams took a day to act. The attackers generated valid debit card numbers and \
         pushed through thousands of unauthorised transactions before a rule blocked the \
         fraudulent transactions. The bank refunded the stolen money.",
        IncidentType::FinancialTheft,
    ),
    (
        "a_fraud_detection_company_reporting_a_fraud",
        "The ad-fraud detection company Whiteout published a report on a scheme that billed \
         advertisers for video ads no human ever saw, and named the group behind it. The \
         operators faked 300 million views a day from rented servers. Two years later \
         prosecutors unsealed an indictment against eight men.",
        IncidentType::Fraud,
    ),
    (
        "researchers_disclosing_a_flaw_is_the_news",
        "Researchers from Northfield University disclosed a weakness in the way a firmware \
         library from Contoso Chips generates encryption keys, which lets anyone holding a \
         public key compute the private one. Contoso Chips shipped firmware updates for the \
         affected chips, and no attack using the flaw has been reported.",
        IncidentType::Vulnerability,
    ),
    (
        "private_data_of_politicians_published",
        "The private data of hundreds of politicians and public figures in Northland was \
         published on the internet over the holidays, from phone numbers to private chats. A \
         student confessed to gathering it from poorly protected e-mail and social media \
         accounts and posting it online.",
        IncidentType::HackAndLeak,
    ),
    (
        "hacktivists_who_leak",
        "SiegedSec said it had broken into a portal run by a regional energy regulator and posted leaked documents with the personal data of several thousand staff on its Telegram channel.\nThe regulator confirmed that personal data from the portal was among the leaked documents.",
        IncidentType::HackAndLeak,
    ),
    (
        "arrests_after_a_lead_about_the_attack",
        "Attackers phoned employees of a social network, posed as IT staff and talked them into giving up their credentials in a spear-phishing scheme, then hijacked famous accounts.\nMonths later police arrested three men; prosecutors charged them, and one pleaded guilty and was sentenced.",
        IncidentType::Phishing,
    ),
    (
        "takedown_in_the_lead",
        "Police in nine countries took down the infrastructure of a botnet and arrested two of its administrators. The malware had infected a million computers.",
        IncidentType::LawEnforcement,
    ),
    (
        "destructive_malware_is_sabotage",
        "A destructive wiper disguised as ransomware spread through a software update, destroyed the data of banks and ministries and wiped thousands of computers beyond recovery. The malware used a leaked exploit to spread.",
        IncidentType::Sabotage,
    ),
    (
        "state_intrusion_through_a_flaw_is_espionage",
        "The Russian state-sponsored group APT28 broke into the mailboxes of a parliament and downloaded e-mails of its members. A year later the parliament was hit through mail-server vulnerabilities that were being exploited in the wild.",
        IncidentType::Espionage,
    ),
    (
        "ransomware",
        "The LockBit ransomware gang encrypted systems at a logistics firm and demanded a ransom.",
        IncidentType::Ransomware,
    ),
    (
        "ddos",
        "Hacktivists launched a DDoS attack that flooded the airline's website with junk traffic.",
        IncidentType::Ddos,
    ),
    (
        "phishing",
        "A spear-phishing campaign sent lures impersonating journalists to harvest passwords.",
        IncidentType::Phishing,
    ),
    (
        "law_enforcement",
        "Police arrested two suspects and seized servers in a takedown; prosecutors indicted a third and sanctions followed.",
        IncidentType::LawEnforcement,
    ),
    (
        "patch_without_exploitation",
        "The vendor patched a critical flaw in its VPN appliance. There is no evidence of exploitation; customers should apply the security update.",
        IncidentType::Patch,
    ),
    (
        "unfixable_flaw_is_no_patch_story",
        "Researchers disclosed a flaw in a line of laptop processors that leaks secret keys from cryptographic code. The flaw is unpatchable in the silicon itself. The chip maker said software vendors can add workarounds in a later update, and users should install the security update when it comes.",
        IncidentType::Vulnerability,
    ),
    (
        "zero_day_exploited",
        "Attackers exploited a zero-day vulnerability, CVE-2024-0001, in a file transfer product before a fix existed.",
        IncidentType::Vulnerability,
    ),    (
        "wiper",
        "A cyberattack wiped data from thousands of computers at Saudi Aramco, the state oil company said. The Shamoon wiper overwrote hard drives with an image of a burning flag, and the company had to take its internal network offline for weeks, although oil production was not affected.",
        IncidentType::Sabotage,
    ),
    (
        "defacement",
        "Hackers defaced dozens of Ukrainian government websites overnight, replacing their home pages with a message in Ukrainian, Russian and Polish warning citizens to \"be afraid and expect the worst\". The Ministry of Foreign Affairs and the Ministry of Education were among the sites hit.",
        IncidentType::Defacement,
    ),
    (
        "deepfake_fraud",
        "A finance worker at a multinational firm in Hong Kong was tricked into paying out $25 million after a video call in which every other participant, including the company's chief financial officer, was a deepfake. Police said the scam used publicly available footage to recreate the executives.",
        IncidentType::Fraud,
    ),
    (
        "crypto_heist",
        "Hackers stole about $600 million in cryptocurrency from the Ronin bridge used by the blockchain game Axie Infinity. The FBI attributed the heist to North Korea's Lazarus Group, which gained control of five of the nine validator keys and drained the bridge in two transactions.",
        IncidentType::FinancialTheft,
    ),
    (
        "build_system_backdoor",
        "Attackers compromised the build system of SolarWinds and inserted a backdoor into updates of its Orion network monitoring software, which were then installed by about 18,000 customers, including US government agencies. Microsoft tracks the group behind the campaign as Nobelium.",
        IncidentType::SupplyChain,
    ),
    (
        "new_trojan",
        "Security researchers discovered a new Android banking trojan, dubbed Brokewell, that can take full control of infected phones. The malware spreads through fake browser updates and steals credentials for banking apps by overlaying fake login screens.",
        IncidentType::Malware,
    ),
    (
        "state_hackers_in_a_ministry",
        "Dutch military intelligence said Chinese state hackers broke into a network of the Dutch Ministry of Defence used for unclassified research and planted a remote access trojan called Coathanger on FortiGate devices. The intrusion was limited to that network, the ministry said.",
        IncidentType::Espionage,
    ),
    (
        "leaked_campaign_emails",
        "Emails stolen from the campaign of French presidential candidate Emmanuel Macron were dumped online two days before the runoff, in an operation French officials later tied to Russian military intelligence. The leak mixed genuine documents with fakes.",
        IncidentType::HackAndLeak,
    ),
    (
        "customer_records_leaked",
        "AT&T said the personal information of 73 million current and former customers, including Social Security numbers, was leaked on a hacking forum. The company has not determined whether the data came from its own systems or from a vendor, and has reset the passcodes of 7.6 million accounts.",
        IncidentType::DataBreach,
    ),
    (
        "zero_days_the_lead_tells_of_outweigh_a_later_partial_denial",
        "Acme warned that attackers had been using two previously unknown flaws in its firewalls to break into customer networks.\nAcme said it had seen no evidence of exploitation before authentication, and released fixes for both zero-days.",
        IncidentType::Vulnerability,
    ),
    (
        "a_denial_in_the_lead_outweighs_other_flaws_exploited",
        "Acme fixed a flaw in its network stack that had not been publicly disclosed or exploited before the fix.\nThe same monthly release addressed close to 90 flaws, six of which were already being exploited as zero-days in other components.",
        IncidentType::Patch,
    ),
    (
        "fix_not_exploited",
        "Apple released iOS 17.4.1 to fix two memory corruption flaws in WebKit and the kernel. The company said it was not aware of any reports that the issues had been exploited, and urged users to update their iPhones.",
        IncidentType::Patch,
    ),
    (
        "credential_phishing",
        "Researchers at Proofpoint observed a credential phishing campaign that sent tens of thousands of emails impersonating DocuSign to employees of law firms and accounting companies. The messages linked to fake Microsoft 365 login pages that captured passwords and session cookies.",
        IncidentType::Phishing,
    ),
    (
        "bank_websites_flooded",
        "Several Danish banks saw their websites and online banking knocked offline on Monday by a wave of distributed denial-of-service attacks. A pro-Russian group calling itself NoName057(16) claimed the attacks on Telegram, saying they were retaliation for Denmark's military aid to Ukraine. Services were restored within hours.",
        IncidentType::Ddos,
    ),
    (
        "charges_and_seizures",
        "The US Justice Department charged two Russian nationals over their alleged role in the LockBit ransomware operation, and police in Poland and Ukraine made arrests. Europol said investigators had seized 34 servers and frozen 200 cryptocurrency accounts linked to the gang.",
        IncidentType::LawEnforcement,
    ),
    (
        "the_enforcers_named_in_a_lead_take_no_action",
        "Hackers working for a foreign intelligence service spent a year inside the networks of \
         three phone carriers in a cyber-espionage campaign and reached the systems that handle \
         wiretap requests from law enforcement.\n\
         Officials called it the worst espionage case in years: the spies exfiltrated call \
         records of government staff.\n\
         Months later the Treasury sanctioned a company it said had helped the intrusions, and \
         imposed sanctions on two of its officers.",
        IncidentType::Espionage,
    ),
    (
        "a_sentence_in_the_first_sentence",
        "A former systems administrator who became an affiliate of the Contoso ransomware \
         operation was sentenced on Tuesday to 12 years in prison.\n\
         Contoso ransomware encrypted the networks of hospitals, schools and city councils; its \
         affiliates stole data, deployed the ransomware and demanded ransoms, and the ransomware \
         gang published the files of victims who refused to pay on its leak site. Prosecutors \
         said the ransomware attacks he ran hit dozens of victims.",
        IncidentType::LawEnforcement,
    ),
    (
        "wipers_and_the_master_boot_record",
        "Employees of Fabrikam found their computers unable to start: malware had overwritten \
         the master boot record and the attackers used wipers against thousands of machines. \
         The malware spread through the network, and the malware's loader hid in a scheduled \
         task.",
        IncidentType::Sabotage,
    ),
    (
        "a_court_authorised_operation_to_disrupt",
        "The FBI carried out a court-authorised operation to disrupt a botnet of hacked routers \
         run by Sandworm, the Russian military hackers blamed for the attacks on Ukraine's power \
         grid. Agents removed the malware from the devices that served as its command nodes.",
        IncidentType::LawEnforcement,
    ),
    (
        "a_states_phishing_of_a_government_is_espionage",
        "Gamaredon, a Russian espionage group, has targeted Ukrainian government agencies for \
         years to steal information. The group relied on spear-phishing: its phishing e-mails \
         carried attachments that loaded a remote template after they were opened.",
        IncidentType::Espionage,
    ),
    (
        "a_tampered_dependency_is_supply_chain",
        "Someone pushed a malicious commit to a popular build action used by thousands of \
         repositories, and every run printed secrets into its log. The tampering started \
         upstream, in another action the project relied on, and the tampered action reached \
         downstream projects in their continuous integration runs within hours. The flaw was \
         registered as CVE-2025-30066.",
        IncidentType::SupplyChain,
    ),
    (
        "a_sentence_first_then_the_crimes_and_the_arrest",
        "A Ukrainian man was sentenced on Tuesday to nine years in prison.\n\
         He had led a crew whose banking malware emptied the accounts of small businesses; the \
         malware stole passwords, and the malware spread by e-mail. Police arrested him in \
         Geneva in 2022, he was extradited and indicted, and prosecutors charged him.",
        IncidentType::LawEnforcement,
    ),
    (
        "malware_as_the_means_of_a_breach_of_millions",
        "Contoso Telecom said intruders had planted malware on its servers and stole the SIM \
         data of 26.9 million subscribers in a data breach. The breach exposed phone numbers and \
         identifiers; the stolen data was copied out over weeks. The malware, a new backdoor, \
         hid in the kernel.",
        IncidentType::DataBreach,
    ),
    (
        "malware_that_cut_off_heating",
        "Malware sent commands to the controllers of a municipal heating company and cut off \
         heating to 600 buildings, which were left without heat for two days. The malware is \
         the ninth malware built for operational technology; the malware runs on Windows and \
         the malware speaks Modbus.",
        IncidentType::Sabotage,
    ),
    (
        "a_states_breach_of_a_ministry_is_espionage",
        "Intruders broke into the Northbridge foreign ministry's network and stole documents in \
         a breach that went unnoticed for a year, officials said. The breach exposed files of \
         the ministry. Security sources said the evidence pointed to Turla, a Russian \
         espionage group.",
        IncidentType::Espionage,
    ),
    (
        "a_film_taken_down_is_no_takedown",
        "Customers of Contoso Bank found its website unreachable on 18 September 2012 as a \
         denial-of-service flood hit the bank. The group behind the flood said it would keep \
         going until an anti-Islam film was taken down, and warned that other videos must be \
         taken down too.\nIn 2016 prosecutors indicted seven men over the attacks, and a court \
         charged them.",
        IncidentType::Ddos,
    ),
    (
        "a_states_intrusion_through_a_zero_day_is_espionage",
        "Globex Heavy Industries, a defence contractor, confirmed a data breach: intruders had \
         been inside its network for months and personal data of 8,000 staff was stolen, along \
         with customer data. The attackers got in through a zero-day in an antivirus \
         management server, a zero-day the vendor later fixed, exploited in the wild. Officials \
         blamed Tick, a Chinese state-backed group.",
        IncidentType::Espionage,
    ),
    (
        "a_phished_developer_whose_extension_got_a_malicious_update",
        "Fabrikam Labs said a phishing attack on a developer let attackers push a malicious \
         update of its browser extension. The malicious update stole session cookies, and the \
         phishing e-mail had posed as a store notice; the phishing page stole a token.",
        IncidentType::SupplyChain,
    ),
    (
        "destruction_that_posed_as_ransomware",
        "Hackers who presented themselves as a new ransomware gang called DarkFoo encrypted \
         servers at Contoso University and demanded a ransom in bitcoin. Investigators say a \
         state group had posed as the DarkFoo ransomware gang: the destructive attack wiped \
         data, and destruction was the real goal. The ransomware note was a cover; the \
         university's systems were destroyed.",
        IncidentType::Sabotage,
    ),
    (
        "malware_in_trojanised_installers_is_supply_chain",
        "A hacking group slipped its malware into the trojanised installers that three makers \
         of industrial control system software offered on their websites. The malware, a \
         remote access trojan and backdoor, reached plants that run industrial control \
         systems; the researchers warned that the group had sabotage capabilities and that the \
         malware could map the control systems it found. It was one of the first supply chain \
         attacks on such plants.",
        IncidentType::SupplyChain,
    ),
    (
        "defacements_in_the_plural",
        "Visitors to the sites of four Northbridge news outlets found their headlines replaced \
         by an appeal against the war. One outlet said it was also facing a denial-of-service \
         attack. The defacements were short-lived; an unauthorised statement stayed online \
         for an hour at another outlet.",
        IncidentType::Defacement,
    ),
    (
        "rogue_versions_of_a_wallet_library_that_drained_crypto",
        "The wallet maker Contoso said an attacker had published three rogue versions of its \
         connect library to the npm package registry after phishing a former employee, whose \
         npm account still worked. Decentralised finance sites that loaded the library ran a \
         drainer that emptied visitors' crypto wallets; about 600,000 dollars in \
         cryptocurrency was stolen before a fixed version shipped.",
        IncidentType::SupplyChain,
    ),
    (
        "an_upgrade_feature_tampered_with_is_no_patch",
        "Contoso, the maker of the Vaultkeeper password manager, told customers that \
         attackers had tampered with its upgrade feature. Customers who ran an upgrade during \
         the window got a malicious upgrade; the upgrade channel served a modified library for \
         a day. The company sent an upgrade that removes it.",
        IncidentType::SupplyChain,
    ),
    (
        "an_attack_that_disrupted_services_is_no_takedown",
        "Hackers broke into the network of Northbridge's transport ministry on Sunday. The \
         attack disrupted the ministry's ticket sales for hours, officials said.",
        IncidentType::Sabotage,
    ),
    (
        "exploits_used_for_a_cve_in_active_campaigns_are_no_mere_patch",
        "Contoso said it had seen attackers using exploits for CVE-2020-1472 in active \
         campaigns, and urged administrators to install the patch it released in August for \
         the directory server flaw.",
        IncidentType::Vulnerability,
    ),
    (
        "a_fix_whose_vendor_is_not_aware_of_attacks_is_a_patch",
        "Contoso on Thursday released an out-of-band security update for a critical, wormable \
         vulnerability in its file-sharing protocol. Malware that exploited the flaw could \
         spread from machine to machine on its own. Contoso said it was not aware of any \
         attacks exploiting the flaw, and urged administrators to install the update.",
        IncidentType::Patch,
    ),
    (
        "charges_told_as_the_time_of_the_story_are_background",
        "Northgate on Monday published a report that names a second Chinese military unit \
         behind long-running cyber espionage against Western companies, three weeks after the \
         US Justice Department charged five officers of the People's Liberation Army with \
         hacking American firms. The unit's spies stole satellite designs from aerospace \
         companies in a cyber-espionage campaign that has run since 2007, gathering \
         intelligence for the army.\nThe five officers were indicted on 31 counts in May. \
         Prosecutors charged them with economic espionage, and the FBI put them on its most \
         wanted list.",
        IncidentType::Espionage,
    ),
    (
        "a_state_actors_theft_of_data_told_as_espionage_is_espionage",
        "Researchers said APT39, an Iranian espionage group, broke into the networks of two \
         telecommunications providers and stole call records, subscriber details and other \
         personal information. The breach exposed the data of many customers. The \
         cyber-espionage campaign lets an intelligence service track the movements of \
         individuals of interest.",
        IncidentType::Espionage,
    ),
    (
        "a_states_malware_that_gathers_information_is_espionage",
        "Sandworm, a unit of Russia's military intelligence, ran an intelligence operation \
         against the tablets of Northbridge soldiers. The malware was built to gather \
         information on troop movements; the malware steals files and sends stolen information \
         back. Analysts described the malware as a backdoor with a loader and an implant.",
        IncidentType::Espionage,
    ),
];

#[test]
fn negated_cue_does_not_decide_the_type() {
    let report = classify(
        "The outage was not ransomware, the company said; a faulty update to its booking system caused it.",
    );
    assert_ne!(
        report.classification.incident_type,
        IncidentType::Ransomware
    );
}

/// A fraud done by business e-mail compromise, told with "fraud" at every
/// turn: CLASSIFICATION.md files it under Phishing, whose Feature it names.
const INVOICE_FRAUD_BY_EMAIL: &str = "Globex Corp said a man posing as its supplier had \
     tricked its finance staff into wiring 17 million dollars. The fraud ran for months, with \
     forged invoices and a fraud scheme built on e-mail accounts that looked like the \
     supplier's. Prosecutors charged the man with wire fraud. Experts called it a textbook \
     case of business e-mail compromise.";

#[test]
fn a_fraud_done_by_business_email_compromise_is_phishing() {
    let c = classify(INVOICE_FRAUD_BY_EMAIL).classification;
    assert_eq!(c.incident_type, IncidentType::Phishing);
    assert_eq!(c.feature, "Business Email Compromise");
}

#[test]
fn an_insider_breach_is_tagged_and_featured_as_one() {
    let c = classify(
        "Globex Payments disclosed a data breach on Monday: a former employee had downloaded \
         internal reports on the customers of its trading app after leaving the company. The \
         reports held names and portfolio values of 8 million customers.",
    )
    .classification;
    assert_eq!(c.incident_type, IncidentType::DataBreach);
    assert_eq!(c.feature, "Insider Data Theft");
    assert_eq!(
        c.hashtags,
        ["#DataBreach", "#InsiderThreat", "#InsiderDataTheft"]
    );
}

/// A court that sentenced a person, told in the active voice, with a name
/// written in letters outside ASCII: the prosecution is the story, the
/// person the attacker.
#[test]
fn a_court_sentencing_a_person_is_a_prosecution() {
    let c = classify(
        "ESPOO, Finland -- A Finnish court on Tuesday sentenced Julius Aleksanteri Kivimäki \
         to six years in prison for the hack of the Contoso psychotherapy centre and the \
         extortion of thousands of its patients. The attacker had demanded a ransom in bitcoin \
         from the centre and then from each patient, threatening to publish their therapy \
         notes; the stolen data of 33,000 patients was leaked in a data breach. Kivimäki denied \
         the charges.",
    )
    .classification;
    assert_eq!(c.incident_type, IncidentType::LawEnforcement);
    assert_eq!(c.attacker, "Julius Aleksanteri Kivimäki");
    assert_eq!(c.feature, "Cybercrime Prosecution");
    assert_eq!(c.company, "Contoso");
}

/// A person's sentence told in the first sentence behind a dateline is a
/// prosecution of the person, and the story of the organisation the person
/// harmed, whatever botnet the story names.
#[test]
fn a_persons_sentence_after_a_dateline_is_a_prosecution() {
    let article = "TRENTON, N.J. \u{2014} A former Contoso University student who repeatedly \
         knocked the Contoso University network offline was sentenced on Friday to six months \
         of home incarceration.\nMarcus Odell, 22, of Fanwood, had pleaded guilty to computer \
         fraud. Odell used a botnet of hijacked cameras. The botnet flooded the network with \
         traffic, and the botnet's code was later published.";
    let c = classify(article).classification;
    assert_eq!(c.incident_type, IncidentType::LawEnforcement);
    assert_eq!(c.feature, "Cybercrime Prosecution");
    assert_eq!(c.attacker, "Marcus Odell");
    assert_eq!(c.company, "Contoso University");
}

/// Sabotage of a plant's industrial control systems is industrial; of
/// offices' computers by a wiper, a wiper attack.
#[test]
fn sabotage_of_plant_controls_is_industrial() {
    let cases = [
        (
            "Intruders took over the industrial control systems of a water utility in \
             Eastland and changed the chemical dosing, causing physical damage to its pumps.",
            "Industrial Sabotage",
        ),
        (
            "A wiper destroyed the data on thousands of office computers at Northbridge \
             Telecom; the destructive attack took its billing offline for days.",
            "Wiper Attack",
        ),
    ];
    for (article, feature) in cases {
        let c = classify(article).classification;
        assert_eq!(c.incident_type, IncidentType::Sabotage, "{article}");
        assert_eq!(c.feature, feature, "{article}");
    }
}

/// A defacement through a hijacked social-media account is featured as one.
#[test]
fn a_hijacked_account_is_featured_as_one() {
    let c = classify(
        "Syrian hacktivists hijacked the Twitter account of the Northbridge News Agency and \
         posted a false report of explosions; the defacement moved markets for minutes.",
    )
    .classification;
    assert_eq!(c.incident_type, IncidentType::Defacement);
    assert_eq!(c.feature, "Account Hijacking");
}

/// Hacking tools published for political effect are featured as a tool
/// leak; the leak, not the flaws the tools exploit, is the story.
#[test]
fn published_hacking_tools_are_a_tool_leak() {
    let c = classify(
        "A group calling itself the Night Owls has published hacking tools built for a \
         Northland intelligence agency, with a manifesto against the elites.\n\
         One exploit uses a flaw in Fabrikam firewalls; Fabrikam patched the vulnerability. \
         Researchers said the leak looked genuine.",
    )
    .classification;
    assert_eq!(c.incident_type, IncidentType::HackAndLeak);
    assert_eq!(c.feature, "Hacking Tool Leak");
}

/// Websites or domains taken from their owners by an enforcer's action are
/// featured as a domain seizure.
#[test]
fn seized_websites_are_a_domain_seizure() {
    let c = classify(
        "Contoso has taken control of 30 websites used by a China-based hacking group it \
         calls Bismuth, after a federal court granted the company's request to seize them.\n\
         Traffic to the websites now goes to Contoso's servers.",
    )
    .classification;
    assert_eq!(c.incident_type, IncidentType::LawEnforcement);
    assert_eq!(c.feature, "Domain Seizure");
}

/// A gang addressing a country's people ("Citizens of Indonesia, we
/// apologize") names no organisation hit.
#[test]
fn a_countrys_citizens_addressed_are_no_victim() {
    let report = classify(
        "Ransomware knocked out the servers of the Contoso Data Centre in Surabaya, which \
         hosts the online services of many agencies.\nDays earlier the gang had made an \
         unusual offer. In a statement shared by a dark web intelligence firm, the gang said it \
         would hand over the decryption key for free. \"Citizens of Indonesia, we apologize \
         for the fact that it affected everyone,\" the group wrote, describing its attack as a \
         kind of penetration test.",
    );
    assert!(
        !report.victims.iter().any(|v| v.starts_with("Citizens")),
        "{:?}",
        report.victims
    );
}

/// An employee who stole the customers' data and sold it to scammers: the
/// attacker is the rogue employee, the story the insider's theft of data,
/// not the fraud the buyers did with it.
#[test]
fn an_own_employee_who_sold_customer_data_is_an_insider_breach() {
    let c = classify(
        "Contoso said that one of its own employees had stolen the personal data of 60,000 \
         customers and sold the records to criminals, who then phoned customers while \
         pretending to be Contoso support staff in a tech support scam. The fraud cost some \
         customers hundreds of dollars.",
    )
    .classification;
    assert_eq!(c.attacker, "Rogue employee");
    assert_eq!(c.incident_type, IncidentType::DataBreach);
    assert_eq!(c.feature, "Insider Data Theft");
    assert_eq!(
        c.hashtags,
        ["#DataBreach", "#InsiderThreat", "#InsiderDataTheft"]
    );
}

/// A toolkit for attacking industrial control systems, caught before it
/// was used: the malware is the story, not a sabotage that did not happen.
#[test]
fn an_ics_toolkit_caught_before_use_is_malware() {
    let c = classify(
        "Four agencies warned that a state actor had built custom tools able to compromise \
         and control industrial control systems in an operational technology network: \
         programmable logic controllers and SCADA servers. The malware could disrupt critical \
         devices, cut off power or cause physical effects. Researchers called the malware \
         modular and the malware's authors skilled; the malware was caught before it had been \
         used against a target.",
    )
    .classification;
    assert_eq!(c.incident_type, IncidentType::Malware);
    assert_eq!(c.feature, "ICS Malware");
}

/// A smishing story that names a business e-mail compromise once, aside:
/// the feature the text is about, not the first row whose cue occurs.
#[test]
fn a_feature_written_throughout_beats_an_aside() {
    let c = classify(
        "Residents of Northbridge have been receiving text messages that pretend to come from \
         the country's identity authority. The smishing campaign lures victims to a fake site \
         that asks for card details.\nThe smishing texts were sent from hacked accounts; \
         smishing of this kind has grown, and the smishing kit is cheap. One victim had lost \
         money after a business email compromise.",
    )
    .classification;
    assert_eq!(c.incident_type, IncidentType::Phishing);
    assert_eq!(c.feature, "SMS Phishing");
}

/// A minister's mailbox phished, its e-mails published for effect: the
/// leak is the news, and the campaign behind it an influence operation.
#[test]
fn a_mailbox_phished_and_leaked_to_destabilise_is_hack_and_leak() {
    let c = classify(
        "NORTHBRIDGE -- The government said a hacking group was behind the theft and \
         publication of e-mails from the private mailbox of a minister. New batches of leaked \
         emails appeared on a Telegram channel every few hours; some of the leaked material \
         was forged. The attackers had used phishing against 4,000 e-mail accounts, and \
         officials called it a campaign to destabilise the country.",
    )
    .classification;
    assert_eq!(c.incident_type, IncidentType::HackAndLeak);
    assert_eq!(c.feature, "Influence Operation");
}

/// Sabotage by one of the victim's own people, named as a person, the
/// company's name between "former" and the noun.
#[test]
fn an_insiders_sabotage_is_tagged_and_featured_as_one() {
    let c = classify(
        "A two-week outage of Globex's chat service was caused by a former Globex engineer who \
         logged back into the company's cloud months after he left and wiped out 400 of its \
         servers, court records show.\nJohn Quincy Adamson, then 30, admitted that he deleted \
         the virtual machines. Adamson pleaded guilty and was sentenced to two years in prison.",
    )
    .classification;
    assert_eq!(c.incident_type, IncidentType::Sabotage);
    assert_eq!(c.feature, "Insider Sabotage");
    assert_eq!(
        c.hashtags,
        ["#CyberAttack", "#InsiderThreat", "#InsiderSabotage"]
    );
}

#[test]
fn a_person_prosecuted_is_tagged_by_the_operation() {
    let c = classify(ARREST_IN_THE_LEAD).classification;
    assert_eq!(c.hashtags.get(1).map(String::as_str), Some("#ShinyHunters"));
}

#[test]
fn type_table() {
    for (name, article, expected) in TYPES {
        let report = classify(article);
        assert_eq!(
            report.classification.incident_type, *expected,
            "case {name}"
        );
    }
}

#[test]
fn a_type_from_no_cue_says_it_is_the_last_resort() {
    for text in ["", "A bakery in Lyon updated its menu on Monday."] {
        let report = classify(text);
        assert!(
            report
                .evidence
                .iter()
                .any(|e| e.field == "Type" && e.rule.contains("last resort")),
            "{text:?}"
        );
    }
    // An empty article tells of no harm: the lowest level, and the evidence
    // says why. A text without a cue of its type may still tell of an attack.
    let report = classify("");
    assert_eq!(report.classification.severity, Severity::Minor);
    assert!(report
        .evidence
        .iter()
        .any(|e| e.field == "Severity" && e.rule.contains("no incident described")));
    let report = classify(
        "Hackers broke into radio stations in the south of Contosia on Monday and broadcast \
         a fake emergency address by the president, the government said.",
    );
    assert_eq!(report.classification.severity, Severity::Moderate);
    let report = classify("Ransomware encrypted the hospital's servers.");
    assert!(!report
        .evidence
        .iter()
        .any(|e| e.rule.contains("last resort")));
}

#[test]
fn negated_cues_are_reported_as_evidence() {
    let report = classify("The company denied a data breach and said no data was stolen.");
    assert!(report
        .evidence
        .iter()
        .any(|e| e.field == "Type" && e.rule == "negated cue"));
}

#[test]
fn severity_table() {
    let cases: &[(&str, &str, Severity)] = &[
        (
            "a_sum_stolen_in_an_earlier_theft_the_story_comes_after",
            "Attackers took cryptocurrency from the accounts of at least 6,000 customers of a \
             Ruritanian exchange, it said, by getting around its text-message checks. The \
             disclosure comes after the theft of about 600 million dollars from the Poly \
             Network protocol in August.",
            Severity::Moderate,
        ),
        (
            "the_best_known_case_is_another_incidents_sum",
            "Hackers tried to steal money from a Ruritanian bank by sending fraudulent \
             transfer messages through the SWIFT payments network this month, and the theft \
             could cost the lender up to 4 million dollars, it said. The best-known case is \
             February's theft from Bangladesh Bank, where attackers used stolen credentials to \
             move nearly 1 billion dollars and succeeded in sending 81 million dollars to \
             accounts in the Philippines.",
            Severity::Moderate,
        ),
        (
            "a_count_of_a_breach_revealed_the_same_week",
            "A student-assessment vendor told school districts that an intruder had reached an \
             old platform and copied names and e-mail addresses of teachers and students. The \
             disclosure arrived the same week Capital One revealed a breach affecting roughly \
             106 million people.",
            Severity::Moderate,
        ),
        (
            "a_count_of_records_after_a_possessive",
            "The Ruritanian Football Federation said on Tuesday that it had suffered a \
             cyberattack that led to the exfiltration of personal data belonging to people who \
             applied for a licence. Prosecutors said that potentially 1.5 million licence \
             holders' records had been fraudulently collected.",
            Severity::Major,
        ),
        (
            "malware_researchers_found_is_no_mere_finding",
            "Security researchers found a tampered firmware image for home routers that hides a \
             custom backdoor, and they link it to a Ruritanian criminal group. The backdoor lets \
             the attackers run commands, transfer files and relay traffic through the infected \
             routers.",
            Severity::Moderate,
        ),
        (
            "flaws_researchers_also_demonstrated_at_a_contest",
            "Contoso Motors was hacked twice at a car hacking contest in Tokyo, where teams \
             earned prize money for 49 previously unknown vulnerabilities in electric cars and \
             chargers.\nThe researchers also demonstrated attacks on three chargers. Contoso \
             said it would fix the flaws within 90 days.",
            Severity::Minor,
        ),
        (
            "a_researchers_flaw_whose_outage_is_only_what_it_could_do",
            "A Dutch security researcher says he has found a way to turn rooftop solar systems \
             against the power grid. He found 21 vulnerabilities in internet-connected solar \
             inverters made by Contoso Solar.\nAn attacker who took control of enough inverters \
             could switch them off at once and cause large-scale power outages across the grid, \
             he warned. No attack of this kind has been seen in the wild.",
            Severity::Minor,
        ),
        (
            "a_state_actor_exploiting_a_flaw_against_researchers",
            "Hackers from the Lazarus Group exploited a flaw in a popular web browser to break \
             into the computers of security researchers who visited a blog the group had set \
             up, Contoso's threat analysts said. The flaw has since been fixed, and the \
             researchers' machines were cleaned.",
            Severity::Major,
        ),
        (
            "an_activist_who_lost_control_of_his_account",
            "A Ruritanian activist lost control of his Twitter account on Friday morning, and \
             whoever took it over used it to post fake messages. The hijacked account posted \
             for hours before he got back into it in the afternoon.",
            Severity::Minor,
        ),
        (
            "a_brands_social_media_account_taken_over",
            "Hackers took over the Twitter account of Contoso Burgers on Monday and used it to \
             post offensive messages and a claim that the chain had been sold to a rival. The \
             company regained control of the account after about an hour and apologised to its \
             followers.",
            Severity::Minor,
        ),
        (
            "a_prime_ministers_social_media_account_taken_over",
            "Hackers took over the Twitter account of Prime Minister Jan Novak on Monday and \
             used it to post offensive messages. His office regained control of the account \
             after about an hour.",
            Severity::Moderate,
        ),
        (
            "any_disruption_is_a_supposition",
            "Contoso Dairy said the Play ransomware gang encrypted servers and stole employee \
             data. Its members produce around 23 per cent of all milk in the country, which \
             makes any disruption at its plants a concern for processors.",
            Severity::Moderate,
        ),
        (
            "the_students_a_vendor_serves_are_no_count_of_victims",
            "Contoso for Kids, a nonprofit that runs a data platform for schools, said a hacker \
             stole files on students in Chicago from one of its servers. It serves 267 school \
             systems with 2.8 million students.",
            Severity::Moderate,
        ),
        (
            "the_users_a_platform_stores_records_for_are_no_count_of_victims",
            "Contoso HR said attackers reached a third-party customer database but not the \
             customer tenants in which more than 11,000 organisations store employee records \
             for around 70 million users.",
            Severity::Moderate,
        ),
        (
            "records_stolen_for_millions_are_a_count_of_victims",
            "Contoso Bank said hackers stole records for 70 million customers from its servers.",
            Severity::Major,
        ),
        (
            "ransomware_with_advice_to_keep_offline_backups_disrupts_nothing",
            "The Contoso Health Trust said it paid a ransom of 1.1 million dollars to the NetWalker ransomware gang after the hackers encrypted servers in its medical school. Security specialists urged universities to keep offline backups.",
            Severity::Moderate,
        ),
        (
            "ransomware_the_defenders_halted_disrupts_nothing",
            "Fabrikam Research said ransomware operators from the Maze gang tried to encrypt its network on Saturday. Its IT staff were able to halt it and restore computer systems by the end of the day.",
            Severity::Moderate,
        ),
        (
            "a_spokesman_unable_to_comment_is_no_disruption",
            "Contoso Schools was hit by a ransomware attack claimed by the Royal gang, which stole files from its network. \"We are unable to provide additional details at this time,\" a spokesperson said.",
            Severity::Moderate,
        ),
        (
            "ransomware_with_no_operational_disruption",
            "Contoso Foods said it had been hit by LockBit ransomware, which encrypted files on its network. There has been no operational disruption and stores continue to trade as normal.",
            Severity::Moderate,
        ),
        (
            "the_police_disrupting_the_gang_is_no_disruption",
            "Contoso Pharma paid the NetWalker ransomware gang after an attack that encrypted files on its network. References: Authorities disrupt the NetWalker ransomware operation.",
            Severity::Moderate,
        ),
        (
            "access_shut_down_by_the_victim_is_no_disruption",
            "Contoso Transit said the RansomEXX ransomware encrypted part of its network and that it had taken steps to isolate the incident and shut down further unauthorised access.",
            Severity::Moderate,
        ),
        (
            "ransomware_that_disrupted_deliveries_is_major",
            "Contoso Foods said LockBit ransomware encrypted its network and disrupted deliveries to its stores for a week.",
            Severity::Major,
        ),
        (
            "a_government_backing_the_hackers_is_no_target",
            "Hackers backed by the Iranian government ran a targeted phishing campaign over \
             WhatsApp against staff of a human rights group, a researcher and several \
             journalists, the group said on Monday.",
            Severity::Moderate,
        ),
        (
            "a_sum_processed_is_not_a_sum_stolen",
            "Criminals took over accounts of Contoso Coffee's mobile app and drained the stored \
             balances of customers, then stole more through the automatic top-up from linked \
             cards. Contoso said it processed about 2 billion dollars in mobile payments last \
             year.",
            Severity::Moderate,
        ),
        (
            "a_states_espionage_against_a_company_is_major",
            "Contoso Telecom said hackers working for a foreign intelligence service had spied \
             on its engineers for two years, reading their e-mail and copying design documents \
             in a cyber espionage campaign.",
            Severity::Major,
        ),
        (
            "a_count_another_company_revealed_is_background",
            "Contoso Tickets confirmed that a hacker obtained the names and addresses linked to \
             27 million accounts. It is one of the largest breaches disclosed this year, after \
             Fabrikam revealed in March that data on about 150 million users of its app had \
             been stolen.",
            Severity::Major,
        ),
        (
            "a_state_group_inside_a_nuclear_power_plant",
            "The Contoso Power Corporation has confirmed that malware was found on its network \
             at the Eastbay Nuclear Power Plant. Researchers linked the malware, DTrack, to the \
             Lazarus Group.",
            Severity::Major,
        ),
        (
            "a_patch_story_recalling_attacks_on_power_grids_is_no_attack",
            "Contoso has released security updates for a critical flaw in its programmable logic \
             controllers that could let a remote attacker bypass authentication. Once connected, \
             an attacker could upload malicious logic, potentially disrupting physical processes \
             in plants. The Triton malware that hit a Saudi petrochemical plant in 2017 and the \
             Industroyer tool used against Ukraine's power grid in 2016 both abused engineering \
             protocols. Customers should apply the security updates; the patched firmware is \
             available now.",
            Severity::Moderate,
        ),
        (
            "an_earlier_breachs_count_is_background",
            "Contoso Bank told 1.5 million clients that their names, addresses and account \
             balances may have been stolen by a former employee. The disclosure comes months \
             after the Equifax breach exposed the personal data of almost 148 million Americans.",
            Severity::Major,
        ),
        (
            "a_sum_only_attempted_is_no_theft",
            "Hackers stole about $2 million from a credit union by sending fraudulent orders \
             through its online banking portal, the credit union said. In January, hackers tried \
             to make fraudulent international transfers of about $110 million from Contoso Bank \
             through the SWIFT network; the bank detected the attempt before money was lost.",
            Severity::Moderate,
        ),
        (
            "an_interbank_payment_network_disrupted",
            "Hackers sent fraudulent orders through the systems that banks use to connect to the \
             central bank's interbank payment network, and the central bank confirmed that the \
             disruption of the payment network had been a cyberattack.",
            Severity::Major,
        ),
        (
            "not_aware_of_the_vulnerability_being_exploited",
            "Contoso has released a patch for a critical flaw in its directory server, \
             CVE-2024-1234, that lets attackers take over domain controllers. Contoso said it is \
             not aware of the vulnerability being exploited in the wild.",
            Severity::Moderate,
        ),
        (
            "millions_of_passengers_or_cards_are_records",
            "Northwind Airways said hackers had gained access to the personal data of up to \
             9.4 million passengers. The airline is contacting those affected.",
            Severity::Major,
        ),
        (
            "millions_of_payment_cards_are_records",
            "Contoso Stores said criminals using custom-built malware stole data from an \
             estimated 5 million payment cards used at its stores.",
            Severity::Major,
        ),
        (
            "trains_late_across_a_country",
            "Trains ran late across large parts of Northland on Wednesday after a \
             denial-of-service attack knocked out IT systems at the Northland Transport \
             Administration, the agency that runs the rail network.",
            Severity::Major,
        ),
        (
            "sixty_million_dollars_stolen",
            "Hackers stole $60 million in cryptocurrency from the hot wallet of the Contoso \
             exchange on Tuesday. The exchange said customers would be reimbursed from its own \
             funds.",
            Severity::Major,
        ),
        (
            "a_sum_a_court_awarded_is_no_theft",
            "Michael Vessel, an early cryptocurrency investor, lost close to $4 million in digital \
             tokens after criminals took control of his phone number and stole the coins. In May \
             a court awarded him $75.8 million in a civil judgment against the young man behind \
             the theft.",
            Severity::Moderate,
        ),
        (
            "a_state_group_now_exploiting_a_critical_flaw",
            "Contoso says a state-sponsored hacking group is now exploiting Loginfail, the \
             critical flaw in its directory server that lets an attacker take over a domain \
             controller. The company released a patch in August and again urged administrators \
             to install the update.",
            Severity::Major,
        ),
        (
            "ransomware_that_cancelled_classes",
            "A ransomware attack hit the Northfield school district in February. Two days \
             later the district abruptly cancelled parent-teacher conferences, citing technical \
             difficulties, while staff worked to restore systems.",
            Severity::Major,
        ),
        (
            "several_previously_unknown_vulnerabilities_exploited",
            "Attackers exploited several previously unknown vulnerabilities in Acme's file \
             transfer appliance to steal data from dozens of its customers. Acme later \
             patched four flaws. A single set of zero-day vulnerabilities in a niche tool had \
             opened dozens of networks.",
            Severity::Major,
        ),
        (
            "a_flaw_being_exploited_on_a_large_scale",
            "A week after it was made public, the flaw in the Fabrikam command shell is being \
             exploited on a large scale, and administrators are still hunting for vulnerable \
             appliances.\nThe flaw, tracked as CVE-2014-6271, lets an attacker run commands \
             on web servers.",
            Severity::Critical,
        ),
        (
            "an_older_flaw_exploited_on_a_large_scale_is_background",
            "Contoso patched a serious flaw in its VPN gateway this week.\nAn older flaw in \
             the gateway, fixed in 2019, was scanned for and exploited on a large scale later \
             that year. The new flaw, CVE-2021-22893, has not been exploited, the company said.",
            Severity::Moderate,
        ),
        (
            "a_products_user_base_is_no_count_of_victims",
            "Cybercriminals have been exploiting a previously unknown vulnerability in \
             Fabrikam Archiver to infect the computers of traders, researchers said. The flaw \
             was exploited in the wild as a zero-day before the patch. Fabrikam Archiver is \
             estimated to have more than 500 million users.",
            Severity::Major,
        ),
        (
            "the_people_a_programme_helped_are_no_count_of_victims",
            "Intruders reached a database that Contoso runs for the patient support programme \
             of Fabrikam Pharma and exposed the names and addresses of 40,000 people. The free \
             programme helped more than 1.2 million patients last year.",
            Severity::Moderate,
        ),
        (
            "cards_a_standard_is_used_in_are_no_count_of_victims",
            "Researchers at a Swiss university have found a flaw in the EMV standard, used in \
             some 9 billion payment cards worldwide, that lets an attacker skip the PIN on \
             contactless payments. The researchers demonstrated the attack in a video; there \
             is no sign that criminals have used it.",
            Severity::Minor,
        ),
        (
            "a_count_of_current_and_former_users",
            "Globex Payments said on Monday that a former employee had downloaded internal \
             reports on the customers of its trading app, and that it was contacting about 8.2 \
             million current and former users.",
            Severity::Major,
        ),
        (
            "hacktivists_flooding_government_websites_are_no_state_actor",
            "The websites of the Northland Senate and the Ministry of Defence went offline on \
             Wednesday under a denial-of-service attack claimed by the pro-Russian hacker \
             collective Killnet. Killnet, which had attacked government websites in another \
             country in April, boasted about it on Telegram. The national centre for the \
             protection of critical infrastructure worked with the bodies affected, analysing \
             the attacks.",
            Severity::Moderate,
        ),
        (
            "a_state_sponsored_actor_against_a_government_body",
            "The government of Northland said on Tuesday that the network of its Ministry of \
             Research had been breached by what it called a highly sophisticated Chinese \
             state-sponsored actor.",
            Severity::Major,
        ),
        (
            "zero_days_used_against_government_networks",
            "Acme warned that a group had been using two previously unknown flaws in its \
             firewalls to plant malware on government networks.\nAcme said it had seen no \
             evidence of exploitation before authentication, and released fixes for both \
             zero-days.",
            Severity::Major,
        ),
        (
            "a_fraud_of_hundreds_of_millions",
            "Impostors filed tens of thousands of fake claims with the unemployment office of \
             Northland in May, using identities stolen elsewhere, and the fraud drained about \
             550 million dollars before payments were paused.",
            Severity::Major,
        ),
        (
            "sabotage_of_a_water_supply_stopped_in_time",
            "Someone connected remotely to the computer that runs the water treatment plant of \
             Millbrook and tried to poison the water supply by raising the level of lye a \
             hundredfold. An operator saw the change and undid it at once, and the water was \
             never affected.",
            Severity::Major,
        ),
        (
            "a_states_intelligence_service_is_a_state_actor",
            "The websites of Northland's Ministry of Defence went offline on Tuesday under a \
             flood of traffic, and the ministry's site had been hit by millions of requests a \
             second. Officials said Russian military intelligence was behind the \
             denial-of-service attack.",
            Severity::Major,
        ),
        (
            "a_destructive_attack_that_halts_its_victim",
            "Attackers destroyed the broadcast servers of Northland's largest television network \
             overnight with wiper malware, and its eleven channels went black for most of the \
             evening. The network said the attackers had been inside its systems for weeks before \
             they destroyed the equipment.",
            Severity::Major,
        ),
        (
            "government_networks_not_breached",
            "The private e-mails and chats of dozens of members of parliament were posted \
             online by a hacker who said he wanted to embarrass them. The national security \
             office said government networks had not been breached and that the data came from \
             private accounts.",
            Severity::Moderate,
        ),
        (
            "a_sum_in_dollars_is_no_count_of_accounts",
            "Fraudsters impersonating executives tricked Contoso's finance staff into sending \
             46.7 million dollars to accounts they controlled, in a business e-mail compromise \
             scheme.",
            Severity::Moderate,
        ),
        (
            "rather_than_a_mass_exploitation",
            "Attackers exploited a vulnerability in Contoso's phones through a handful of hacked \
             websites. Contoso said the attack had been narrowly focused rather than a mass \
             exploitation of its phones, and patched the flaw.",
            Severity::Moderate,
        ),
        (
            "a_sum_written_in_dollars",
            "Hackers stole 4,502 bitcoin, worth roughly 308 million dollars, from the \
             cryptocurrency exchange Contoso in a theft of crypto-assets.",
            Severity::Major,
        ),
        (
            "what_the_actor_is_known_for_is_not_this_story",
            "The ransomware group best known for the mass exploitation of file-transfer \
             software has exploited a zero-day flaw in Contoso HelpDesk, Microsoft said. \
             Contoso released a fix on Thursday.",
            Severity::Major,
        ),
        (
            "a_products_users_counted_are_not_its_victims",
            "Attackers exploited a zero-day flaw in Contoso HelpDesk, an IT service management \
             product used by thousands of companies, Microsoft said. Contoso released a fix on \
             Thursday.",
            Severity::Major,
        ),
        (
            "servers_reachable_online_are_exposed_not_exploited",
            "Attackers exploited a zero-day flaw in Contoso HelpDesk, Microsoft said. Scans \
             found roughly 400 Contoso servers directly reachable from the internet and 2,000 \
             exposed instances. Contoso released a fix on Thursday.",
            Severity::Major,
        ),
        (
            "a_theft_of_a_hundred_million_told_as_a_loss",
            "An attacker emptied the treasury of Contoso Finance, a cryptocurrency lending \
             protocol, with a flash loan on Sunday. The protocol put the total loss at 182 \
             million dollars; the thief kept about 80 million dollars in ether.\n\
             References:\n- CoinDesk: Attacker drains $182 million from Contoso Finance",
            Severity::Major,
        ),
        (
            "no_reports_of_use_in_attacks_is_no_exploitation",
            "A Contoso security researcher has shown that a generation of Fabrikam processors \
             can be made to leak data, and published proof-of-concept code. The flaw is tracked \
             as CVE-2023-20593.\n\
             There are no reports that the flaw has been used in attacks. Fabrikam released \
             microcode updates.",
            Severity::Minor,
        ),
        (
            "the_countrys_main_airports_stopped",
            "Ransomware hit a government data centre on Thursday; within hours immigration \
             checks stopped at the country's main airports and disrupted online services run \
             by 200 agencies, officials said.",
            Severity::Critical,
        ),
        (
            "an_airports_website_offline_is_no_national_outage",
            "A pro-Russian group knocked the websites of the country's main airports offline \
             for a few hours with a denial-of-service attack; flights were not affected.",
            Severity::Moderate,
        ),
        (
            "a_national_outage_recalled_in_the_background",
            "Ransomware hit Northfield Health, a group of six hospitals, on Tuesday, and its \
             clinics cancelled appointments for two days.\nThe hospitals went back to \
             paper records while the systems were restored.\nHospitals are frequent targets: \
             last year's attack on a payments processor disrupted prescriptions at hospitals \
             across the country.",
            Severity::Major,
        ),
        (
            "mass_exploitation_told_late_is_the_campaigns_background",
            "Fabrikam Bank said attackers broke into its file-transfer server through a \
             zero-day vulnerability in Contoso's transfer appliance and took customer files.\n\
             The bank has notified the people affected and patched the server.\nContoso \
             released a fix for the flaw, tracked as CVE-2024-0001, last week.\nThe flaw has \
             been exploited on a mass scale: the gang behind the campaign says it reached \
             thousands of servers.",
            Severity::Major,
        ),
        (
            "a_sum_taken_from_users_is_no_count_of_records",
            "The decentralised finance platform Contoso Finance said an attacker injected \
             code into its website and drained about $120 million from its users' wallets \
             last week.",
            Severity::Major,
        ),
        (
            "a_customer_reached_through_a_suppliers_zero_day",
            "Fabrikam Foods has notified 20,000 employees of a data breach after their \
             personal data was stolen through Contoso's file transfer software, which a \
             ransomware gang exploited as a zero-day to steal data from hundreds of firms. The \
             breach exposed names and bank details; the data breach notice says the stolen data \
             was taken in May.",
            Severity::Moderate,
        ),
        (
            "hospitals_recalled_in_the_background_of_a_ransomware_story",
            "The Fabrikam golf association said a ransomware attack encrypted files on its \
             servers and that it was restoring them from backups.\nThe gang asked for a \
             ransom in bitcoin.\nRansomware gangs have also hit hospitals and schools this \
             year.",
            Severity::Moderate,
        ),
        (
            "hospital_websites_knocked_offline_are_no_infrastructure",
            "The websites of nine hospitals in Northland were knocked offline for several hours \
             on Sunday by a distributed denial-of-service attack claimed by a group calling \
             itself Contoso Sudan. The group earlier ran a DDoS campaign against hospital and \
             health system websites elsewhere; patient care was not affected.",
            Severity::Moderate,
        ),
        (
            "a_national_health_service_switched_off",
            "The country's public health service switched off almost all of its computer \
             systems after criminals began encrypting them with ransomware. Staff at the \
             country's public hospitals went back to pen and paper for weeks.",
            Severity::Critical,
        ),
        (
            "a_takedown_is_not_the_attacks_it_answers",
            "Police took down a botnet of hacked routers run by Sandworm, the Russian military \
             hackers blamed for the attacks on Ukraine's power grid, and seized its servers in a \
             takedown.",
            Severity::Moderate,
        ),
        (
            "safety_controllers_attacked_with_loss_of_life_at_stake",
            "Malware reached the safety controllers of a chemical plant and tried to rewrite their logic. Had it worked, the plant could have suffered an explosion or a toxic gas release with loss of life.",
            Severity::Critical,
        ),
        (
            "a_zero_click_flaw_being_used_against_people",
            "The phone maker shipped emergency updates to close a zero-click vulnerability in its messaging app that was being used to plant spyware on the phones of journalists.",
            Severity::Major,
        ),
        (
            "no_loss_of_life_is_no_risk_to_life",
            "Malware reached the office network of a chemical plant and encrypted its file servers. Production went on and there was no loss of life, the company said.",
            Severity::Moderate,
        ),
        (
            "ambulances_diverted_is_a_risk_to_life",
            "Ransomware took the electronic health records of a regional hospital chain offline for weeks. Several of its hospitals diverted ambulances to other cities while staff went back to paper charts.",
            Severity::Critical,
        ),
        (
            "a_takedowns_counts_measure_the_operation",
            "German police seized the servers of a darknet market and took it offline. The market had about 17 million customer accounts and thousands of sellers, prosecutors said, and its administrators were charged.",
            Severity::Moderate,
        ),
        (
            "a_claimed_count_yields_to_a_confirmed_one",
            "A seller on a forum began advertising data on more than 100 million customers of a phone carrier. The carrier later confirmed that the records of 40 million people had been taken in the breach.",
            Severity::Major,
        ),
        (
            "zero_day_under_active_exploitation_as_written_in_a_headline",
            "A VPN maker disclosed two zero-day vulnerabilities in its gateway. Active exploitation of the two zero-days began in December, the responders said, and the vendor released a mitigation.",
            Severity::Major,
        ),
        (
            "state_actor_defacing_government_sites",
            "Dozens of Moldovan government websites were defaced overnight with threats against officials. Investigators tied the defacements to Sandworm, the unit of Russia's military intelligence.",
            Severity::Major,
        ),
        (
            "records_over_100_million",
            "Hackers stole data of 150 million customers from the retailer in a breach.",
            Severity::Critical,
        ),
        (
            "zero_day_in_the_wild",
            "Attackers exploited a zero-day in the firewall; the flaw was actively exploited in the wild.",
            Severity::Major,
        ),
        (
            "state_hackers_in_a_ministry",
            "Dutch military intelligence said Chinese state hackers broke into a network of the Dutch Ministry of Defence used for unclassified research and planted a remote access trojan called Coathanger on FortiGate devices. The intrusion was limited to that network, the ministry said.",
            Severity::Major,
        ),
        (
            "critical_flaw_actively_exploited",
            "Citrix warned customers that a critical flaw in NetScaler ADC and Gateway, CVE-2023-4966, is being actively exploited to hijack authenticated sessions. Thousands of appliances remain unpatched, and ransomware gangs have begun using the bug, dubbed Citrix Bleed, to break into corporate networks.",
            Severity::Major,
        ),
        (
            "fuel_cards_down_nationwide",
            "Petrol stations across Iran stopped serving customers after a cyber-attack on the fuel card system; officials said 70 percent of the country's stations were affected.",
            Severity::Critical,
        ),
        (
            "patient_died",
            "A ransomware attack on a pathology supplier delayed blood tests at two hospitals, and a patient who died had waited for a result, the hospital confirmed.",
            Severity::Critical,
        ),
        (
            "failed_attempt",
            "Fraudsters impersonated the chief executive of a shipping firm on a video call to ask a manager for a transfer. The attempt failed because the manager called the executive back.",
            Severity::Minor,
        ),
        (
            "stock_exchange_halted_by_ddos",
            "The national stock exchange halted trading for a second day after a DDoS attack knocked its website offline.",
            Severity::Major,
        ),
        (
            "flaw_exploited_on_a_mass_scale",
            "A critical flaw in a popular logging library, CVE-2099-0001, was exploited on a mass scale within hours of its disclosure.",
            Severity::Critical,
        ),
        (
            "state_actor_victims_included_departments",
            "The intrusion was attributed to APT29. Its victims included the departments of Energy and Commerce.",
            Severity::Major,
        ),
        (
            "mass_exploitation_of_another_flaw_is_context",
            "The APT28 group broke into the mailboxes of a parliament. The parliament was hit again a year later through mail-server flaws that were being mass-exploited worldwide.",
            Severity::Major,
        ),
        (
            "a_part_of_a_services_accounts_counts_the_part",
            "Hackers took over thousands of Contoso Games accounts by guessing passwords, the \
             company said. Contoso said the accounts involved were a small portion of its more \
             than 80 million active accounts.",
            Severity::Moderate,
        ),
        (
            "a_count_of_which_some_were_hit_is_the_whole",
            "Attackers took over about 900 of some 1.5 million registered accounts of the \
             Contoso Pay app and spent their balances, the company said.",
            Severity::Moderate,
        ),
        (
            "a_sum_in_a_sentence_opening_last_year_is_an_earlier_theft",
            "Contoso Bank said on Monday that hackers stole about 2 million dollars through \
             fraudulent transfers from its systems. Last year the Fabrikam exchange lost about \
             530 million dollars in a theft from its hot wallet.",
            Severity::Moderate,
        ),
        (
            "a_count_in_a_sentence_opening_with_an_earlier_year_is_background",
            "Contoso Telecom said an employee had copied a file of staff records to a personal \
             drive in March 2023. In 2019 the company disclosed that data on 4.9 million \
             customers had been taken in an earlier breach.",
            Severity::Moderate,
        ),
        (
            "small_phishing_campaign",
            "A phishing campaign sent fake invoices to a few small businesses.",
            Severity::Moderate,
        ),
    ];
    for (name, article, expected) in cases {
        assert_eq!(
            classify(article).classification.severity,
            *expected,
            "case {name}"
        );
    }
}

/// Company and Target: (name, article, company, target).
const VICTIMS: &[(&str, &str, &str, &str)] = &[
    (
        "the_attackers_country_is_not_the_victims",
        "Prosecutors are investigating a suspected Chinese cyberattack on the country's \
         civilian intelligence service, after a newspaper reported that hackers had read a \
         slice of the agency's e-mail for two years. The intruders came in through a flaw \
         in an e-mail gateway.",
        "Unknown",
        "Unknown",
    ),
    (
        "a_collective_s_member_sentenced_for_harm_to_a_named_organisation",
        "A Nebraska man has been sentenced to a year in federal prison for his part in a \
         campaign by the Anonymous collective. Jon Doeman, 21, admitted that he downloaded \
         software and used it in an attack on the Church of Fabrikam, flooding its websites \
         with traffic. The websites of the Church of Fabrikam were knocked offline for days. \
         He said he acted as a member of Anonymous, which had declared war on the church. \
         Anonymous later targeted other sites.",
        "Church of Fabrikam",
        "Church of Fabrikam Websites",
    ),
    (
        "a_year_before_botnet_names_no_botnet",
        "A former security guard was sentenced on Tuesday to nine years in prison for \
         planting malware on the computers of the Contoso Clinic in Dallas, where he worked \
         nights. He had been arrested in 2009 and pleaded guilty. In 2005 a botnet run by \
         another man had infected hospital computers in Seattle.",
        "Contoso Clinic",
        "Contoso Clinic",
    ),
    (
        "a_brand_named_with_its_s_keeps_it",
        "Hackers took over McDonald's Instagram account on Wednesday and used it to promote a \
         fake cryptocurrency token, posting messages about a coin named after a mascot. \
         McDonald's said it had regained control of the account and apologised, adding that \
         the posts did not come from the company.",
        "McDonald's",
        "McDonald's",
    ),
    (
        "a_national_centre_is_its_countrys_government",
        "Hackers broke into the systems of the National Contoso Information Center in Vietnam \
         and stole the credit records of 160 million people, the authorities said. The National \
         Contoso Information Center said it was investigating.",
        "Vietnam",
        "Vietnamese National Contoso Information Center",
    ),
    (
        "a_customs_service_is_its_countrys_government",
        "Hackers broke into the computer systems of the Contoso Customs and stole the travel \
         records of 100,000 people, officials in Britain said on Monday. Contoso Customs said \
         the data included photographs.",
        "United Kingdom",
        "British Contoso Customs",
    ),
    (
        "a_state_university_is_no_government",
        "Chinese hackers broke into the computer network of the Pennsylvania State University \
         and stole research data from its engineering college over two years, the university \
         said.",
        "Pennsylvania State University",
        "Pennsylvania State University",
    ),
    (
        "a_collection_agency_is_a_business",
        "The American Medical Collection Agency, a billing company, said hackers broke into its \
         payment web page and stole the data of 20 million patients of the labs it serves.",
        "American Medical Collection Agency",
        "American Medical Collection Agency",
    ),
    (
        "a_short_name_in_parentheses_gives_its_scores_to_the_long_name",
        "A package called ctx was turned into a credential stealer after someone took over its \
         maintainer's account on the Python Package Index (PyPI) by re-registering the expired \
         domain behind the maintainer's e-mail address. PyPI administrators removed the \
         malicious versions. Attackers have targeted PyPI before, and PyPI was hit by a wave of \
         typosquatting uploads last year.",
        "Python Package Index",
        "Python Package Index Users",
    ),
    (
        "a_bureau_of_something_is_a_government_body",
        "Hackers working for a foreign intelligence service broke into the computer network of \
         the Bureau of Meteorology, the Australian government's weather agency, and planted \
         malware on its systems.",
        "Australia",
        "Australian Bureau of Meteorology",
    ),
    (
        "a_name_glued_by_an_ampersand_keeps_its_stop_word",
        "A Pakistani man who bribed employees at an AT&T call centre to plant malware on the \
         company's network was sentenced to 12 years in prison on Tuesday.",
        "AT&T",
        "AT&T Network",
    ),
    (
        "a_capitalised_piece_of_an_address_is_no_victim",
        "Hackers stole customer records from an online retailer, according to a filing \
         posted at https://example.com/s/BJGs6Tfiw.",
        "Unknown",
        "Unknown",
    ),
    (
        "the_organisation_a_sentenced_person_harmed_not_the_botnet_used",
        "TRENTON, N.J. \u{2014} A former Contoso University student who repeatedly knocked the \
         university's computer network offline over two years was sentenced on Friday to six \
         months of home incarceration.\nMarcus Odell, 22, of Fanwood, had pleaded guilty in \
         December. Prosecutors said Odell launched denial-of-service attacks on Contoso \
         University networks, flooding them with traffic from the Mirai botnet. The attacks \
         shut down the university's central authentication server. The Mirai botnet later hit \
         other targets.",
        "Contoso University",
        "Contoso University",
    ),
    (
        "words_ending_in_a_nationality_before_a_noun_describe_it",
        "Suspected Chinese state hackers quietly siphoned video from the security cameras of the \
         Northwind Union headquarters, according to an internal memo of the organisation.",
        "Northwind Union",
        "Northwind Union",
    ),
    (
        "the_victims_of_other_groups_are_not_this_storys",
        "A Pakistan-linked espionage group known as Transparent Tribe has infected more than a \
         thousand computers over the past year, most of them belonging to military and \
         diplomatic users in India, according to research published on Thursday by Contoso.\n\
         Groups believed to work for Indian interests, such as SideWinder and Patchwork, have in \
         turn been reported spying on Pakistani and Chinese organisations.",
        "India",
        "India",
    ),
    (
        "a_supplier_named_once_in_the_background_is_not_the_one_hit",
        "Attackers broke into the website of the Latvia Government Certification Authority and \
         replaced two of its official software installers with versions carrying a backdoor, in \
         a supply-chain attack on the agency and its users. The authority said the tampered \
         installers were online for two months.\nIn the United States, investigators are still \
         assessing the damage from the tampered SolarWinds Orion updates disclosed this week.",
        "Latvia",
        "Latvia Government Certification Authority",
    ),
    (
        "prose_joined_by_hyphens_is_no_package",
        "Hackers compromised Northwind Telecom and trojanised the installer of its desktop app in \
         a supply-chain attack. The tampered package loads a malicious library that contacts the \
         attackers' command-and-control servers. The command-and-control addresses are hidden \
         in icon files.",
        "Northwind Telecom",
        "Northwind Telecom Users",
    ),
    (
        "a_programming_language_is_no_victim",
        "Two backdoored versions of the main JavaScript library for building applications on \
         the Contoso blockchain were published to the npm registry and stole private keys from \
         projects that installed them.",
        "Unknown",
        "Unknown",
    ),
    (
        "the_breached_firms_own_people_counted_in_its_first_sentence",
        "Northwind Airways has disclosed that hackers gained access to the personal data of up \
         to 9.4 million passengers of the airline. The airline said no passwords were taken.",
        "Northwind Airways",
        "Northwind Airways Passengers",
    ),
    (
        "a_company_unit_named_federal_is_no_government",
        "Hackers broke into the network of Contoso Federal in the United States and stole its \
         customer records.",
        "Contoso Federal",
        "Contoso Federal",
    ),
    (
        "the_city_of_a_court_and_its_gloss_are_no_victim",
        SUSPENDED_SENTENCE,
        "Northwind Telecom",
        "Northwind Telecom",
    ),
    (
        "a_name_written_as_its_domain_keeps_it",
        "Northwind.ms, a provider of internet telephone services, has spent a week fighting a \
         denial-of-service attack that knocked out its website.",
        "Northwind.ms",
        "Northwind.ms Website",
    ),
    (
        "a_protocols_name_is_no_organisation",
        "A crime group sent thousands of phishing emails whose attachments make Windows send \
         NTLM hashes to servers it controls, Contoso researchers said. NTLM hashes can be \
         cracked offline. NTLM is old.",
        "Unknown",
        "Unknown",
    ),
    (
        "a_security_researchers_employer_reports",
        "A Contoso security researcher has shown that Fabrikam processors can be made to leak \
         passwords of other programs. The flaw is tracked as CVE-2023-20593. Contoso \
         published the findings on Monday, and Contoso said cloud servers were most exposed. \
         Fabrikam released fixes.",
        "Fabrikam",
        "Fabrikam",
    ),
    (
        "a_genitive_in_another_language_is_no_plural_name",
        "STOCKHOLM -- A ransomware attack on a data centre run by the Finnish IT services group \
         Contosoevry has knocked out systems for many Swedish customers. Contosoevry said the \
         intruders struck on Friday. The retailer Fabrikam said its website was down.\n\
         References:\n- Statens servicecenter: Cyberattack påverkar Contosoevrys tjänster till \
         ett antal kunder i Sverige.",
        "Contosoevry",
        "Contosoevry",
    ),
    (
        "what_the_actor_is_known_for_names_no_victim",
        "The ransomware group best known for the mass exploitation of the Fabrikam Transfer \
         software has found a new way in: a zero-day flaw in Contoso HelpDesk, a help desk \
         product. Contoso said it released a fix on Thursday after Microsoft alerted it.",
        "Contoso HelpDesk",
        "Contoso HelpDesk",
    ),
    (
        "the_arm_spoken_of_and_named_in_the_next_sentence",
        "AMSTERDAM -- The Dutch arm of the French cinema group Fabrikam was tricked into wiring \
         19 million euros to fraudsters posing as its own head office in a CEO fraud. The scam \
         cost the chief executive and the finance director of Fabrikam Nederland their jobs.",
        "Fabrikam",
        "Fabrikam Nederland",
    ),
    (
        "a_unit_of_three_words",
        "The ports division of Contoso declared force majeure after a ransomware attack. \
         Without its terminal operating system, Contoso Port Terminals fell back on paper, and \
         the ransomware attack halted its container terminals.",
        "Contoso",
        "Contoso Port Terminals",
    ),
    (
        "a_countrys_possessive_owns_no_company",
        "Hackers broke into the internal network of Contoso Systems in August, the accounting \
         software maker said. Investigators said China hacked Norway's Contoso Systems to steal \
         client secrets.",
        "Contoso Systems",
        "Contoso Systems",
    ),
    (
        "the_firm_that_calls_the_group_by_its_name_is_no_victim",
        "A cyber-espionage group that Fabrikam calls Northwind Bear slipped its malware into \
         legitimate software downloads offered by three European makers of industrial control \
         equipment, infecting companies that installed what looked like routine updates. The \
         group breached Contoso Power and compromised Contoso Power systems in Spain.",
        "Contoso Power",
        "Contoso Power",
    ),
    (
        "a_vendor_by_its_legal_name_is_the_flaws_vendor",
        "CyberSecurity news\nA Writer@Gateway Notes\n//\nCheck Point Software Technologies \
         has released emergency hotfixes for a zero-day vulnerability in its network security \
         gateways that attackers had been using for a month to pull password hashes from \
         VPN-enabled devices and, in some cases, to break into corporate networks. The flaw, \
         tracked as CVE-2024-24919, was exploited in the wild; in one case the attackers \
         stole Active Directory data.\n",
        "Check Point Software Technologies",
        "Check Point Software Technologies Corporate Network",
    ),
    (
        "the_leads_subject_is_the_supplier_not_the_platform",
        "CyberSecurity news\nA Writer@Extension Notes\n//\nFabrikamhaven, a California-based \
         data protection company, has confirmed that attackers hijacked its Google Chrome \
         extension over Christmas and pushed a malicious update to the browsers of its \
         customers. The company said it was working with law enforcement.\nThe attack started \
         with a phishing email sent to the support address that Fabrikamhaven listed on the \
         Chrome Web Store; the malicious update stole session cookies.\n",
        "Fabrikamhaven",
        "Fabrikamhaven Customers",
    ),
    (
        "a_dateline_of_two_places_is_no_victim",
        "SAN DIEGO/WASHINGTON -- Ransomware hit Contoso Shipping on Monday, halting its \
         container terminals for a week, the company said.",
        "Contoso Shipping",
        "Contoso Shipping",
    ),
    (
        "a_business_noun_after_an_asset_word_is_no_asset",
        "TOKYO -- Globex Heavy, one of Japan's largest defence and infrastructure contractors, \
         confirmed that intruders had been inside its corporate network for months and that \
         personal data may have been stolen. Officials blamed Tick, a Chinese state-backed \
         espionage group.",
        "Globex Heavy",
        "Globex Heavy Corporate Network",
    ),
    (
        "the_forum_where_stolen_data_was_offered_is_no_victim",
        "A user calling themselves NorthDan posted an advertisement on the hacking forum Breach \
         Forums offering a database of one billion residents of Northbridge. To prove the \
         claim, NorthDan released a sample of 750,000 records with names and addresses.",
        "Northbridge",
        "Northbridge",
    ),
    (
        "the_service_a_charged_person_ran_before_a_family_named_once",
        "German and US police shut down Fabrikam Mixer, a bitcoin mixing service, on Wednesday \
         and seized its servers. Fabrikam Mixer had laundered coins for ransomware gangs and \
         bitcoin the GRU used to buy servers for the Drovorub malware. In Philadelphia, \
         prosecutors charged Tuan Van Lee, 49, of Hanoi, with money laundering; they say Lee \
         created and ran Fabrikam Mixer.",
        "Fabrikam Mixer",
        "Fabrikam Mixer Infrastructure",
    ),
    (
        "a_supplier_named_once_to_compare_is_not_the_one_hit",
        "Contoso, the company behind the Vaultkeeper password manager, was hit by a supply \
         chain attack: hackers breached Contoso and tampered with its upgrade feature to push a \
         malicious update to customers.\nThe update stole the passwords in the vault, Contoso \
         said. Analysts compared the incident to the SolarWinds Orion compromise.",
        "Contoso",
        "Contoso Customers",
    ),
    (
        "a_countrys_body_named_in_apposition_after_its_possessive",
        "OSLO -- The public website of Norway's parliament, the Storting, was unreachable for \
         hours on Tuesday after a denial-of-service attack that a pro-Russian group claimed. \
         The group has also claimed attacks on state institutions in Poland and Lithuania.",
        "Norway",
        "Norwegian Parliament",
    ),
    (
        "the_attackers_own_state_institutions_are_no_victim",
        "In the spring of 2007 Latvia spent three weeks under denial-of-service attacks that \
         knocked government, banking and media websites offline. Latvian leaders blamed Russia, \
         and officials said some attacking addresses belonged to Russian state institutions.",
        "Latvia",
        "Latvia",
    ),
    (
        "the_attackers_own_state_institutions_after_the_lead",
        "In the spring of 2007 Latvia spent three weeks under denial-of-service attacks that \
         knocked government, banking and media websites offline.\nLatvian leaders blamed \
         Russia, and officials said some attacking addresses belonged to Russian state \
         institutions.",
        "Latvia",
        "Latvia",
    ),
    (
        "a_registry_package_hijacked",
        PACKAGE_HIJACKED,
        "left-pad-plus",
        "Projects Depending on left-pad-plus",
    ),
    (
        "a_dateline_is_where_the_story_was_filed",
        "MILLBROOK, Northland -- Globex University, a public university with 20,000 \
         students, was knocked offline on Monday when criminals encrypted its servers with \
         ransomware.\nThe university said e-mail was down.",
        "Globex University",
        "Globex University Servers",
    ),
    (
        "a_dateline_with_an_agency",
        "LONDON (Reuters) - Globex Bank said on Monday that hackers had stolen the card \
         details of 40,000 customers from its systems.",
        "Globex Bank",
        "Globex Bank Systems",
    ),
    (
        "the_group_of_a_person_prosecuted",
        ARREST_IN_THE_LEAD,
        "ShinyHunters",
        "ShinyHunters Member",
    ),
    (
        "an_event_is_no_victim",
        "Weeks after the Millbrook Winter Games closed, the organisers' ticket office said \
         that hackers had stolen the card details of 40,000 buyers from Globex Tickets, \
         the company that ran its sales.",
        "Globex Tickets",
        "Globex Tickets",
    ),
    (
        "a_body_of_many_states_is_its_own",
        "The World Weather Agency confirmed on Tuesday that intruders had stolen internal \
         e-mails from its systems in Geneva and published some of them online.",
        "World Weather Agency",
        "World Weather Agency Systems",
    ),
    (
        "an_initialism_that_holds_its_country",
        "Microsoft said on Thursday that a spying group had launched a new phishing \
         campaign. The group, which had earlier breached Globex Software, used an account of \
         the US Agency for International Development to send its lures. Messages that \
         appeared to come from USAID reached 3,000 addresses, and USAID said it was aware of \
         the activity.",
        "United States",
        "US Agency for International Development",
    ),
    (
        "a_city_named_as_city_of",
        "Ransomware encrypted computers across the City of Millbrook on Thursday morning, and \
         residents could not pay bills or parking fines online for a week.",
        "City of Millbrook",
        "Millbrook City Government",
    ),
    (
        "a_national_police_written_in_lower_case",
        "The Norwegian national police found on Thursday that an intruder had copied the \
         names and telephone numbers of almost all of its officers, using a session cookie \
         stolen from one employee.",
        "Norway",
        "Norwegian National Police",
    ),
    (
        "the_servers_of_a_company",
        "For months someone quietly copied shipping manifests and contracts from the servers \
         of Globex Freight, the company's auditors found.",
        "Globex Freight",
        "Globex Freight",
    ),
    (
        "a_research_council_is_no_reporter",
        "The Government of Canada said on Tuesday that the computer systems of the National \
         Research Council, the country's main research organisation, had been broken into by \
         hackers.",
        "Canada",
        "Canadian National Research Council",
    ),
    (
        "a_name_in_a_compound_word_is_no_victim",
        "In the spring of 2020, as the COVID-19 pandemic spread, the payroll system of Globex \
         Logistics became the main target of a fraud ring that stole 4 million dollars.",
        "Globex Logistics",
        "Globex Logistics",
    ),
    (
        "an_institution_named_with_a_possessive",
        "Ransomware encrypted the servers of Millbrook Children's Hospital on Sunday, and the \
         hospital diverted ambulances for two days while staff worked on paper.",
        "Millbrook Children's Hospital",
        "Millbrook Children's Hospital",
    ),
    (
        "a_person_prosecuted_for_a_malware_family",
        "Prosecutors in Denver unsealed an indictment on Monday charging Pavel Grinko, a \
         31-year-old Moldovan national, as one of the people behind the Vidar stealer, \
         which criminals rented to steal passwords. Grinko was arrested in Poland in March \
         and awaits extradition; the FBI said Vidar had infected two million computers.",
        "Vidar",
        "Vidar Operator",
    ),
    (
        "a_side_taken_is_no_place_hit",
        "A pro-Russian group flooded the servers of a regional bank with junk traffic on \
         Monday, and its website was down for hours.",
        "Unknown",
        "Unknown",
    ),
    (
        "a_kind_of_malware_is_no_victim",
        "CyberSecurity news\nAna Ruiz@Example News\n//\nSince 2016 a gang had been breaking \
         into banks in Africa and Asia to approve fake withdrawals at cash machines.\n\
         References :\n- example.com: A Trojan injected into payment software lets attackers \
         approve fake withdrawals.\n",
        "Banks",
        "Banks in Africa and Asia",
    ),
    (
        "operators_in_several_regions_are_a_sector",
        "A spying group broke into the networks of at least ten mobile operators in Europe, \
         Asia and Africa over two years and copied the call records of chosen subscribers.",
        "Mobile Operators",
        "Mobile Operators in Europe, Asia and Africa",
    ),
    (
        "universities_in_counted_countries_are_a_sector",
        "A phishing crew built fake login pages for 40 universities in 9 countries and \
         collected the passwords of students and staff who typed them in.",
        "Universities",
        "Universities in 9 Countries",
    ),
    (
        "the_computers_at_a_company",
        "On Monday morning, computers at Northwind Traders, the shipping group owned by the Halvorsen family, began to shut down one after another. Malicious code spreading through the network was erasing the disks of servers and laptops, and staff went back to paper. A wiper of the same kind had hit a steelworks in 2019.",
        "Northwind Traders",
        "Northwind Traders",
    ),
    (
        "a_vendor_hit_by_a_flaw_is_its_vendor",
        "University researchers have disclosed a vulnerability in Apple's M-series processors that leaks secret keys from cryptographic code. The researchers showed the flaw by extracting a Diffie-Hellman key from OpenSSL in about two hours. The team reported the vulnerability to Apple in December, and Apple said developers could add mitigations.",
        "Apple",
        "Apple",
    ),
    (
        "a_protocol_is_no_organisation",
        "A backdoor hidden in a compression library let attackers log in to SSH servers on several Linux distributions. The malicious code hooked into SSH authentication, so an attacker holding a private key could run commands on any SSH server built with the poisoned library.",
        "Unknown",
        "Unknown",
    ),
    (
        "subject_tricked_out_of_money",
        "Globex, a Dutch maker of industrial pumps, said in March that criminals had tricked it out of about 20 million euros. Staff in the accounts team had wired the money to foreign banks after e-mails that posed as the chief executive of Globex.",
        "Globex",
        "Globex",
    ),
    (
        "attackers_country_is_not_the_victims",
        "Weeks before Russia's invasion, dozens of Ukrainian government websites were defaced, among them the Ministry of Education.\nMicrosoft tracked the intruders as Cadet Blizzard, a group tied to Russia's GRU.",
        "Ukraine",
        "Ukrainian Ministry of Education",
    ),
    (
        "a_countrys_people_are_no_organisation",
        "Criminals stole personal data on about 40 million Canadians in the breach. Northwind Credit said hackers stole the files from its systems.",
        "Northwind Credit",
        "Northwind Credit Systems",
    ),
    (
        "a_number_word_starts_no_name",
        "Five Chinese military officers were charged over the breach of Contoso Bank.\nThe hackers stole the records of 2 million customers from Contoso Bank.",
        "Contoso Bank",
        "Contoso Bank",
    ),
    (
        "local_name_stands_for_the_body",
        "Peru declared a national emergency on Sunday after a ransomware attack.\nThe gang first encrypted systems at the Ministry of Finance, known locally as Hacienda, in April. The attack on Hacienda took down the tax platforms, and the gang leaked files stolen from Hacienda.",
        "Peru",
        "Peruvian Ministry of Finance",
    ),
    (
        "people_a_phishing_call_worked_on",
        "Hackers hijacked accounts at Fabrikam, a social network, in a phone spear-phishing scheme.\nPosing as the IT department, they called a small number of employees and steered them to a fake log-in page.",
        "Fabrikam",
        "Fabrikam Employees",
    ),
    (
        "catalog_abbreviation_with_its_vendor",
        "Attackers exploited a zero-day flaw, CVE-2021-30116, in Kaseya VSA to push ransomware to managed service providers.\nKaseya told customers to shut down their Kaseya VSA servers at once.",
        "Kaseya",
        "Kaseya VSA Customers",
    ),
    (
        "number_word_ends_a_name",
        "Hackers breached Capital One and stole the records of 100 million applicants.",
        "Capital One",
        "Capital One",
    ),
    (
        "reporter_is_not_the_victim_of_its",
        "A destructive wiper hit companies across the country on Tuesday.\nResearchers at Contoso traced the malware to Ledgerly, a tax program: a backdoor had been planted in its updates.",
        "Unknown",
        "Unknown",
    ),
    (
        "government_body_with_country",
        "APT28 hackers breached the Ministry of Defence of Poland, officials in Warsaw said.",
        "Poland",
        "Polish Ministry of Defence",
    ),
    (
        "local_body_stands_for_itself",
        "Hacktivists hit the Municipal Water Authority of Springfield in the United States \
         and defaced a controller.",
        "Municipal Water Authority of Springfield",
        "Municipal Water Authority of Springfield",
    ),
    (
        "takedown_names_the_group",
        "Police in nine countries took down LockBit's servers and seized its leak site. \
         The LockBit ransomware gang had extorted hundreds of companies.",
        "LockBit",
        "LockBit Infrastructure",
    ),
    (
        "product_hit_speaks_for_its_vendor",
        "A DDoS attack on Outlook knocked Outlook offline for hours; attacks on Outlook \
         continued for two days and disrupted Outlook again.",
        "Microsoft",
        "Outlook",
    ),
    (
        "parent_company_from_a_long_description",
        "A ransomware attack on Acme Pay, the payments and billing business of Globex Group, \
         halted billing for weeks.",
        "Globex Group",
        "Acme Pay",
    ),
    (
        "organisation_named_throughout_without_a_cue",
        "Security researchers at Example Labs said an installer from Initech carried a \
         backdoor. Initech signed the installer. The Initech update server delivered it, \
         and Initech users downloaded it.",
        "Initech",
        // A supplier's backdoored installer reached those who run its
        // software.
        "Initech Users",
    ),
    (
        "sector_with_its_country",
        "US agencies say hackers have been hiding inside the networks of American water \
         utilities to disrupt them later.",
        "United States",
        // News writes "US" for the United States' sectors and bodies.
        "US Water Utilities",
    ),
    (
        "asset_of_the_victim",
        "On Monday, Contoso said hackers broke into a number of its corporate e-mail accounts.",
        "Contoso",
        "Contoso Corporate Email Accounts",
    ),
    (
        "asset_one_of_several_is_one",
        "Hackers breached Fabrikam and drained one of its Ethereum cold wallets, the exchange said.",
        "Fabrikam",
        "Fabrikam Ethereum Cold Wallet",
    ),
    (
        "asset_how_much_is_not_what",
        "On Friday, Northwind said a ransomware attack forced it to shut down its entire network.",
        "Northwind",
        "Northwind Network",
    ),
    (
        "people_of_the_victim_in_phishing",
        "On Monday, Contoso said an intruder had taken over the accounts of 27 of its cloud \
         customers after a phishing text fooled one employee.",
        "Contoso",
        "Contoso Cloud Customers",
    ),
    (
        "staff_are_employees",
        "On Thursday, Fabrikam said spyware in a cyber-espionage campaign had infected dozens \
         of phones used by its own staff.",
        "Fabrikam",
        "Fabrikam Employees",
    ),
    (
        "people_right_after_the_name",
        "Scammers used deepfake video calls to defraud Tailspin employees in a fraud scheme.",
        "Tailspin",
        "Tailspin Employees",
    ),
    (
        "a_title_capitalises_an_ordinary_word",
        "Steal, then strike: Access merchants are the first clue to a ransomware attack\n\
         Criminals sell initial access to corporate networks on forums. Weeks after such \
         access was sold, a ransomware attack hit Northwind, the company said.",
        "Northwind",
        "Northwind",
    ),
    (
        "the_attackers_country_is_not_the_victims",
        "Hackers linked to China breached the Northbridge Transit Authority's computer systems \
         in April. The Northbridge Transit Authority said the attackers, whom Mandiant tied to \
         APT5, had exploited a flaw in its VPN.",
        "Northbridge Transit Authority",
        "Northbridge Transit Authority",
    ),
    (
        "a_holiday_is_no_victim",
        "On 19 June 2020, the Juneteenth holiday, hackers leaked files they had stolen from \
         Netsential, a web host that runs portals for police departments.",
        "Netsential",
        "Netsential",
    ),
    (
        "the_security_company_that_discloses_reports",
        "The industrial security company Dragos disclosed on Tuesday that malware had been \
         used to cut off heating to hundreds of buildings in January. The attackers hit Contoso \
         Energy and disrupted the heating system of Contoso Energy for two days.",
        "Contoso Energy",
        "Contoso Energy",
    ),
    (
        "what_the_attackers_step_up_is_theirs",
        "Fabrikam published an analysis in February 2022 of a Russian espionage group that had \
         been stealing information from Ukrainian government bodies for years, and that was \
         stepping up its work as Russian troops gathered on the border. The group, which \
         Fabrikam then called ACTINIUM and today tracks as Aqua Blizzard, had gone after \
         government agencies, the military, the judiciary and law enforcement, as well as \
         non-governmental and humanitarian organisations involved in emergency response and \
         the security of Ukrainian territory. Fabrikam said the group had been at work against \
         Ukraine for years and had picked up its pace in the preceding months.",
        "Ukraine",
        "Ukraine",
    ),
    (
        "vendor_with_two_company_words",
        "Attackers exploited a critical vulnerability in Apache Log4j2, the Apache Software \
         Foundation said; the flaw in Log4j2 was exploited before a patch.",
        "Apache Software Foundation",
        "Apache Log4j2 Users",
    ),
    (
        "supply_chain_vendor_and_its_product",
        "In a supply chain compromise, attackers slipped a backdoor into trojanised updates \
         of SolarWinds Orion, and about 18,000 customers installed the SolarWinds Orion builds.",
        "SolarWinds",
        "SolarWinds Orion Customers",
    ),
    (
        "sanctions_name_the_group_members",
        "The US and the UK sanctioned seven members of the Initech group and indicted them; \
         police also arrested two suspects.",
        "Initech",
        "Initech Group Members",
    ),
    (
        "takedown_names_the_botnet",
        "Police in eight countries took down the Contoso botnet and seized its servers in \
         a takedown; the Contoso residential proxy botnet had millions of nodes.",
        "Contoso",
        "Contoso Botnet Infrastructure",
    ),
    (
        "government_body_named_by_its_country",
        "Denmark's parliament, the Folketing, said hackers had broken into the e-mail \
         accounts of several members.",
        "Denmark",
        "Danish Parliament",
    ),
    (
        "vulnerability_vendor_as_written_before_its_product",
        "Attackers exploited a zero-day vulnerability in Cisco IOS XE; Cisco told customers \
         to disable the web UI of Cisco IOS XE until a patch ships.",
        "Cisco",
        "Cisco IOS XE Customers",
    ),
    (
        "system_named_after_the_victim",
        "Hackers attacked KA-SAT and wiped its modems; the attack on the KA-SAT network \
         bricked tens of thousands of modems.",
        "KA-SAT",
        "KA-SAT Network",
    ),
    (
        "stations_are_a_sector",
        "Hackers disrupted Iranian petrol stations with a cyber-attack on the fuel card system.",
        "Iran",
        "Iranian Petrol Stations",
    ),
    (
        "country_possessive_names_the_body",
        "Last week Estonia's State Information Agency took its portals offline after a \
         destructive attack on its servers.",
        "Estonia",
        "Estonian State Information Agency",
    ),
    (
        "cue_after_the_subjects_apposition",
        "Jonas Webber, a retired engineer and keen collector of coins, lost his savings after \
         thieves hijacked his Fabrikam phone number. Webber later sued Fabrikam, and Webber \
         said the theft ruined him; Webber wants his money back.",
        "Fabrikam",
        "Jonas Webber",
    ),
    (
        "government_body_in_lower_case_with_its_adjective",
        "Web portals of the Danish federal administration went dark on Tuesday during a \
         denial-of-service attack, officials said.",
        "Denmark",
        "Danish Federal Administration",
    ),
    (
        "government_body_in_lower_case_of_the_country_named",
        "A flood of junk traffic knocked state institutions offline on Monday. Finland blamed \
         a hacktivist crew; Finland said the sites of Finland were back by night.",
        "Finland",
        "Finnish State Institutions",
    ),
    (
        "described_victims_with_their_places",
        "Researchers at Example Labs said a new backdoor was used against energy and \
         shipping companies in Norway and the United Arab Emirates.",
        "Norway",
        "Energy and Shipping Companies in Norway and the UAE",
    ),
    (
        "described_victims_by_sector_with_their_places",
        "The targets were organisations in the mining and banking sectors in Chile and Peru, \
         the researchers said of the espionage campaign.",
        "Chile",
        "Mining and Banking Organisations in Chile and Peru",
    ),
    (
        "a_host_that_denies_being_hit_is_not_the_victim",
        "Fabrikam said its own cloud service had not been breached. The stolen records \
         belonged to Contoso, and Contoso began notifying affected customers of the data breach.",
        "Contoso",
        "Contoso",
    ),
    (
        "parent_named_before_the_victim",
        "Globex Holdings, the parent company of Initech, said data was stolen. Initech began \
         notifying affected customers after the breach.",
        "Globex Holdings",
        "Initech",
    ),
    (
        "body_included_in_a_list_after_a_cue",
        "In Peru, the group deployed spyware against government bodies including the Ministry \
         of Economy and the National Police in an espionage campaign.",
        "Peru",
        "Peruvian Ministry of Economy",
    ),
    (
        "a_persons_organisation_named_by_the_possessive",
        "Maria Lopez's 2022 mayoral campaign said hackers stole its donor files. The Lopez \
         team had used the files for months; Lopez said the theft hurt.",
        "Lopez Mayoral Campaign",
        "Lopez Mayoral Campaign",
    ),
    (
        "staff_a_deception_worked_on",
        "On Monday, Northwind disclosed that intruders reached its support tools and stole data \
         after tricking employees with fake login pages. Northwind said the data breach was \
         contained.",
        "Northwind",
        "Northwind Employees",
    ),
    (
        "counted_people_whose_data_was_taken",
        "Hackers stole and leaked personal details of more than 90,000 Fabrikam subscribers in \
         a data breach, and Fabrikam confirmed the breach on Friday.",
        "Fabrikam",
        "Fabrikam Subscribers",
    ),
    (
        "a_technical_write_up_names_its_tools_not_a_victim",
        "The loader decrypts its payload in memory, as shown in Figure 1. The malware then \
         calls the Restart Manager to stop backup services, asks the Restart Manager which \
         files are in use, and encrypts them once the Restart Manager releases them. The \
         ransom note is dropped in every folder, as Figure 2 shows.",
        "Unknown",
        "Unknown",
    ),
    (
        "a_title_cased_headline_is_no_name",
        "Malware Leveraging Document Macros Hits Regional Utilities\n\
         A phishing campaign sent invoices with malicious macros to staff at three regional \
         utilities in Spain, and the malware stole passwords from their browsers.",
        "Spain",
        "Spain",
    ),
    (
        "a_security_firm_that_analysed_the_attack_reports",
        "CyberSecurity news\nA@B\n//\n\
         On 4 August 2017 the safety systems at a refinery tripped and brought part of the \
         plant to an emergency stop. Attackers had reached the plant's safety controllers and \
         tried to rewrite their logic.\n\
         The attack became public in December, when FireEye's Mandiant team and the firm \
         Dragos published analyses of the malware; FireEye called it Quagga. FireEye tracked \
         the activity as TEMP.Veles.\n\
         References :\n\
         - fireeye.com: Mandiant's analysis of the attack framework aimed at industrial safety \
         systems.\n",
        "Unknown",
        "Unknown",
    ),
    (
        "a_security_firm_hit_is_the_victim",
        "Hackers breached the corporate network of Mandiant and stole source code, the company \
         said. Mandiant said the attackers had been inside for weeks.",
        "Mandiant",
        "Mandiant",
    ),
    (
        "a_capitalised_preposition_starts_no_name",
        "Researchers disclosed a flaw in the Secure Shell protocol that lets a man in the \
         middle drop messages. Against Fabrikam the researchers showed that they could turn \
         off a login protection; Fabrikam released a fix.",
        "Fabrikam",
        "Fabrikam",
    ),
    (
        "the_people_whose_personal_data_was_taken",
        "A newspaper received 100 gigabytes of internal data leaked from Fabrikam, including \
         customer complaints and spreadsheets with personal details of employees. Fabrikam \
         confirmed the data breach and notified the people affected.",
        "Fabrikam",
        "Fabrikam Employees",
    ),
    (
        "a_government_bodys_initialism_is_its_full_name",
        "A fake post about interest rates appeared on the official X account of the US \
         Commodity Futures Trading Commission on Tuesday. The CFTC confirmed on Wednesday that \
         hackers had hijacked the phone number linked to its account in a SIM swap, and said its \
         own systems had not been touched.",
        "United States",
        "US Commodity Futures Trading Commission",
    ),
    (
        "an_operation_the_finders_name_is_no_victim",
        "On Monday the ad-fraud company Fabrikam Labs published a report on the largest scheme \
         it had ever found in online advertising. It named the operation Hexbot, after a string \
         in its code, and estimated that the fraud took 3 million dollars a day from US \
         advertisers, billed for video ads that no person ever saw.",
        "United States",
        "United States",
    ),
    (
        "a_flaws_vendor_told_of_it_and_shipping_the_fix",
        "Researchers disclosed a weakness in the key generator of chips made by the Dutch firm \
         Contoso Microsystems. Nicknamed KEYFALL, the flaw lets anyone with a public key work \
         out the private key. The researchers told Contoso Microsystems in March, and Contoso \
         Microsystems supplied firmware updates to device makers. No attack using the flaw has \
         been reported.",
        "Contoso Microsystems",
        "Contoso Microsystems",
    ),
    (
        "a_us_state_places_the_victim_in_the_united_states",
        "Hackers defaced the website of the Ohio Department of Medicaid on Sunday, replacing its \
         home page with a propaganda message. The group that signed the page has defaced sites \
         in Algeria and Scotland before.",
        "United States",
        "US Ohio Department of Medicaid",
    ),
    (
        "a_hyphenated_state_is_no_government",
        "Ransomware encrypted the systems of Northfield Tri-State Bank, a small lender in rural \
         Kansas, and its branches stayed closed for two days.",
        "Northfield Tri-State Bank",
        "Northfield Tri-State Bank",
    ),
    (
        "a_city_hit_is_its_city_government",
        "The city council of Northfield, a city of about 20,000 people, voted on Monday to pay a \
         ransom of 40 bitcoin to the gang that had encrypted the city's computers two weeks \
         earlier. The city manager said e-mail, payroll and the water billing system were still \
         down.",
        "City of Northfield",
        "Northfield City Government",
    ),
    (
        "the_agency_a_spokesperson_told_is_no_vendor",
        "Researchers disclosed a flaw in the firmware of Contoso routers that lets attackers on \
         the network take over the devices. A Contoso spokesperson told Reuters that no attack \
         using the flaw was known.",
        "Contoso",
        "Contoso",
    ),
    (
        "counted_customers_of_the_breached_company",
        "A hacker offered for sale what he said was personal data on more than 40 million \
         customers of Contoso Mobile. Contoso Mobile confirmed the data breach a week later and \
         said names, birth dates and account PINs had been taken.",
        "Contoso Mobile",
        "Contoso Mobile Customers",
    ),
    (
        "a_possessive_inside_a_company_name",
        "Northwind's Bay Company, the owner of three department store chains, confirmed on \
         Sunday that payment card data had been stolen from some of its stores. Hackers had \
         planted malware on the point-of-sale systems of the stores months earlier.",
        "Northwind's Bay Company",
        "Northwind's Bay Company",
    ),
    (
        "an_adjective_of_a_plural_name_is_no_organisation",
        "Destructive malware hit Olympic systems during the opening ceremony of the Winter \
         Olympics, and the Wi-Fi in the stadium failed. Badge gates stopped working for hours. \
         On Sunday the Northland Organizing Committee confirmed that it had been hit by a \
         cyberattack.",
        "Northland Organizing Committee",
        "Northland Organizing Committee",
    ),
    (
        "a_country_linked_to_a_deed_is_no_attribution",
        "Romania learned in July that the personal and financial records of millions of people \
         had been stolen from the National Revenue Agency, the state tax authority. An anonymous \
         sender using a Russian e-mail address wrote to newsrooms and offered links to the data. \
         The National Revenue Agency said hackers had broken into its systems. The interior \
         minister suggested that the attack might be linked to Romania's recent decision to buy \
         fighter jets.",
        "Romania",
        "Romanian National Revenue Agency",
    ),
    (
        "a_legal_name_whose_first_word_is_a_product_is_a_company",
        "LUXEMBOURG -- Confluence S.A., a logistics group, told regulators on Monday that \
         criminals had tricked one of its employees into sending about 20 million dollars to \
         accounts they controlled. Confluence S.A. said it was working with its banks.",
        "Confluence S.A.",
        "Confluence S.A. Employees",
    ),
    (
        "a_word_opening_the_first_sentence_after_a_dateline_is_no_name",
        "BUCHAREST -- Passengers at railway stations across Romania found the departure \
         boards announcing delays because of a cyberattack. The next day the website of the \
         Ministry of Roads went down after computers at the ministry were hit by a wiper.",
        "Romania",
        "Romanian Ministry of Roads",
    ),
    (
        "a_company_named_after_its_systems_that_speaks",
        "Northfield Care Systems, one of the largest hospital operators in the country, said \
         on Monday that hackers had stolen the records of 4.5 million patients from its \
         network. Northfield Care Systems said the attackers were probably based abroad.",
        "Northfield Care Systems",
        "Northfield Care Systems Network",
    ),
    (
        "the_name_of_a_flaw_is_no_victim",
        "Hackers stole the records of 4.5 million patients from a hospital operator in the \
         spring. Within days, a consultancy reported that the intruders had got in through \
         the Bleedstone flaw in the OpenSSL library on an unpatched network device. If \
         confirmed, it was the first publicly known breach of a large company through \
         Bleedstone.\nReferences :\n- Consultancy: The attackers are said to have entered \
         through the Bleedstone flaw on a network device.",
        "Unknown",
        "Unknown",
    ),
    (
        "the_researchers_employer_reports",
        "Researchers at Northgate University disclosed a flaw in the Secure Shell protocol that \
         lets an attacker drop messages; OpenSSH fixed it.",
        "Unknown",
        "Unknown",
    ),
    (
        "a_dateline_with_a_date_is_where_the_story_was_filed",
        "ZURICH, 3 March 2021 -- Northwind Bank said on Tuesday that hackers had knocked its \
         customer portal offline for six hours with a flood of traffic. Attackers demanded a \
         ransom of 10 bitcoins to stop the attack.",
        "Northwind Bank",
        "Northwind Bank",
    ),
    (
        "a_regulator_fining_the_victim_is_no_victim",
        "The UK Information Commissioner's Office has said it intends to fine Northwind \
         Airways 20 million pounds over the theft of customer data from the airline's website \
         and app last year. Northwind Airways was hit in June 2018, when attackers planted a \
         card skimmer on its payment page and took the card details of 400,000 customers.",
        "Northwind Airways",
        "Northwind Airways Website",
    ),
    (
        "a_city_named_for_its_police_is_no_victim",
        "TORONTO -- Toronto police say they are hunting the hackers who dumped the personal \
         data of millions of Northwind Dating users online, and the site's owner has offered a \
         reward for information.",
        "Northwind Dating",
        "Northwind Dating Users",
    ),
    (
        "a_name_in_the_subjects_apposition_only_describes_it",
        "Vantage, the threat intelligence firm owned by Contoso Cloud, said on Tuesday that a \
         North Korean espionage group had broken into the networks of the Korea Institute for \
         Defense Analyses and stolen research files.",
        "Korea Institute for Defense Analyses",
        "Korea Institute for Defense Analyses",
    ),
    (
        "a_breach_hits_the_people_counted_before_the_database",
        "Northwind disclosed a data breach on Friday. Hackers broke into Northwind's user \
         database and stole the names, e-mail addresses and hashed passwords of 139 million \
         Northwind users, and offered the stolen data for sale.",
        "Northwind",
        "Northwind Users",
    ),
    (
        "a_name_written_with_a_small_first_letter",
        "eNorth is asking all of its users to change their passwords after attackers broke \
         into a database holding customers' names, e-mail addresses and dates of birth. The \
         online marketplace said the attackers had used the credentials of a few employees.",
        "eNorth",
        "eNorth Users",
    ),
    (
        "the_lead_subject_telling_of_its_own_loss_is_the_victim",
        "Northwind Council said that hackers had crippled its computer systems. Last year the \
         same gang hit Redcar Council and broke into the network of Redcar Council.",
        "Northwind Council",
        "Northwind Council",
    ),
    (
        "an_exploiter_is_no_exploit",
        "Northwind, a London-based market maker, said on Tuesday that about $160 million had \
         been stolen from its decentralised finance operations. On-chain data showed the stolen \
         funds flowing from a Northwind smart contract to an address that block explorers \
         labelled as the Northwind exploiter.",
        "Northwind",
        "Northwind",
    ),
    (
        "all_before_a_countrys_name_is_part_of_the_name",
        "NEW DELHI, 14 December 2022 -- The ransomware attack that has paralysed the computer \
         systems of the All India Institute of Medical Sciences for three weeks originated in \
         China, officials said on Wednesday.",
        "All India Institute of Medical Sciences",
        "All India Institute of Medical Sciences",
    ),
    (
        "the_vendor_that_has_started_pushing_a_fix",
        "Northwind has started pushing a fix for the Quietframe vulnerabilities to its phones \
         and tablets and, together with Contoso and Fabrikam, has promised monthly security \
         updates. Researchers said the flaws let an attacker take over a phone with one message.",
        "Northwind",
        "Northwind",
    ),
    (
        "a_research_unit_hit_is_the_victim",
        "Hackers breached the Northwind Research Unit in March and stole thousands of private \
         emails, which were later published online.",
        "Northwind Research Unit",
        "Northwind Research Unit",
    ),
    (
        "a_subject_its_apposition_calls_a_security_firm_tells",
        "SEOUL, 29 March 2023 -- Corvid, the threat intelligence firm owned by Contoso Cloud, \
         has formally named a North Korean cyber-espionage operation that it has tracked since \
         2018. In a report released on Tuesday it describes the group as a state-sponsored \
         actor that steals cryptocurrency to pay for its own spying. Corvid says the group \
         spies on government bodies, academics and think tanks in South Korea and the United \
         States.",
        "South Korea",
        "South Korea",
    ),
    (
        "its_in_a_relative_clause_of_a_group_is_the_groups",
        "A suspected Iranian hacking group spent more than a year trying to break into Israeli \
         shipping companies, according to research published on Wednesday by the security firm \
         Mandiant.\nOther vendors have tracked Iranian espionage under names such as OilRig and \
         MuddyWater, and in 2021 Mandiant itself described a Chinese group, UNC215, that tried \
         to pass off its intrusions as Iranian work.\nMandiant said it had not yet seen enough \
         evidence to merge the cluster with any existing group.",
        "Israel",
        "Israeli Shipping Companies",
    ),
    (
        "a_town_named_as_a_place_is_no_organisation",
        "TALLINN -- Estonia fended off a wave of denial-of-service attacks, a day after the \
         government removed a monument from the border town of Kestovo. The monument had stood \
         near Kestovo for decades.\nKestovo's population is mostly Russian-speaking.",
        "Estonia",
        "Estonia",
    ),
    (
        "where_a_person_is_from_is_no_victim",
        "NAPLES -- A 24-year-old computer engineer from Gela, in Sicily, has been arrested in \
         Rome on charges of breaking into the IT systems of Italy's Ministry of Justice and \
         reading the email of magistrates.",
        "Italy",
        "Italian Ministry of Justice",
    ),
    (
        "artificial_intelligence_is_no_organisation",
        "Fraudsters used an AI clone of a minister's voice to trick business leaders into \
         wiring money abroad, police said.\nReferences:\n- Contoso News: Police freeze cash \
         from AI voice scam that targeted business leaders - https://example.com/a",
        "Unknown",
        "Unknown",
    ),
    (
        "a_language_is_no_organisation",
        "A malicious app campaign infected millions of phones, researchers said. The campaign \
         targeted speakers of Hindi and Urdu with fake updates.",
        "Unknown",
        "Unknown",
    ),
    (
        "a_sector_phrase_holds_no_preposition",
        "A group pushed a wiper through a software supplier, researchers said. The group, which \
         destroyed data in the attack, focuses almost exclusively on Israel and on \
         organisations doing business there.",
        "Israel",
        "Israel",
    ),
    (
        "a_clause_before_described_victims_is_no_kind_of_victim",
        "A criminal group stole $11 million from banks in Africa, researchers said. They traced \
         more than 30 successful intrusions, some against the same victim more than once, at \
         organisations in 15 countries.",
        "Unknown",
        "Unknown",
    ),
    (
        "its_after_a_group_is_the_groups_own",
        "A North Korean group is behind a little-known ransomware family, Globex said on \
         Tuesday, in a rare case of a state-sponsored hacking group running its own ransomware \
         operation. The ransomware encrypted the servers of Fabrikam Logistics.",
        "Fabrikam Logistics",
        "Fabrikam Logistics",
    ),
    (
        "the_attackers_name_after_a_small_the_is_no_victim",
        "The Russian espionage group known as the Dukes never went quiet, researchers at Globex \
         said on Thursday. The Dukes, also tracked as APT29 and Cozy Bear, broke into the \
         Ministry of Foreign Affairs of Estonia and stole diplomatic cables.",
        "Estonia",
        "Estonian Ministry of Foreign Affairs",
    ),
    (
        "a_network_that_has_confirmed_speaks_as_an_organisation",
        "The Contoso Health Network has confirmed that the cyberattack that crippled its \
         hospitals for weeks was a ransomware attack. Staff could not log in to clinical \
         applications.",
        "Contoso Health Network",
        "Contoso Health Network",
    ),
    (
        "the_inside_a_sentence_before_one_word_is_the_names_own",
        "Hackers defaced the website of The Clarion, a daily newspaper, on Monday night, \
         posting a fake story. Readers of The Clarion were sent to the hackers' page for two \
         hours.",
        "The Clarion",
        "The Clarion",
    ),
    (
        "an_operating_system_family_is_no_organisation",
        "A backdoor planted in a popular tool for administering Linux and Unix servers shipped \
         in official releases for more than a year, its developers said. Attackers exploited \
         the flaw against Unix servers.",
        "Unknown",
        "Unknown",
    ),
    (
        "a_sentence_that_names_the_victim_names_it",
        "Chinese state hackers were inside the network of a small power utility in Ohio for \
         300 days, according to a report by the security firm Globex.\nThe victim is the \
         Springfield Electric Light and Water Departments, a municipally owned utility that \
         serves two towns.",
        "Springfield Electric Light and Water Departments",
        "Springfield Electric Light and Water Departments",
    ),
    (
        "a_stop_word_joined_by_a_hyphen_is_part_of_the_name",
        "Hackers encrypted the servers of Contoso-IT, the municipal IT provider for 70 towns, \
         last week. Contoso-IT said the towns could not issue documents.",
        "Contoso-IT",
        "Contoso-IT",
    ),
    (
        "a_word_opening_a_sentence_is_no_first_name",
        "Police on Monday took down Fabrikam, a service that sold DDoS attacks for hire. \
         Officers seized Fabrikam servers in two countries.\nBesides Fabrikam\u{2019}s own \
         site, the police shut down three mirrors.",
        "Fabrikam",
        "Fabrikam Infrastructure",
    ),
    (
        "a_vendor_a_tool_list_also_names_may_be_hit",
        "TeamViewer said on Sunday that hackers had broken into its internal corporate IT \
         network last week.\nShares of TeamViewer fell on Friday.",
        "TeamViewer",
        "TeamViewer Internal Corporate IT Network",
    ),
    (
        "the_name_after_a_dateline_is_written_mid_sentence_elsewhere",
        "FRANKFURT -- Globex said on Sunday that hackers had broken into its internal network \
         last week.\nShares of Globex fell on Friday.",
        "Globex",
        "Globex Internal Network",
    ),
    (
        "a_scoped_package_named_twice_gives_its_dependents",
        "Attackers published a malicious version of the @contoso/widgets package to the npm \
         registry on Tuesday after stealing a maintainer token. Anyone who installed \
         @contoso/widgets during the five-hour window should rotate every secret, the \
         maintainers said.",
        "contoso",
        "Projects Depending on @contoso/widgets",
    ),
    (
        "a_reference_title_before_its_address_is_a_headline",
        "A worm spread through a package registry this week, stealing tokens from developer \
         machines and publishing poisoned versions of more packages.\nReferences:\n- Contoso \
         Alert: Widespread Supply Chain Compromise Impacting npm Ecosystem - \
         https://www.contoso.gov/alerts/2025/09/23/widespread-supply-chain-compromise",
        "Unknown",
        "Unknown",
    ),
    (
        "continuous_integration_is_no_organisation",
        "A worm spread through a package registry this week. It stole tokens from developer \
         machines and compromised CI runners, then published poisoned versions of more \
         packages.",
        "Unknown",
        "Unknown",
    ),
    (
        "a_ministry_of_two_portfolios_keeps_its_and",
        "Hackers breached Estonia's Ministry of Trade and Industry last week, officials \
         said. The ministry took two systems offline after the intrusion.",
        "Estonia",
        "Estonian Ministry of Trade and Industry",
    ),
    (
        "a_department_whose_name_ends_in_services_is_no_system",
        "Hackers breached the Estonian Department of Health and Human Services last week, \
         officials said. The intrusion exposed internal e-mail.",
        "Estonia",
        "Estonian Department of Health and Human Services",
    ),
    (
        "an_agency_named_by_two_nouns_keeps_its_and",
        "Hackers breached the Estonian Food and Drug Administration last week, officials \
         said. The agency took two systems offline after the intrusion.",
        "Estonia",
        "Estonian Food and Drug Administration",
    ),
    (
        "two_bodies_joined_by_and_stay_two",
        "Hackers breached the Estonian Ministry and the National Institute last week, \
         officials said. The ministry took two systems offline after the intrusion.",
        "Estonia",
        "Estonian Ministry",
    ),
    (
        "the_university_stands_for_the_university_named_before",
        "A foreign intelligence agency ran a long espionage campaign against aviation research, \
         officials said on Monday. Northwind Polytechnical University, a school in Xian, first \
         noticed the problem in June. Investigators said the university was breached through \
         phishing e-mails sent to its staff, and that thousands of files were stolen.",
        "Northwind Polytechnical University",
        "Northwind Polytechnical University",
    ),
];

#[test]
fn malware_the_finders_call_a_name_is_no_victim() {
    let c = classify(
        "Researchers disclosed that malware they call FrostyGoop had been used in January to \
         cut off heating in Lviv. The target was Contoso Energy, the city's heating company. \
         FrostyGoop sent Modbus commands, and FrostyGoop is the ninth such tool; FrostyGoop was \
         found in a repository.",
    )
    .classification;
    assert!(
        !c.company.contains("FrostyGoop") && !c.target.contains("FrostyGoop"),
        "{:?} / {:?}",
        c.company,
        c.target
    );
}

#[test]
fn the_attackers_own_malware_is_no_loss_of_the_subject() {
    let c = classify(
        "A cyber-espionage group that Contoso calls Dragonfly slipped its malware into \
         legitimate software downloads offered by three European makers of industrial control \
         equipment, infecting energy companies that installed what looked like routine updates. \
         Contoso said the attackers had compromised the vendors' websites.",
    )
    .classification;
    assert!(
        !c.company.contains("Contoso") && !c.target.contains("Contoso"),
        "{:?} / {:?}",
        c.company,
        c.target
    );
}

#[test]
fn a_security_firm_opening_the_lead_with_its_report_is_no_victim() {
    let c = classify(
        "CrowdStrike on Monday 9 June 2014 published a report that names a second Chinese \
         military unit behind long-running cyber espionage against Western companies. \
         According to CrowdStrike, the unit has been active since 2007 and targets government, \
         defence and research organisations in the United States and satellite companies in \
         Europe.",
    )
    .classification;
    assert!(
        !c.company.contains("CrowdStrike") && !c.target.contains("CrowdStrike"),
        "{:?} / {:?}",
        c.company,
        c.target
    );
}

/// (name, article, a capitalised piece that names no victim).
const NO_VICTIM: &[(&str, &str, &str)] = &[
    (
        "a_titles_words_for_what_happened",
        "COSCO Lines, the container arm of a state-owned shipping group, has cut off its \
         networks in the Americas after what it called a local network breakdown. A local \
         newspaper reported that the carrier had been Hit by Ransomware Attack, and e-mail in \
         the region was down.",
        "Ransomware Attack",
    ),
    (
        "a_lone_letter",
        "A group of hackers has been stealing insider information from executives and \
         advisers involved in M&A deals at healthcare companies, researchers said. The \
         attackers sent phishing e-mails to more than 100 organisations.",
        "M",
    ),
];

#[test]
fn no_victim_table() {
    for (name, article, not_a_victim) in NO_VICTIM {
        let c = classify(article).classification;
        assert_ne!(c.company, *not_a_victim, "case {name}");
        assert_ne!(c.target, *not_a_victim, "case {name}");
    }
}

#[test]
fn an_industrial_network_is_no_trial() {
    let c = classify(
        "Hackers broke into the industrial control network of a Ruritanian water utility and \
         began changing chemical levels before operators noticed. The attack started on Friday \
         and the utility shut its systems down.",
    )
    .classification;
    assert_ne!(c.incident_type, IncidentType::LawEnforcement);
}

#[test]
fn a_vendor_that_links_a_group_to_a_state_is_no_victim() {
    let c = classify(
        "A cyber-espionage group that Contoso links to the Ruritanian state has been exploiting \
         a previously unknown vulnerability in a workplace chat application to spy on users \
         associated with the military, the company said on Monday. Contoso tracks the group as \
         Sea Dragon.\nThe vulnerability, CVE-2025-27920, is a directory traversal bug in the \
         server side of Talkbox Messenger, an on-premises messaging tool made by the software \
         company Fabrikam. Contoso said it notified Fabrikam once it found the exploitation, and \
         the developer fixed the flaw.",
    )
    .classification;
    assert!(
        !c.company.contains("Contoso") && !c.target.contains("Contoso"),
        "{:?} / {:?}",
        c.company,
        c.target
    );
}

#[test]
fn company_and_target_table() {
    let mut failed = Vec::new();
    for (name, article, company, target) in VICTIMS {
        let c = classify(article).classification;
        if (c.company.as_str(), c.target.as_str()) != (*company, *target) {
            failed.push(format!("{name}: got {:?} / {:?}", c.company, c.target));
        }
    }
    assert!(failed.is_empty(), "{failed:#?}");
}

/// (name, article, expected Product).
const PRODUCTS: &[(&str, &str, &str)] = &[
    (
        "a_registry_package_hijacked",
        PACKAGE_HIJACKED,
        "left-pad-plus npm Package",
    ),
    (
        "a_group_the_data_also_files_as_a_family_is_no_product",
        ARREST_IN_THE_LEAD,
        "N/A",
    ),
    (
        "a_website_flooded",
        "A hacktivist group knocked Globex Bank offline with junk traffic on Monday, and the \
         bank's website was unreachable for most of the day. Customers could still use the \
         branches and the cash machines, the bank said; the website came back in the evening.",
        "Globex Bank Website",
    ),
    (
        "a_takedown_of_a_malware_family",
        "Police in six countries took down the servers of the Emotet botnet on Tuesday and \
         arrested two of its operators. Europol said the takedown ended the most dangerous \
         malware service of the decade.",
        "Emotet Malware",
    ),
    (
        "a_takedown_of_a_market",
        "German police seized the servers of Kraken Market, a darknet market for drugs and \
         stolen data, and shut it down on Thursday. Investigators arrested the market's \
         administrator.",
        "Kraken Market Website",
    ),
    (
        "sanctions_against_a_group_name_its_malware",
        "The US Treasury sanctioned Evil Corp, the group behind the Dridex banking malware, \
         and its leader on Thursday. Dridex had stolen more than 100 million dollars from \
         banks, and the Justice Department charged two members of the group.",
        "Dridex Malware",
    ),
    (
        "system_an_attack_sentence_names",
        "A ransomware attack on the city of Northbridge knocked its computer-aided dispatch \
         system offline, and operators took calls on paper for a week.",
        "Computer-Aided Dispatch System",
    ),
    (
        "the_owner_before_a_possessive",
        "Attackers phished employees of Fabrikam and used their passwords to reach Fabrikam's \
         internal support tools, from which they read customer data.",
        "Fabrikam Internal Support Tools",
    ),
    (
        "a_leak_site_is_the_attackers_own",
        "The Contoso ransomware gang hit a hospital chain in an attack that disrupted \
         surgeries, and later posted stolen files on its leak site.",
        "N/A",
    ),
    (
        "a_takedown_seizes_the_leak_site",
        "Police seized Contoso's leak site in a takedown of the ransomware gang, and arrested \
         two of its members.",
        "Contoso Leak Site",
    ),
    (
        "words_of_state_or_size_are_no_kind_of_system",
        "The breach hit the largest pipeline system in the region and its entire billing \
         platform, the operator said after the attack.",
        "N/A",
    ),
    (
        "a_product_hit_is_no_network",
        "Attackers compromised Defender for Endpoint in a campaign against Northwind's \
         network, the researchers said.",
        "Defender for Endpoint",
    ),
];

#[test]
fn product_table() {
    let mut failed = Vec::new();
    for (name, article, product) in PRODUCTS {
        let c = classify(article).classification;
        if c.product != *product {
            failed.push(format!("{name}: got {:?}", c.product));
        }
    }
    assert!(failed.is_empty(), "{failed:#?}");
}

/// The development set as a regression floor: the measured exact-match
/// rates (see the README) may not fall.
#[test]
fn development_set_floor() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data/samples");
    let expected_dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data/expected");
    let (mut n, mut attacker, mut kind, mut severity) = (0, 0, 0, 0);
    let (mut company, mut target) = (0.0, 0.0);
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("samples")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("txt"))
        .collect();
    entries.sort();
    for path in entries {
        let report = Extractor::new()
            .extract(&std::fs::read(&path).expect("read"))
            .expect("extract");
        let expected = match report.digest.classification {
            Some(_) => report.digest.clone(),
            None => {
                let name = path.file_name().expect("name");
                let text = std::fs::read_to_string(std::path::Path::new(expected_dir).join(name))
                    .expect("expected block");
                Digest::parse(&text)
            }
        };
        n += 1;
        let c = &report.classification;
        company += token_f1(expected.field("Company").unwrap_or_default(), &c.company);
        target += token_f1(expected.field("Target").unwrap_or_default(), &c.target);
        attacker += usize::from(expected.field("Attacker") == Some(c.attacker.as_str()));
        kind += usize::from(expected.field("Type") == Some(c.incident_type.as_str()));
        severity += usize::from(expected.field("Severity") == Some(c.severity.as_str()));
    }
    assert!(n >= 18);
    // The issue's 90% (measured on 70 items: 90%, 90% and 91%).
    assert!(attacker * 100 >= n * 90, "attacker {attacker}/{n}");
    assert!(kind * 100 >= n * 90, "type {kind}/{n}");
    assert!(severity * 100 >= n * 90, "severity {severity}/{n}");
    // Token F1, averaged (the README's figures: 0.92 and 0.72; after the
    // rules on who and which part of an organisation was hit, 0.93 and
    // 0.809).
    let (company, target) = (company / n as f64, target / n as f64);
    assert!(company >= 0.90, "company token F1 {company:.2}");
    assert!(target >= 0.80, "target token F1 {target:.2}");
}

/// F1 of the lower-cased word sets of two values, as `examples/evaluate.rs`
/// computes it.
fn token_f1(want: &str, have: &str) -> f64 {
    let words = |s: &str| -> std::collections::HashSet<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (want, have) = (words(want), words(have));
    if want.is_empty() && have.is_empty() {
        return 1.0;
    }
    let common = want.intersection(&have).count() as f64;
    if common == 0.0 {
        return 0.0;
    }
    let (p, r) = (common / have.len() as f64, common / want.len() as f64);
    2.0 * p * r / (p + r)
}
