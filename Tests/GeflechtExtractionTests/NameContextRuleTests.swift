import Foundation
import GeflechtCore
import Testing
@testable import GeflechtExtraction

/// Organisations told by the words around an unknown name (a role and a person after it, a seat, a
/// quoted name after an organisation noun, a place opening a designated name) and the relations this
/// round reads with them: named joint ventures, "founded by" lists, titles before "of". Invented sentences.
@Suite struct NameContextRuleTests: SentenceGraphs {
  let extractor: RuleBasedExtractor

  init() throws {
    // (Seats are read here: `ExtractionOptions.includesSeats`.)
    extractor = try RuleBasedExtractor(options: ExtractionOptions(includesSeats: true))
  }

  @Test func anUnknownNameBeforeARoleAndAPersonIsTheirOrganisation() {
    let g = graph("Guests included Zorbly co-founder Kyle Vantner and Plimco CEO Adam Weller.")
    #expect(!g.edges("Kyle Vantner", .founded, "Zorbly").isEmpty)
    #expect(!g.edges("Adam Weller", .leads, "Plimco").isEmpty)
    // Qualifiers of the role, hyphenated descriptions and first names are no employers.
    for text in ["Former CEO John Smith left the board.", "Interim CEO Jane Doe said sales fell.", "Multi-industry CEO Eric Schwartz joined."] {
      let h = graph(text)
      #expect(!h.nodes.contains { $0.kind == .organization }, "\(text)")
    }
  }

  @Test func whatHasASeatIsAnOrganisation() {
    let g = graph("Der Verwaltungsrat von Quorix Objects mit Sitz in Paris habe zugestimmt.")
    #expect(labels(g).contains("Quorix Objects"))
    #expect(!g.edges("Quorix Objects", .locatedIn, "Paris").isEmpty)
    let h = graph("The seller was Brindle, headquartered in London.")
    #expect(labels(h).contains("Brindle"))
    // German common nouns alone are no name: "Der Konzern mit Sitz in Paris".
    let k = graph("Die Tochter mit Sitz in Paris wächst.")
    #expect(!k.nodes.contains { $0.kind == .organization })
  }

  @Test func aQuotedNameAfterAnOrganisationNounAndANamedJointVenture() {
    let g = graph("Die Deutsche Telekom und der Regionalanbieter EWE haben die Gründung des Joint Ventures „Glasnetz Nord“ vollzogen.")
    #expect(!g.edges("Deutsche Telekom", .founded, "Glasnetz Nord").isEmpty)
    #expect(!g.edges("EWE", .founded, "Glasnetz Nord").isEmpty)
    #expect(!g.edges("Deutsche Telekom", .partnersWith, "EWE").isEmpty || !g.edges("EWE", .partnersWith, "Deutsche Telekom").isEmpty)
    #expect(g.edges("EWE", .partnersWith, "Glasnetz Nord").isEmpty)
    let h = graph("Das Start-up „Quantica“ will einen neuen Chip bauen.")
    #expect(h.nodes.contains { $0.label == "Quantica" && $0.kind == .organization })
  }

  @Test func aPlaceOpeningADesignatedNameIsPartOfItAndABackedNameIsNotAList() {
    let g = graph("Blackstone-backed Phoenix Tower International and Bouygues Telecom will form a joint venture.")
    #expect(labels(g).contains("Phoenix Tower International"))
    #expect(!labels(g).contains("Phoenix"))
    #expect(!g.edges("Blackstone", .investsIn, "Phoenix Tower International").isEmpty)
    #expect(g.edges("Blackstone", .investsIn, "Bouygues Telecom").isEmpty)
    // After a locative preposition the place stays a place.
    let h = graph("Intel opened a campus in Berlin Partners said.")
    #expect(!labels(h).contains("Berlin Partners"))
  }

  @Test func foundedByAListOpenedByADescription() {
    let g = graph(
      "Zentrix was founded by a pair of Harvard dropouts, Gavin Ulbert and Chris Zhou, along with Robert Wachner and former Cypress Semiconductor CTO Mark Rossi.")
    for name in ["Gavin Ulbert", "Chris Zhou", "Robert Wachner", "Mark Rossi"] {
      #expect(!g.edges(name, .founded, "Zentrix").isEmpty, "\(name)")
    }
    #expect(g.edges("Mark Rossi", .founded, "Cypress Semiconductor").isEmpty)
    // A relative clause after the founder names no further founder.
    let h = graph("Zentrix was founded by Arthur Mensing, who later hired Guillaume Lampe.")
    #expect(!h.edges("Arthur Mensing", .founded, "Zentrix").isEmpty)
    #expect(h.edges("Guillaume Lampe", .founded, "Zentrix").isEmpty)
  }

