import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// The twenty-fourth round's rules (docs/extraction.md): organisations named after their parent, roles
/// (a second role after a compound role, a German genitive article, "its" as a predicate), owners and
/// buyers (units in appositions, holders, German relative and main clauses, entering by a purchase),
/// customer and supplier compounds, the German genitive of a person's name, quoted names, "came from"
/// without money, "together with" after a person's apposition and places inside quotations. One suite, so
/// that the lexicon loads once.
@Suite struct TwentyFourthRoundTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    extractor = try RuleBasedExtractor()
  }

  // MARK: Family names

  @Test func aUnitNamedAfterItsParentBelongsToIt() {
    let g = graph("Bosch kauft das Klimageschäft von Johnson Controls. Eingegliedert wird es in die Sparte Bosch Home Comfort.")
    let owns = g.edges("Bosch", .owns, "Bosch Home Comfort")
    #expect(owns.count == 1)
    // The evidence is a sentence that names the unit.
    #expect(owns.first?.evidence.first?.text.contains("Bosch Home Comfort") == true)
    // A country company, and a parent whose name ends in a group word.
    let country = graph("Telefónica und Telefónica Deutschland melden mehr Kunden.")
    #expect(!country.edges("Telefónica", .owns, "Telefónica Deutschland").isEmpty)
    // Named apart and never called a unit, a shared first word says nothing.
    let apart = graph("Apple eröffnet einen Store in München. Apple Hospitality REIT kauft Hotels in Texas.")
    #expect(apart.edges.allSatisfy { $0.relation != .owns })
    let group = graph("Die Schwarz Gruppe baut ein Rechenzentrum. Betreiber ist die IT-Sparte Schwarz Digits.")
    #expect(!group.edges("Schwarz Gruppe", .owns, "Schwarz Digits").isEmpty)
  }

  @Test func aFullNameOrAGroupIsNoUnitOfTheShortName() {
    // "Technology" makes a company's full name; "Group" the group above: neither is owned by the short name.
    // (Each pair in one sentence, where the rule would otherwise read it.)
    let full = graph("Micron baut eine Fabrik in Idaho, und Micron Technology erhält dafür Zuschüsse.")
    #expect(full.edges.allSatisfy { $0.relation != .owns })
    let above = graph("Mercedes-Benz verkauft mehr Autos, und die Mercedes-Benz Group AG meldet Gewinne.")
    #expect(above.edges("Mercedes-Benz", .owns, "Mercedes-Benz Group").isEmpty)
    // A name joined from several is no unit's: "Merck & Co." is another company.
    #expect(graph("Merck meldet Gewinne, und Merck & Co. ist ein anderes Unternehmen.").edges.allSatisfy { $0.relation != .owns })
    // Names joined by a hyphen are no family.
    #expect(graph("Air France fliegt nach Berlin, und Air France-KLM meldet Gewinne.").edges.allSatisfy { $0.relation != .owns })
  }

  @Test func aPairTheTextRelatesKeepsItsRelation() {
    let g = graph("Siemens verkauft Siemens Logistics an SGH.")
    #expect(g.edges("Siemens", .owns, "Siemens Logistics").isEmpty)
  }

  // MARK: Roles

  @Test func aSecondRoleSharesTheCompoundsName() {
    let g = graph("„Das ändert alles“, sagte Nvidia-Gründer und -Chef Jensen Huang.")
    #expect(!g.edges("Jensen Huang", .founded, "Nvidia").isEmpty)
    #expect(!g.edges("Jensen Huang", .leads, "Nvidia").isEmpty)
    #expect(!graph("Das sagte Spotify-Gründer und Chef Daniel Ek.").edges("Daniel Ek", .leads, "Spotify").isEmpty)
    // A second compound names its own organisation.
    let other = graph("Das sagte Nvidia-Gründer und Siemens-Chef Jensen Huang.")
    #expect(other.edges("Jensen Huang", .leads, "Nvidia").isEmpty)
    #expect(!other.edges("Jensen Huang", .leads, "Siemens").isEmpty)
    #expect(graph("Das sagte der ehemalige Nvidia-Gründer und -Chef Jensen Huang.").edges.allSatisfy { $0.relation == .coOccurs })
    // "oder" joins two people; a political title is no second role at the company.
    #expect(graph("Der Adidas-Chef oder Finanzvorstand Harm Ohlmeyer soll kommen.").edges("Harm Ohlmeyer", .leads, "Adidas").isEmpty)
    #expect(graph("Der Tesla-Chef und Präsident Donald Trump trafen sich.").edges("Donald Trump", .leads, "Tesla").isEmpty)
  }

  @Test func aRoleOfAnOrganisationNounsName() {
    // After a German genitive article: adjectives and an organisation noun before the name.
    #expect(!graph("Jane Roe, Chefin des Münchner Konzerns Siemens, sagte das.").edges("Jane Roe", .leads, "Siemens").isEmpty)
    let founder = graph("Elias Schneider, Gründer des Karlsruher Cloud-Start-ups Codesphere, warnte davor.")
    #expect(!founder.edges("Elias Schneider", .founded, "Codesphere").isEmpty)
    #expect(graph("Jane Roe, Sprecherin des Konzerns, sagte das.").edges.allSatisfy { $0.relation == .coOccurs })
  }

  @Test func aUnitInAnAppositionUnlessItIsSold() {
    let g = graph("In Germany it sells them partly through T-Systems, Deutsche Telekom's IT services unit, which operates a cloud.")
    #expect(!g.edges("Deutsche Telekom", .owns, "T-Systems").isEmpty)
    #expect(graph("DB Schenker, Deutsche Bahn's logistics arm, was sold to DSV.").edges.allSatisfy { $0.relation != .owns })
    #expect(graph("The sale of DB Schenker, Deutsche Bahn's logistics arm, closed.").edges.allSatisfy { $0.relation != .owns })
  }

  @Test func quotedNamesOfBuiltThingsAndNamedOffers() {
    #expect(labels(graph("Das Vorhaben wird unter dem Namen „Industrial AI Cloud“ vermarktet.")).contains("Industrial AI Cloud"))
    #expect(labels(graph("Unter dem Namen „OpenAI for Germany“ soll 2026 ein Angebot starten.")).contains("OpenAI for Germany"))
    // A known name inside the quotes is part of the quoted one.
    let g = graph("Elf Milliarden Euro steckt Schwarz Digits in das „Schwarz Digits Datacenter“.")
    #expect(g.nodes.first { $0.label == "Schwarz Digits Datacenter" }?.kind == .project)
    // After an article only a built or made thing; a quoted known name stays what it is.
    #expect(!labels(graph("Das Verfahren der „Latent Diffusion“ stammt aus München.")).contains("Latent Diffusion"))
    #expect(graph("Das Start-up namens „Deutsche Bahn“ wächst.").nodes.first { $0.label == "Deutsche Bahn" }?.kind == .organization)
    // A company's new name and names joined by "and" keep the known names inside them.
    #expect(labels(graph("Das Start-up tritt künftig unter dem Namen „Aleph Alpha Research“ auf.")).contains("Aleph Alpha"))
    #expect(labels(graph("The deal is called \"Siemens and Altair\" internally.")).contains("Siemens"))
  }

  @Test func customerAndSupplierCompounds() {
    #expect(!graph("Mercedes-Benz, a Google Cloud customer, was cited.").edges("Google Cloud", .supplies, "Mercedes-Benz").isEmpty)
    #expect(!graph("Der Nvidia-Kunde OpenAI wächst.").edges("Nvidia", .supplies, "OpenAI").isEmpty)
    #expect(!graph("Der Apple-Lieferant Foxconn wächst.").edges("Foxconn", .supplies, "Apple").isEmpty)
    // The compound names no customer without a name right after it ("Bosch customers Siemens and Audi" does).
    #expect(graph("Siemens said Bosch customers were happy.").edges.allSatisfy { $0.relation != .supplies })
  }

  @Test func aTitleAfterItsAsAPredicate() {
    let g = graph("Revolut got a licence. Nik Storonsky remains its chief executive.")
    #expect(!g.edges("Nik Storonsky", .leads, "Revolut").isEmpty)
    let relative = graph("Nik Storonsky, who co-founded Revolut in 2015 with Vlad Yatsenko and remains its chief executive, said so.")
    #expect(!relative.edges("Nik Storonsky", .leads, "Revolut").isEmpty)
    #expect(relative.edges("Vlad Yatsenko", .leads, "Revolut").isEmpty)
    // A former post, and a possessive of a body that is no company, say nothing.
    #expect(graph("Revolut got a licence. Nik Storonsky was its former chief executive.").edges("Nik Storonsky", .leads, "Revolut").isEmpty)
    #expect(graph("The ministry fined NXP. Jane Roe is its head.").edges.allSatisfy { $0.relation != .leads })
    // Past tense, and an organisation after "at/from" or in an apposition, are no post of "its".
    #expect(graph("Acme Robotics was founded in 1990. John Smith was its chief executive until 2010.").edges.allSatisfy { $0.relation != .leads })
    let apposition = graph("Jane Doe, previously at Google, is its chief technology officer, Siemens said.")
    #expect(apposition.edges("Jane Doe", .worksFor, "Google").isEmpty)
    #expect(graph("Jane Doe, who joined Google from Microsoft, is its chief financial officer.").edges("Jane Doe", .worksFor, "Microsoft").isEmpty)
  }

  @Test func enteringByAPurchaseIsThePurchase() {
    let g = graph("Bereits 2022 war DoorDash mit dem Kauf der finnischen Wolt in Europa eingestiegen.")
    #expect(!g.edges("DoorDash", .acquires, "Wolt").isEmpty)
    #expect(g.edges("DoorDash", .investsIn, "Wolt").isEmpty)
    #expect(!graph("Siemens ist bei Wolt eingestiegen.").edges("Siemens", .investsIn, "Wolt").isEmpty)
  }

  @Test func aPlaceInAQuotationIsNoneOfTheSpeakersCompany() {
    let g = graph("\"The investment in data centres in Germany is a major step,\" said Magnus Östberg, Mercedes-Benz's chief software officer.")
    #expect(g.edges.allSatisfy { $0.relation != .buildsIn })
    #expect(!graph("Siemens is building a data centre in Munich, Jane Roe said.").edges("Siemens", .buildsIn, "München").isEmpty)
  }

  @Test func germanObjectRelativeClauses() {
    let g = graph("Die Firma XM Cyber, die die Schwarz Gruppe 2021 übernommen hatte, sowie Aleph Alpha kommen nach Lübbenau.")
    #expect(!g.edges("Schwarz Gruppe", .acquires, "XM Cyber").isEmpty)
    #expect(g.edges("Schwarz Gruppe", .acquires, "Aleph Alpha").isEmpty)
  }

  @Test func aNameBeforeItsHoldersOwnsNothing() {
    let g = graph("Existing Cohere shareholders will own roughly 90% of the combined company Aleph Alpha.")
    #expect(g.edges.allSatisfy { $0.relation != .owns })
    #expect(graph("Nvidia investors bought shares of Nscale.").edges.allSatisfy { $0.relation != .investsIn && $0.relation != .acquires })
  }

  // MARK: Names

  @Test func aGermanGenitiveIsNoPartOfAPersonsName() {
    let g = graph("Auch Elon Musks KI-Firma xAI setzt auf Chips von Nvidia.")
    #expect(labels(g).contains("Elon Musk"))
    #expect(!labels(g).contains("Elon Musks"))
    #expect(labels(graph("Das ist Sam Altmans Firma.")).contains("Sam Altman"))
    // A surname that ends in s, and English text, keep theirs.
    #expect(labels(graph("Laut Hans Peters Firma ist das falsch.")).contains("Hans Peters"))
    #expect(labels(graph("Am Dienstag traf Boris Pistorius Vertreter von Rheinmetall.")).contains("Boris Pistorius"))
    #expect(labels(graph("Heute eröffnet Demis Hassabis Büros in London.")).contains("Demis Hassabis"))
    #expect(labels(graph("Bill Gates Foundation funds vaccines, said Thomas Jones.")).contains("Thomas Jones"))
  }

  // MARK: Verb-final clauses

  @Test func aVerbBeforeItsObjectClosesNoClause() {
    // "die Telekom übernimmt den Betrieb" is a main clause: the name before the verb is its subject.
    #expect(graph("Nvidia liefert die Chips; die Telekom übernimmt den Betrieb.").edges.allSatisfy { $0.relation != .acquires })
    #expect(graph("Nvidia liefert die Chips, die Telekom übernimmt Betrieb und Sicherheit.").edges.allSatisfy { $0.relation != .acquires })
    // Nor does a verb with an object of its own take a name past the clause's end; supplying does.
    #expect(graph("Bei Delos betreibt SAP die Technik und kontrolliert den Zugang, Microsoft liefert die Software.").edges.allSatisfy { $0.relation != .owns })
    #expect(!graph("Nvidia liefert die Chips und die Software, die Telekom stellt das Gebäude.").edges("Nvidia", .supplies, "Deutsche Telekom").isEmpty)
    // A verb at the end of its clause still takes the name before it.
    #expect(!graph("Bekannt ist, dass Siemens die Firma Altair übernimmt.").edges("Siemens", .acquires, "Altair").isEmpty)
  }

  // MARK: Funding and companions

  @Test func comingFromSomeoneIsFundingOnlyWithMoney() {
    #expect(graph("Mistral hired Timothée Lacroix, who came from Meta.").edges.allSatisfy { $0.relation != .investsIn })
    let money = graph("Mistral raised new money. The money came from Meta and Nvidia.")
    #expect(!money.edges("Meta", .investsIn, "Mistral").isEmpty)
  }

  @Test func togetherWithAfterAnAppositionActsWithThePerson() {
    let g = graph("Mistral was founded by Arthur Mensch, a former researcher at Google DeepMind, together with Timothée Lacroix.")
    #expect(!g.edges("Arthur Mensch", .founded, "Mistral").isEmpty)
    #expect(g.edges.allSatisfy { $0.relation != .associatedWith || (g.node($0.source).label != "DeepMind" && g.node($0.target).label != "DeepMind") })
    #expect(!g.edges("Arthur Mensch", .associatedWith, "Timothée Lacroix").isEmpty)
  }
}