  @Test func aTitleCaseTitleAndADescriptionBeforeTheOrganisation() {
    let g = graph("\"We are pleased,\" said Dagan Kasper, Chief Executive Officer of Intel.")
    #expect(!g.edges("Dagan Kasper", .leads, "Intel").isEmpty)
    let h = graph("Hans Westberg is the CEO of US telecom group Verizon.")
    #expect(!h.edges("Hans Westberg", .leads, "Verizon").isEmpty)
    let k = graph("Intel on Monday announced a takeover offer for fellow chip maker Altera.")
    #expect(!k.edges("Intel", .acquires, "Altera").isEmpty)
  }

  @Test func chineseNamesSurnameFirst() {
    let g = graph("China Telecom said Wang Guoquan had held various positions. Huawei founder Ren Zhengfei spoke.")
    #expect(g.nodes.contains { $0.label == "Wang Guoquan" && $0.kind == .person })
    #expect(!g.edges("Ren Zhengfei", .founded, "Huawei").isEmpty)
    // The given name must be pinyin, and no capitalised word may follow: "Zhou Computing", "Chen Wang Group".
    let h = graph("Zhou Computing and Chen Wang Group signed.")
    #expect(!h.nodes.contains { $0.kind == .person })
  }

  @Test func domainNamesAndChainedDesignators() {
    let g = graph("Grüntal.ch kauft das Rechenzentrum. Zentrix.ai raised $120 million.")
    #expect(labels(g).isSuperset(of: ["Grüntal.ch", "Zentrix.ai"]))
    // Not a version number, nor an abbreviation: "z.B.", "e.g.".
    let h = graph("Die Firma nutzt z.B. GPT-4.5 und e.g. Llama 3.1 in Berlin.")
    #expect(!h.nodes.contains { $0.label.contains(".") && $0.kind == .organization })
    let k = graph(
      "Ayar Labs has raised $25m. The round saw participation from Boardman Bay Capital Management, IAG Capital Partners and Lockheed Martin Ventures.")
    for name in ["Boardman Bay Capital Management", "IAG Capital Partners", "Lockheed Martin Ventures"] {
      #expect(!k.edges(name, .investsIn, "Ayar Labs").isEmpty, "\(name)")
    }
  }

  @Test func germanRoundsOwnersAndFounders() {
    let g = graph(
      "Das Technologieunternehmen Mistral AI gab bekannt, dass es 600 Millionen Euro in einer Finanzierungsrunde unter der Führung des bestehenden Investors General Catalyst aufgenommen habe.")
    #expect(!g.edges("General Catalyst", .investsIn, "Mistral").isEmpty)
    #expect(g.edges("Mistral", .investsIn, "General Catalyst").isEmpty)
    let h = graph("Hauptaktionär von Grüntal.ch ist die Luxemburger Altice-Gruppe. Der Fonds Prima Materia steckt 100 Millionen Euro in das Unternehmen Helsing.")
    #expect(!h.edges("Altice", .owns, "Grüntal.ch").isEmpty)
    #expect(!h.edges("Prima Materia", .investsIn, "Helsing").isEmpty)
    let k = graph("Der Gründer des Musikstreaming-Dienstes Spotify, Daniel Ek, finanziert ein Start-up. Die Altice-Gruppe schluckte den US-Kabelprovider Cablevision.")
    #expect(!k.edges("Daniel Ek", .founded, "Spotify").isEmpty)
    #expect(!k.edges("Altice", .acquires, "Cablevision").isEmpty)
  }

  @Test func originsAndVenturePartners() {
    let g = graph("Das Startup Zorbix aus Bristol wächst. Plimco, ein Betreiber von Rechenzentren aus London, baut.")
    #expect(!g.edges("Zorbix", .locatedIn, "Bristol").isEmpty)
    #expect(!g.edges("Plimco", .locatedIn, "London").isEmpty)
    let h = graph("Intel agreed to buy Zorbix Inc., a California cybersecurity company, for $1 billion.")
    #expect(h.edges.contains { $0.relation == .locatedIn })
    #expect(h.edges("Intel", .locatedIn, "Kalifornien").isEmpty)
    let k = graph("The joint venture of APG and Zorbix Networks targets rural areas.")
    #expect(labels(k).contains("APG"))
    let m = graph("Nvidia is backing data center startup Zorbix at a valuation of $1 billion.")
    #expect(!m.edges("Nvidia", .investsIn, "Zorbix").isEmpty)
  }

  @Test func aShortFormIsTheLongerOrganisationAndACoordinatedPassiveKeepsItsSubject() {
    let g = graph("Zorbix Networks builds fibre. The joint venture of APG and Zorbix targets rural areas.")
    #expect(!labels(g).contains("Zorbix"))
    #expect(!g.edges("APG", .partnersWith, "Zorbix Networks").isEmpty || !g.edges("Zorbix Networks", .partnersWith, "APG").isEmpty)
    let h = graph("The investment by Meta — which owns Facebook, Instagram and was co-founded by billionaire Mark Zuckerberg — was announced.")
    #expect(!h.edges("Mark Zuckerberg", .founded, "Meta").isEmpty)
    #expect(h.edges("Mark Zuckerberg", .founded, "Instagram").isEmpty)
  }

  /// Misreadings a colleague's review of about 375 news sentences found in this round's rules.
  @Test func reviewedMisreadingsStayFixed() {
    // Descriptors and nationalities before a role are no employers.
    for text in [
      "Russian President Vladimir Putin met Chinese leader Xi Jinping in Moscow.", "Beleaguered CEO Carlos Tavares resigned on Monday.",
      "Analysts said Tech CEO Marc Benioff was upbeat.", "Voters heard Republican president Donald Trump speak.",
    ] {
      #expect(!graph(text).nodes.contains { $0.kind == .organization }, "\(text)")
    }
    #expect(!graph("Meanwhile, headquartered in Munich, the group has expanded into Asia.").nodes.contains { $0.kind == .organization })
    // Backing a plan, an offer for a unit, "hinter X steckt Y" are no investments or acquisitions.
    #expect(!graph("Google is backing a plan by Apple to open up the App Store.").edges.contains { $0.relation == .investsIn })
    #expect(!graph("Siemens rejected an offer for its logistics unit from Blackstone.").edges.contains { $0.relation == .acquires })
    #expect(!graph("Hinter Helsing steckt unter anderem Spotify-Gründer Daniel Ek.").edges.contains { $0.relation == .investsIn })
    let g = graph("The largest shareholder of Bayer, Temasek, sold its stake. Siemens Healthineers, backed by Siemens, reported higher profits.")
    #expect(!g.edges("Temasek", .owns, "Bayer").isEmpty)
    #expect(g.edges("Bayer", .owns, "Temasek").isEmpty)
    #expect(!g.edges("Siemens", .investsIn, "Siemens Healthineers").isEmpty)
    // A passive founding with a list, e-mail addresses, founders after the first.
    let h = graph("Das Joint Venture „Ionity“ wurde von BMW, Daimler und Ford gegründet.")
    for name in ["BMW", "Daimler", "Ford"] { #expect(!h.edges(name, .founded, "Ionity").isEmpty, "\(name)") }
    #expect(h.edges("Ionity", .founded, "BMW").isEmpty)
    #expect(!graph("Email Press@Company.com for comments.").nodes.contains { $0.kind == .organization })
    let k = graph("Zentrix was founded by Arthur Mensing, Guillaume Lampe and Timo Lacroix.")
    for name in ["Arthur Mensing", "Guillaume Lampe", "Timo Lacroix"] { #expect(!k.edges(name, .founded, "Zentrix").isEmpty, "\(name)") }
    let m = graph("Equinix acquired Frankfurt Data Centres for $200 million. Hans Westberg, CEO of US telecom group Verizon, spoke.")
    #expect(!m.edges("Equinix", .acquires, "Frankfurt Data Centres").isEmpty)
    #expect(!m.edges("Hans Westberg", .leads, "Verizon").isEmpty)
  }

  @Test func coordinatedRolesDefiniteAppositionsAndRivals() {
    let g = graph("Blackstone president & COO Jon Grayson said the deal was good. The plan, said Zorbix Co-Founder and CEO Marcus Gomes, is bold.")
    #expect(!g.edges("Jon Grayson", .leads, "Blackstone").isEmpty)
    #expect(!g.edges("Marcus Gomes", .founded, "Zorbix").isEmpty)
    #expect(!g.edges("Marcus Gomes", .leads, "Zorbix").isEmpty)
    let h = graph("Mesosphere, das US-Software-Startup der deutschen Gründer Florian Leibert und Tobias Knaup, bekommt Geld.")
    #expect(h.nodes.contains { $0.label == "Mesosphere" && $0.kind == .organization })
    // A person described by a role is no organisation: "Schmidt, der Gründer des Start-ups".
    #expect(!graph("Schmidt, der Gründer des Start-ups, sprach.").nodes.contains { $0.kind == .organization })
    let k = graph("Der Chipkonzern Intel kauft den Rivalen Fairchild Semiconductor International Inc.")
    #expect(labels(k).contains("Fairchild Semiconductor International Inc."))
    #expect(!labels(k).contains { $0.hasPrefix("Rivalen") })
  }
}
