"""Text pools sampled by the generator: sub-headings, questions and findings per
framework and area, and narrative filler sentences per language.

Taken from the corpus reports' own wording (/work/shared/corpus) so generated
reports read like real ones; the generator recombines them, it never needs
them to be true of any municipality.
"""

# framework -> area number -> kind -> texts
POOLS: dict[str, dict[int, dict[str, list[str]]]] = {'kommunkompassen-2010': {1: {'subheadings': ['Strategi för demokratiutveckling och information',
                                              'Information till medborgare',
                                              'Dialog och medborgarmedverkan',
                                              'Etik – motverkan av korruption'],
                              'questions': ['Finns en plan/strategi för demokratiutveckling och information?',
                                            'Hur informeras medborgarna?',
                                            'Hur informeras medborgarna om resultat?',
                                            'Hur främjas medborgardialog och deltagande?',
                                            'Etik - hur hantera korruption?'],
                              'strengths': ['Flygbladet Västra Uppland och Facebook',
                                            'Informatör och webbmaster',
                                            'Uppdaterade riktlinjer och policy för att motverka oetiskt och '
                                            'bedrägligt beteende',
                                            'Informationsmaterial i tryckt form',
                                            'Policy för medborgardialog antagen av fullmäktige',
                                            'KF sammanträdena radiosänds i realtid och kan hämtas i arkiv',
                                            'Medborgarkontor',
                                            'Populariserad sammanfattning av årsredovisningen i flygbladet',
                                            'Aktiv medborgardialog ex. sockenråd, ungdomsdialog, brukarråd, '
                                            'tematiska råd ex. kring ÄO planen',
                                            'Medborgarundersökningar var tredje år, demokratibokslut.',
                                            'Aktiva medborgarpaneler',
                                            'Regelbundna medborgarundersökningar.',
                                            'Riktlinjer mot mutor och jäv är kända i organisationen',
                                            'Tydlig och lättnavigerad webbplats',
                                            'Möjlighet att lämna medborgarförslag och e-förslag',
                                            'Se över hur synpunkter från brukare och medborgare '
                                            'sammanställs, analyseras och återkopplas, så att de i större '
                                            'utsträckning leder till konkreta förbättringar som också '
                                            'kommuniceras utåt',
                                            'Utveckla formerna för samverkan över förvaltningsgränserna, '
                                            'exempelvis genom gemensamma projekt med tydliga uppdrag, '
                                            'tidsramar och uppföljning av nyttan i förhållande till insatta '
                                            'resurser',
                                            'Ta fram en gemensam modell för att följa upp och analysera '
                                            'resultat på enhetsnivå, och använd den som underlag för dialog '
                                            'mellan chefer, medarbetare och ansvariga nämnder',
                                            'Fortsätt utveckla arbetet med att koppla samman verksamhetens '
                                            'mål, resurser och resultat så att det blir tydligt för såväl '
                                            'förtroendevalda som medarbetare vad som ska uppnås och till '
                                            'vilken kostnad',
                                            'Ungdomsråd med egen budget'],
                              'improvements': ['Ta fram en samlad strategi för demokratiutveckling och '
                                               'information',
                                               'Aktualisera inriktningen för arbetet med medborgardialog och '
                                               'demokratiutveckling. Följ upp i medborgarundersökningen',
                                               'Ta fram ett enkelt strategiskt anslag kring det externa '
                                               'informationsarbetet. Följ upp i internkontrollplanen och '
                                               'medborgarundersökningen',
                                               'Gör allmänna handlingar mer lättillgängliga',
                                               'Samla väsentlig information om resultat under en ingång på '
                                               'hemsidan. Förklara/kommentera sambanden mellan resultaten '
                                               'och kommunens ambition/mål',
                                               'Förtydliga vägen in för signal om misstänkt korrupt '
                                               'beteende. Whistleblower funktion eller liknande',
                                               'Utbilda förtroendevalda i medborgardialog',
                                               'Gör protokoll och allmänna handlingar sökbara på webbplatsen',
                                               'Utveckla återkopplingen till medborgarna efter genomförda '
                                               'dialoger',
                                               'Följ upp hur medborgarna uppfattar informationen',
                                               'Redovisa resultat i jämförelse med andra kommuner på '
                                               'webbplatsen.']},
                          2: {'subheadings': ['Strategi för brukarorientering',
                                              'Tillgänglighet och bemötande',
                                              'Information om service och tjänster',
                                              'Valfrihet',
                                              'Brukarundersökningar',
                                              'Deklarationer och synpunkts-/klagomålshantering'],
                              'questions': ['Finns det en kommunövergripande strategi för brukarorientering?',
                                            'Hur arbetar kommunen med tillgänglighet och bemötande?',
                                            'Hur Informerar kommunen om service och tjänster?',
                                            'Hur arbetar kommunen med valfrihet och brukarens påverkan på '
                                            'serviceutbudet?',
                                            'Hur arbetar kommunen med brukarundersökningar?',
                                            'Hur arbetar kommunen med systemför '
                                            'service-/kvalitetsdeklarationer, samt synpunkts- och '
                                            'klagomålshantering för medborgare/brukare?'],
                              'strengths': ['Synpunktshantering med tydlig återkoppling',
                                            'Kontaktcenter med hög tillgänglighet',
                                            'Valfrihetssystem inom hemtjänsten',
                                            'Kvalitetsdeklarationer',
                                            'Gemensamma riktlinjer för bemötande.',
                                            'Bemötandefrågor ska behandlas på APT som stående punkt.',
                                            'Samtliga förvaltningar kan redovisa en systematik kring '
                                            'genomförande och uppföljning av brukarundersökningar',
                                            'Servicedeklarationer inom flera verksamhetsområden',
                                            'Kommunövergripande synpunktshandtering',
                                            'Gemensamma ”kvalitetsverktyg” som signalerar vikten av '
                                            'brukarfokus',
                                            'I förslaget till kvalitetspolicy är bemötande och '
                                            'tillgänglighet två av fem formulerade kvalitetskriterier',
                                            'Vård och omsorgsförvaltningens utbildning i bemötande som '
                                            'berört alla anställda inom förvaltningen'],
                              'improvements': ['Sammanställ och analysera synpunkter på kommunövergripande '
                                               'nivå',
                                               'I större utsträckning premiera/synliggöra '
                                               'arbetsgrupper/enheter/personer som utmärker sig positivt vad '
                                               'avser tillgänglighet och bemötande. Symbolvärde',
                                               'Publicera resultat från brukarundersökningar per enhet.',
                                               'Mät tillgänglighet via telefon och e-post regelbundet',
                                               'Formulera en kommunövergripande strategi för '
                                               'brukarorientering',
                                               'Tillgänglighet och bemötande som lönekriterie. Betona dessa '
                                               'begrepps värde i nyrekrytering och vid introduktion.',
                                               'Ett utvecklingsområde är att på övergripande nivå tydligare '
                                               'formulera vad brukarfokus står för i Borlänge kommun',
                                               'Offentliggör resultat från brukarundersökningar och '
                                               'synpunktshandtering, hur de används och leder till '
                                               'förbättring',
                                               'Ett utvecklingsområde är att på övergripande nivå tydligare '
                                               'formulera vad brukarfokus står för i Heby kommun',
                                               'Mer information och kvalitativa resultat i presentationen av '
                                               'enheterna som medger jämförelser för brukare/medborgare',
                                               'Ett utvecklingsområde är att på övergripande nivå tydligare '
                                               'formulera vad brukarfokus står för i Luleå kommun',
                                               'Ett utvecklingsområde är att på övergripande nivå tydligare '
                                               'formulera vad brukarfokus står för i Mölndals stad',
                                               'Ett utvecklingsområde är att på övergripande nivå tydligare '
                                               'formulera vad brukarfokus står för i Vetlanda kommun',
                                               'Utveckla servicedeklarationer inom fler verksamheter',
                                               'Utveckla e-tjänsterna']},
                          3: {'subheadings': ['System för styrning och uppföljning',
                                              'Politiska mål',
                                              'Uppföljning och rapportering',
                                              'Ansvarsfördelning politiker/tjänstemän',
                                              'Samspel och dialog'],
                              'questions': ['Genomsyras hela organisationen av ett helhetstänkande avseende '
                                            'styrning/uppföljning?',
                                            'Styrs kommunen av tydliga politiska mål?',
                                            'Hur rapporterar förvaltningen till den politiska nivån och '
                                            'vilka möjligheter har politikerna att utöva tillsyn över '
                                            'förvaltningen?',
                                            'Hur är delegation och ansvarsfördelning mellan politisk och '
                                            'tjänstemannanivå?',
                                            'Hur främjas den ömsesidiga förståelsen av uppgifter, roller och '
                                            'spelregler mellan politiker och tjänstemän?'],
                              'strengths': ['God dialog mellan politiker och tjänstemän',
                                            'Styrmodell i tiden',
                                            'Ägardirektiv till de kommunala bolagen',
                                            'Tydlig styrmodell med få och mätbara mål',
                                            'Stegvis utveckling av styrmodellen',
                                            'Funktionellt uppföljnings- och rapporteringssystem',
                                            '"Nöjdhetsundersökningar" till politikerna i syfte att utveckla '
                                            'tjänstemannaorganisationens support och stöd till de '
                                            'förtroendevalda.',
                                            'Ambitionen att komprimera den övergripande målbilden, lägga '
                                            'fokus på och mäta det viktigaste.',
                                            'Mötesplatser ex. Kvalitetsuppföljningsdag och '
                                            '"Politikerhearings"',
                                            'Tydlig roll- och ansvarsfördelning mellan politiker och '
                                            'tjänstemän',
                                            'Tydlig delegationsordning.',
                                            'Väl fungerande rapportering till nämnderna',
                                            'Introduktionsutbildning för nya förtroendevalda'],
                              'improvements': ['Se över hur policyer och riktlinjer påverkar styrningen',
                                               'För en yttre betraktare är det inte alldeles enkelt att '
                                               'förstå den politiska organisationen, det är svårt att förstå '
                                               'hur ansvar och roller fungerar i praktiken',
                                               'Koppla samman mål och resurser i budgeten',
                                               'Vilket genomslag har policys, planer och riktlinjer i '
                                               'styrningen?',
                                               'Utveckla analysen i delårsrapport och årsredovisning',
                                               'Vid intervjuerna lyfte förvaltningscheferna ett behov av '
                                               'fler forum/arenor för att på övergripande nivå diskutera '
                                               'strategiska frågor',
                                               'Fortsätt utveckla och förfina arbetet med styrmodellen. Ex. '
                                               'hitta fler resultatmått och indikatorer som kopplar till '
                                               'effektmålen',
                                               'Minska antalet mål och gör dem mer mätbara',
                                               'Bolagens ägardirektiv bör omfattas av de övergripande '
                                               'visionen och inriktningsmål',
                                               'Erbjud fortlöpande utbildning för förtroendevalda under '
                                               'mandatperioden',
                                               'Skapa fler arenor för strategisk dialog mellan politiker och '
                                               'tjänstemän']},
                          4: {'subheadings': ['Strategi för ledarskap, ansvar och delegation',
                                              'Enheternas ansvar',
                                              'Tvärsektoriellt samarbete',
                                              'Personligt ansvar och uppdrag för chefer',
                                              'Kommunledningens kommunikation',
                                              'Ledarutveckling'],
                              'questions': ['Finns kommunövergripande strategi för ledarskap, ansvar och '
                                            'delegation?',
                                            'Vilket ansvar har resultatenheterna för budget, personal och '
                                            'organisation?',
                                            'Hur beskrivs inriktning och ansvar för tvärsektorielt '
                                            'samarbete?',
                                            'Hur tydliggörs det personliga uppdraget för alla chefer i '
                                            'organisationen?',
                                            'Hur utövas den centrala ledningen över underställda '
                                            'avdelningar/enheter?',
                                            'Hur bedrivs kommunens ledarutveckling?'],
                              'strengths': ['Gemensamt ledarutvecklingsprogram',
                                            'Regelbundna chefsträffar med hela chefsgruppen',
                                            'Stor frihet för enheterna att disponera sin budget',
                                            'Aktiva i länets gemensamma arbete kring ledarutveckling',
                                            'Chefsavtal för samtliga chefer',
                                            'Delegationsordningen samt anvisningar kring ansvarsfördelning '
                                            'är tydliga i Heby kommun',
                                            'Hög grad av ansvarsdelegation till enhetsnivå',
                                            'Chefspolicy',
                                            'Chefsavtal som tydliggör uppdraget och förväntningar på '
                                            'ledarskapet',
                                            'Flera mötesforum där chefer kan mötas och utbyta erfarenheter',
                                            'Delegationsordningen samt anvisningar kring ansvarsfördelning '
                                            'är tydliga i Höganäs kommun',
                                            'Chefspolicy med tydliga förväntningar på chefer',
                                            'Delegationsordningen samt anvisningar kring ansvarsfördelning '
                                            'är tydliga i Mölndals stad',
                                            'Mentorprogram för nya chefer'],
                              'improvements': ['Ge enheterna möjlighet att föra över överskott mellan åren',
                                               'Lite tvärsektorielt samarbete i Borlänge?.',
                                               'Ta fram en enkel modell som stöd vid projektarbete',
                                               'Nytag kring eget ledarutvecklingsprogram',
                                               'Följ upp ledarskapet systematiskt i medarbetarenkäten',
                                               'Bli ännu bättre på att kommunicera det som sker och '
                                               'diskuteras i lednings- och arbetsgrupper till medarbetarna',
                                               'Synliggör/belöna ett framgångsrikt ledarskap utifrån '
                                               'resultat i bl.a. medarbetarenkät',
                                               'Fortsätt diskutera vad som krävs för att vara en god '
                                               'förebild som chef för sina underställda chefer och '
                                               'medarbetare',
                                               'Lite tvärsektorielt samarbete i Heby?',
                                               'Tydliggör chefernas uppdrag i skriftliga överenskommelser.',
                                               'Utveckla det tvärsektoriella samarbetet',
                                               'Ta fram en modell för att identifiera framtida chefer',
                                               'Se över chefernas kontrollspann']},
                          5: {'subheadings': ['Strategi för resultatstyrning och effektivitetsutveckling',
                                              'Kostnader och resultat i budgetprocessen',
                                              'Arbetsprocesser, uppföljning och kontroll',
                                              'Kommunikation kring resurser och resultat',
                                              'Jämförelser',
                                              'Extern samverkan'],
                              'questions': ['Strategi för resultatstyrning och effektivitetsutveckling',
                                            'Hur tydliggör kommunen sambandet mellan kostnader och resultat '
                                            'i budgetprocessen',
                                            'Hur arbetar kommunen med utveckling arbetsprocesser, '
                                            'uppföljning och kontroll',
                                            'Hur kommuniceras och förs strategiska diskussioner kring '
                                            'resurser och resultat?',
                                            'Hur aktivt används jämförelser som ett led i serviceutveckling '
                                            'och effektivisering?',
                                            'Hur sker extern samverkan för att stärka serviceutbudet och öka '
                                            'effektivitet?'],
                              'strengths': ['Extern samverkan för att utveckla och vara kostnadseffektiv',
                                            'Omfattande samverkan med grannkommuner',
                                            'Lång tradition av att jämföra resultat med andra kommuner.',
                                            'Lean-inspirerat förbättringsarbete.',
                                            'Funktionell löpande avvikelshantering av framför allt ekonomi',
                                            'Deltar i Kommunens Kvalitet i Korthet',
                                            'Systematisk uppföljning av ekonomi och verksamhet',
                                            'Styrmodell med fokus på mål- och resultatstyrning',
                                            'Aktiv användning av jämförelser med andra kommuner'],
                              'improvements': ['I rapporteringen tydligare relatera kostnader med '
                                               'resultat/måluppfyllelse. Utveckla innehållet i '
                                               'analyskolumnen.',
                                               'Inför ett digitalt ledningssystem för uppföljning',
                                               'Sprid goda exempel på effektiviseringar internt',
                                               'Relatera kostnader till kvalitet i rapporteringen.',
                                               'Analysera avvikelser i verksamhetens resultat, inte bara i '
                                               'ekonomin',
                                               'Sprida administrativa enhetens erfarenheter kring sitt '
                                               'effektivitetsarbete',
                                               'Förtydliga ordningen för analys och rapportering av resultat '
                                               'som framkommer under löpande år och även årssammanställning',
                                               'Integrerat digitalt ledningssystem för att förenkla och '
                                               'effektivisera?',
                                               'Använd jämförelser mer aktivt i budgetarbetet',
                                               'Utveckla nyckeltal för effektivitet']},
                          6: {'subheadings': ['Personalstrategi',
                                              'Rekrytering',
                                              'Kompetens- och medarbetarutveckling',
                                              'Individuell lönesättning',
                                              'Arbetsmiljöarbete',
                                              'Mångfald'],
                              'questions': ['Finns en kommunövergripande personalstrategi?',
                                            'Hur tillvaratas befintliga och hur rekryteras nya medarbetare? '
                                            'Kommunen som ”attraktiv arbetsgivare”.',
                                            'Hur stor vikt läggs vid kompetens- och medarbetarutveckling?',
                                            'Hur sker individuell lönesättning och belöning av goda '
                                            'prestationer?',
                                            'Hur bedrivs kommunens arbetsmiljöarbete?',
                                            'Hur arbetar kommunen med mångfald, (etnicitet, kulturellt och '
                                            'kön)?'],
                              'strengths': ['Likabehandlingsplan',
                                            'Systematiskt arbetsmiljöarbete',
                                            'Är aktiva och tar del av insatser som erbjuds inom länet kring '
                                            'ex. kompetensförsörjning och aspirantprogrammet',
                                            'Generella och verksamhetsanpassade lönekriterier.',
                                            'Personalenheten har ett gott renommé kring bland annat '
                                            'rehab.stöd',
                                            'Bra struktur och rutiner för arbetet med medarbetar- och '
                                            'lönesamtal',
                                            'Bra uppföljningen av arbetsmiljön',
                                            'Introduktionsprogram för nyanställda',
                                            'Heltäckande medarbetarundersökning vartannat år',
                                            'Låg sjukfrånvaro',
                                            'Kompetensförsörjningsplan.',
                                            'Friskvårdsbidrag till alla anställda',
                                            'Tydliga lönekriterier'],
                              'improvements': ['Ta fram en kommunövergripande personalstrategi',
                                               'Synliggör karriärvägar för medarbetare',
                                               'Följ upp täckningen av genomförda medarbetarsamtal, '
                                               'upprätade individuella planer samt lönesamtal i '
                                               'medarbetarenkäten',
                                               'Följ upp medarbetarsamtal och individuella utvecklingsplaner',
                                               'Utveckla mångfaldsarbetet.',
                                               'Ett utvecklingsområde är att tydligare ta ett övergripande '
                                               'strategisk grepp kring områden som ledar- och '
                                               'medarbetarutveckling, attraktiv arbetsgivare, '
                                               'personalenheten som strategiskt stöd i utvecklingsarbete, '
                                               'identifiera och utveckla potentiella chefer i den egna '
                                               'organisationen, rekrytering och introduktion etc',
                                               'Därefter anpassa uppföljningen utifrån den nya riktningen. '
                                               'Det finns exempelvis andra viktiga områden att följa upp vid '
                                               'sidan av sjuktal och personalkostnader',
                                               'Enligt medarbetarundersökningen 2013 svarar var tredje '
                                               'anställd i kärnverksamheten att man är tveksam att '
                                               'rekommendera Heby kommun som arbetsgivare till sina vänner. '
                                               'Bra eller dåligt?',
                                               'Enligt medarbetarundersökningen 2011 svarar var tredje '
                                               'anställd i kärnverksamheten att man är tveksam att '
                                               'rekommendera Höganäs kommun som arbetsgivare till sina '
                                               'vänner. Bra eller dåligt?',
                                               'Använd medarbetarundersökningen som underlag för '
                                               'förbättringar på enhetsnivå',
                                               'Stärk arbetet med kommunen som attraktiv arbetsgivare',
                                               'Enligt medarbetarundersökningen 2014 svarar var tredje '
                                               'anställd i kärnverksamheten att man är tveksam att '
                                               'rekommendera Mölndals stad som arbetsgivare till sina '
                                               'vänner. Bra eller dåligt?']},
                          7: {'subheadings': ['Strategiskt kvalitetsarbete',
                                              'Verktyg för kvalitets-/verksamhetsutveckling',
                                              'Lärande genom omvärldspaning och samverkan',
                                              'Kreativitet och innovationer',
                                              'IT-stöd'],
                              'questions': ['Hur beskrivs övergripande strategiskt kvalitetsarbete och '
                                            'serviceutveckling?',
                                            'Vilka metoder och verktyg finns för '
                                            'kvalitets-/verksamhetsutveckling?',
                                            'Hur sker lärande och utveckling genom omvärlds-spaning och '
                                            'samverkan?',
                                            'Hur arbetar kommunen med kreativitet och innovationer?',
                                            'Hur arbetar kommunen med IT-stöd för att effektivisera det '
                                            'interna arbetet?',
                                            'Hur beskrivs övergripande strategiskt kvalitetsarbete och '
                                            'serviceutveckling? Finns det dokumenterade rutiner för detta på '
                                            'både kommunövergripande nivå och förvaltningsnivå, och hur '
                                            'säkerställs att de är kända och tillämpas i hela '
                                            'organisationen?'],
                              'strengths': ['Omvärldsspaning och externa kontakter för att lära och '
                                            'utvecklas bejakas av både den politiska ledningen och '
                                            'tjänstemannaledningen',
                                            'Kvalitetspolicy på gång. Gör den enkel och uppföljningsbar',
                                            'Kommunövergripande kvalitetsarbete har startat',
                                            'På förvaltningsnivå kan samtliga verksamhetsområden redovisa '
                                            'någon form av systematiskt kvalitetsarbete',
                                            'Bergslagen nätverket gott nationellt exempel. Heby framträdande '
                                            'i nätverket',
                                            'Idésluss för medarbetarnas förslag',
                                            'Aktiv omvärldsbevakning',
                                            'Bergslagen nätverket gott nationellt exempel. Höganäs '
                                            'framträdande i nätverket',
                                            'Systematiskt förbättringsarbete inom skolan',
                                            'Deltar i flera nationella nätverk',
                                            'Utvecklad IT-strategi',
                                            'Bergslagen nätverket gott nationellt exempel. Mölndal '
                                            'framträdande i nätverket',
                                            'Bergslagen nätverket gott nationellt exempel. Vetlanda '
                                            'framträdande i nätverket.'],
                              'improvements': ['Prioritera digitalisering av arbetsprocesser.',
                                               'Sprid lärdomar mellan förvaltningarna',
                                               'Följ upp effekterna av utvecklingsprojekt',
                                               'Behov att ”komma ifatt” vad avser utveckling och tillämpning '
                                               'av IT-stöd och digitalisering för att underlätta och '
                                               'effektivisera det interna arbetet och förbättra servicen',
                                               'Formulera en övergripande strategi för kvalitetsutveckling',
                                               'Det saknas ett kommunövergripande anslag kring '
                                               'kvalitetsarbete',
                                               'Vill man vill frigöra kreativitet och få ett genomslag måste '
                                               'man konkret förändra förhållningssätt och arbetssätt till '
                                               'att tydligare stödja, uppmuntra och fånga in förslag och '
                                               'goda idéer',
                                               'Uppmärksamma och sprid goda idéer och förslag internt och '
                                               'externt',
                                               'I större utsträckning uppmuntra verksamheter till att utmana '
                                               'sig själva genom att jämföra sitt arbete och sina resultat',
                                               'Utveckla IT-stödet för interna processer',
                                               'Inför ett system för att ta tillvara medarbetarnas idéer']},
                          8: {'subheadings': ['Strategier för samhällsbyggande',
                                              'Samarbete med civilsamhället',
                                              'Samarbete med kulturlivet',
                                              'Stöd till näringslivet',
                                              'Internationella kontakter',
                                              'Hållbar utveckling'],
                              'questions': ['Har kommunen övergripande planer/strategier för '
                                            'samhällsbyggande',
                                            'Hur samverkar kommunen med aktörer inom civilsamhället kring '
                                            'utveckling av lokalsamhället?',
                                            'Hur samverkar kommunen med kulturlivet?',
                                            'Vilken är kommunens roll i utveckling av näringslivet?',
                                            'Hur arbetar kommunen med internationella kontakter?',
                                            'Hur arbetar kommunen med hållbar utveckling? (miljö – '
                                            'ekonomiskt – socialt)'],
                              'strengths': ['Kommunens har samordnare som ska samarbeta med civilsamhället '
                                            'och frivilligkrafter',
                                            'Intensivt och ambitiöst miljö- och klimatarbete',
                                            'Lokal överenskommelse med civilsamhället',
                                            'Vänortssamarbete med konkreta utbyten',
                                            'Flera konkreta exempel på samarbete med civilsamhällets '
                                            'frivilligkrafter',
                                            'Kommunens stöd till förenings- och kulturliv',
                                            'Fest i Heby',
                                            'Tjänstedeklaration för näringslivsarbete',
                                            'Fokus på hållbar utveckling utifrån perspektiven miljö, ekonomi '
                                            'och socialt perspektiv',
                                            'Välutvecklat miljö- och klimatarbete',
                                            'Aktivt näringslivsråd',
                                            'Brett kulturutbud i samverkan med föreningar',
                                            'Fest i Mölndal',
                                            'Stöd till föreningslivet',
                                            'Fest i Vetlanda'],
                              'improvements': ['Utveckla samarbetet med civilsamhället',
                                               'Synliggör de frivilliga krafterna i kommunen i era '
                                               'informationskanaler',
                                               'Förtydliga de strategiska anslagen kring näringslivsarbete '
                                               'och internationellt samarbete',
                                               'Följ upp näringslivsklimatet systematiskt',
                                               'Ta fram en strategi för internationellt arbete',
                                               'Synliggör det ideella arbetet i kommunen.',
                                               'Samordna arbetet med integration']}},
 'kommunekompasset-no': {1: {'subheadings': ['Strategi for informasjon og demokratiutvikling',
                                             'Informasjon til innbyggerne',
                                             'Informasjon om resultater',
                                             'Innbyggerdialog og medvirkning',
                                             'Etikk og antikorrupsjon'],
                             'questions': ['Har kommunen en strategi for informasjon og demokratiutvikling?',
                                           'Hvordan informeres innbyggerne om kommunens tjenester og '
                                           'beslutninger?',
                                           'Hvordan informeres innbyggerne om kommunens resultater?',
                                           'Hvordan legger kommunen til rette for innbyggerdialog og '
                                           'medvirkning?',
                                           'Hvordan arbeider kommunen med etikk og forebygging av '
                                           'korrupsjon?'],
                             'strengths': ['Oversiktlige nettsider med lett tilgjengelige sakspapirer',
                                           'Aktivt ungdomsråd',
                                           'Direkteoverføring av kommunestyremøtene'],
                             'improvements': ['Følge opp informasjonsarbeidet i innbyggerundersøkelsen.',
                                              'Gjøre varslingsrutinen bedre kjent blant medarbeiderne',
                                              'Gi innbyggerne tilbakemelding på hva innspillene førte til.',
                                              'Utvikle digitale kanaler for innbyggermedvirkning']},
                         2: {'subheadings': ['Strategi for brukerorientering',
                                             'Tilgjengelighet og service',
                                             'Informasjon om tjenestene',
                                             'Valgmuligheter',
                                             'Brukerundersøkelser',
                                             'Tjenesteerklæringer og klagebehandling'],
                             'questions': ['Har kommunen en overordnet strategi for brukerorientering?',
                                           'Hvordan arbeider kommunen med tilgjengelighet og service?',
                                           'Hvordan informerer kommunen om tjenestetilbudet?',
                                           'Hvilke valgmuligheter har brukerne?',
                                           'Hvordan gjennomføres og brukes brukerundersøkelser?',
                                           'Hvordan arbeider kommunen med tjenesteerklæringer og '
                                           'klagebehandling?'],
                             'strengths': ['Resultater fra brukerundersøkelser brukes i planarbeidet',
                                           'Jevnlige brukerundersøkelser i de fleste tjenesteområder',
                                           'God tilgjengelighet på telefon og e-post'],
                             'improvements': ['Etablere en felles rutine for registrering og analyse av '
                                              'klager',
                                              'Publisere resultater fra brukerundersøkelser per enhet',
                                              'Gi brukerne større innflytelse på tjenestenes innhold',
                                              'Utvikle flere digitale selvbetjeningsløsninger',
                                              'Utarbeide en felles strategi for brukerorientering',
                                              'Utvikle flere tjenesteerklæringer']},
                         3: {'subheadings': ['System for styring og oppfølging',
                                             'Politiske mål',
                                             'Rapportering',
                                             'Ansvarsdeling mellom politikere og administrasjon',
                                             'Samspill og dialog'],
                             'questions': ['Har kommunen et helhetlig system for styring og oppfølging?',
                                           'Styres kommunen etter klare politiske mål?',
                                           'Hvordan rapporterer administrasjonen til politisk nivå?',
                                           'Hvordan er ansvarsdelingen mellom politikere og administrasjon?',
                                           'Hvordan fremmes gjensidig forståelse av roller mellom politikere '
                                           'og administrasjon?'],
                             'strengths': ['Årlige strategikonferanser',
                                           'Tertialvis rapportering på økonomi og tjenester.',
                                           'Godt sammenheng mellom kommuneplan, økonomiplan og '
                                           'virksomhetsplaner.',
                                           'Tydelig rollefordeling mellom politikere og administrasjon'],
                             'improvements': ['Tydeliggjøre ansvaret for oppfølging av hovedmålene',
                                              'Innføre eierstrategi for de kommunale selskapene',
                                              'Tilby opplæring for folkevalgte gjennom hele valgperioden']},
                         4: {'subheadings': ['Strategi for lederskap og delegasjon',
                                             'Enhetenes ansvar',
                                             'Tverrsektorielt samarbeid',
                                             'Ledernes personlige ansvar',
                                             'Toppledelsens kommunikasjon',
                                             'Lederutvikling'],
                             'questions': ['Har kommunen en overordnet strategi for lederskap og delegasjon?',
                                           'Hvilket ansvar har resultatenhetene for budsjett, personal og '
                                           'organisering?',
                                           'Hvordan organiseres tverrsektorielt samarbeid?',
                                           'Hvordan tydeliggjøres lederes personlige ansvar og oppdrag?',
                                           'Hvordan utøver toppledelsen sin ledelse overfor enhetene?',
                                           'Hvordan drives lederutvikling i kommunen?'],
                             'strengths': ['Årlige lederavtaler for alle ledere.',
                                           'Felles ledersamlinger med rådmannen.',
                                           'Eget lederutviklingsprogram'],
                             'improvements': ['Synliggjøre gode ledere som rollemodeller',
                                              'Styrke samarbeidet mellom helse og tekniske tjenester',
                                              'Følge opp lederskapet systematisk i medarbeiderundersøkelsen',
                                              'Utvikle en modell for prosjektarbeid på tvers av enhetene',
                                              'Vurdere lederspennet i de største enhetene']},
                         5: {'subheadings': ['Strategi for resultatstyring',
                                             'Ressurser og resultater i budsjettprosessen',
                                             'Arbeidsprosesser og kontroll',
                                             'Kommunikasjon om ressurser og resultater',
                                             'Sammenligninger',
                                             'Eksternt samarbeid'],
                             'questions': ['Har kommunen en strategi for resultatstyring og effektivisering?',
                                           'Hvordan synliggjøres sammenhengen mellom ressurser og resultater '
                                           'i budsjettprosessen?',
                                           'Hvordan arbeider kommunen med arbeidsprosesser, oppfølging og '
                                           'kontroll?',
                                           'Hvordan kommuniseres ressurser og resultater internt?',
                                           'Hvordan brukes sammenligninger med andre kommuner?',
                                           'Hvordan samarbeider kommunen med andre for å styrke '
                                           'tjenestetilbudet?'],
                             'strengths': ['Mål- og resultatstyring i alle tjenesteområder',
                                           'Felles kvalitetssystem for avvik',
                                           'Aktiv bruk av KOSTRA-tall.',
                                           'Deltar i effektiviseringsnettverk'],
                             'improvements': ['Utarbeide en strategi for effektivisering',
                                              'Utvikle analysen av avvik i kvalitetssystemet']},
                         6: {'subheadings': ['Arbeidsgiverstrategi',
                                             'Rekruttering',
                                             'Kompetanseutvikling',
                                             'Lønnspolitikk',
                                             'Arbeidsmiljø',
                                             'Mangfold og likestilling'],
                             'questions': ['Har kommunen en overordnet arbeidsgiverstrategi?',
                                           'Hvordan rekrutterer og beholder kommunen medarbeidere?',
                                           'Hvordan arbeider kommunen med kompetanseutvikling?',
                                           'Hvordan praktiseres lokal lønnsdannelse?',
                                           'Hvordan drives arbeidsmiljøarbeidet?',
                                           'Hvordan arbeider kommunen med mangfold og likestilling?'],
                             'strengths': ['Program for lærlinger og traineer.',
                                           'Medarbeiderundersøkelse følges opp på arbeidsplassene',
                                           'Redusert sykefravær',
                                           'Arbeidsgiverstrategi med tydelige verdier'],
                             'improvements': ['Kartlegge kompetansebehov etter en felles modell',
                                              'Styrke arbeidet med å beholde medarbeidere i turnusyrker',
                                              'Videreutvikle kommunens omdømme som arbeidsgiver',
                                              'Konkretisere handlingsplanen for mangfold.',
                                              'Følge opp medarbeidersamtalene systematisk']},
                         7: {'subheadings': ['Strategi for kvalitetsutvikling',
                                             'Metoder og verktøy',
                                             'Læring gjennom nettverk',
                                             'Innovasjon',
                                             'IKT-støtte'],
                             'questions': ['Har kommunen en overordnet strategi for kvalitets- og '
                                           'tjenesteutvikling?',
                                           'Hvilke metoder og verktøy brukes i kvalitetsarbeidet?',
                                           'Hvordan skjer læring gjennom nettverk og samarbeid?',
                                           'Hvordan arbeider kommunen med innovasjon og nyskaping?',
                                           'Hvordan brukes IKT til å effektivisere det interne arbeidet?'],
                             'strengths': ['Lean-arbeid i enkelte enheter',
                                           'Aktiv deltakelse i KS-nettverk',
                                           'Flere vellykkede digitaliseringsprosjekter',
                                           'Elektronisk kvalitetssystem'],
                             'improvements': ['Utarbeide en felles strategi for kvalitetsutvikling',
                                              'Ferdigstille innovasjonsstrategien']},
                         8: {'subheadings': ['Planer for samfunnsutvikling',
                                             'Samarbeid med frivillig sektor',
                                             'Kulturliv',
                                             'Næringsutvikling',
                                             'Internasjonale kontakter',
                                             'Bærekraftig utvikling'],
                             'questions': ['Har kommunen overordnede planer for samfunnsutvikling?',
                                           'Hvordan samarbeider kommunen med frivillig sektor?',
                                           'Hvordan samarbeider kommunen med kulturlivet?',
                                           'Hvilken rolle har kommunen i næringsutvikling?',
                                           'Hvordan arbeider kommunen med internasjonale kontakter?',
                                           'Hvordan arbeider kommunen med bærekraftig utvikling?'],
                             'strengths': ['Oppdatert samfunnsdel i kommuneplanen',
                                           'Tett samarbeid med kulturlivet',
                                           'Miljøfyrtårnsertifisering'],
                             'improvements': ['Følge opp næringsplanen med målbare indikatorer',
                                              'Utvikle en strategi for internasjonalt samarbeid',
                                              'Styrke samarbeidet med frivillig sektor om velferdstjenester',
                                              'Klargjøre den sosiale dimensjonen i bærekraftsarbeidet']}},
 'kommunkompassen-2020': {1: {'subheadings': ['Strategi för medborgardialog',
                                              'Information till medborgarna',
                                              'Redovisning av resultat',
                                              'Medborgarnas delaktighet',
                                              'Etik och motverkan av korruption'],
                              'questions': ['Finns en strategi för medborgardialog och demokratiutveckling?',
                                            'Hur informeras medborgarna om kommunens verksamhet och beslut?',
                                            'Hur redovisas kommunens resultat för medborgarna?',
                                            'Hur involveras medborgarna i kommunens utveckling?',
                                            'Hur arbetar kommunen med etik och förebyggande av korruption?'],
                              'strengths': ['Regelbundna medborgarundersökningar',
                                            'Informationsmaterial i tryckt form',
                                            'Aktiv medborgardialog ex. sockenråd, ungdomsdialog, brukarråd, '
                                            'tematiska råd ex. kring ÄO planen',
                                            'Medborgarundersökningar var tredje år, demokratibokslut.'],
                              'improvements': ['Gör allmänna handlingar mer lättillgängliga',
                                               'Gör protokoll och allmänna handlingar sökbara på '
                                               'webbplatsen.',
                                               'Ta fram ett enkelt strategiskt anslag kring det externa '
                                               'informationsarbetet. Följ upp i internkontrollplanen och '
                                               'medborgarundersökningen',
                                               'Samla väsentlig information om resultat under en ingång på '
                                               'hemsidan. Förklara/kommentera sambanden mellan resultaten '
                                               'och kommunens ambition/mål.',
                                               'Utbilda förtroendevalda i medborgardialog',
                                               'Följ upp hur medborgarna uppfattar informationen',
                                               'Inför en visselblåsarfunktion',
                                               'Utveckla återkopplingen till medborgarna efter genomförda '
                                               'dialoger',
                                               'Redovisa resultat i jämförelse med andra kommuner på '
                                               'webbplatsen.',
                                               'Förtydliga vägen in för signal om misstänkt korrupt '
                                               'beteende. Whistleblower funktion eller liknande',
                                               'Ta fram en samlad strategi för demokratiutveckling och '
                                               'information']},
                          2: {'subheadings': ['Strategier för samhällsutveckling',
                                              'Samverkan med civilsamhället',
                                              'Näringslivsutveckling',
                                              'Social hållbarhet',
                                              'Ekologisk hållbarhet',
                                              'Regional och internationell samverkan'],
                              'questions': ['Finns övergripande strategier för samhällsutveckling?',
                                            'Hur samverkar kommunen med civilsamhället?',
                                            'Hur arbetar kommunen med näringslivsutveckling?',
                                            'Hur arbetar kommunen med social hållbarhet och integration?',
                                            'Hur arbetar kommunen med ekologisk hållbarhet?',
                                            'Hur arbetar kommunen med regional och internationell '
                                            'samverkan?'],
                              'strengths': ['Lokal överenskommelse med civilsamhället.',
                                            'Stöd till föreningslivet',
                                            'Tjänstedeklaration för näringslivsarbete.',
                                            'Kommunens har samordnare som ska samarbeta med civilsamhället '
                                            'och frivilligkrafter',
                                            'Välutvecklat miljö- och klimatarbete',
                                            'Brett kulturutbud i samverkan med föreningar',
                                            'Fokus på hållbar utveckling utifrån perspektiven miljö, ekonomi '
                                            'och socialt perspektiv',
                                            'Vänortssamarbete med konkreta utbyten.'],
                              'improvements': ['Synliggör de frivilliga krafterna i kommunen i era '
                                               'informationskanaler',
                                               'Ta fram en strategi för internationellt arbete',
                                               'Förtydliga de strategiska anslagen kring näringslivsarbete '
                                               'och internationellt samarbete',
                                               'Vidareutveckla samarbetet med civilsamhället.',
                                               'Synliggör det ideella arbetet i kommunen.',
                                               'Tydliggör den sociala dimensionen av hållbar utveckling',
                                               'Följ upp näringslivsklimatet systematiskt.',
                                               'Samordna arbetet med integration.']},
                          3: {'subheadings': ['System för styrning och uppföljning',
                                              'Politiska mål',
                                              'Rapportering till politiken',
                                              'Ansvarsfördelning',
                                              'Styrning av bolag och externa utförare',
                                              'Intern kontroll'],
                              'questions': ['Finns ett sammanhållet system för styrning och uppföljning?',
                                            'Är de politiska målen tydliga och mätbara?',
                                            'Hur rapporteras resultat till den politiska nivån?',
                                            'Hur är ansvarsfördelningen mellan förtroendevalda och '
                                            'tjänstepersoner?',
                                            'Hur styrs och följs de kommunala bolagen och externa utförare '
                                            'upp?',
                                            'Hur arbetar kommunen med intern kontroll?'],
                              'strengths': ['Väl fungerande rapportering till nämnderna',
                                            'Mötesplatser ex. Kvalitetsuppföljningsdag och '
                                            '"Politikerhearings".',
                                            'Styrmodell i tiden',
                                            'Tydlig roll- och ansvarsfördelning mellan politiker och '
                                            'tjänstemän',
                                            'Ambitionen att komprimera den övergripande målbilden, lägga '
                                            'fokus på och mäta det viktigaste.',
                                            'Tydlig delegationsordning',
                                            'Ägardirektiv till de kommunala bolagen.',
                                            '"Nöjdhetsundersökningar" till politikerna i syfte att utveckla '
                                            'tjänstemannaorganisationens support och stöd till de '
                                            'förtroendevalda',
                                            'Introduktionsutbildning för nya förtroendevalda'],
                              'improvements': ['Bolagens ägardirektiv bör omfattas av de övergripande '
                                               'visionen och inriktningsmål.',
                                               'Utveckla analysen i delårsrapport och årsredovisning',
                                               'Se över hur policyer och riktlinjer påverkar styrningen',
                                               'Minska antalet mål och gör dem mer mätbara',
                                               'Erbjud fortlöpande utbildning för förtroendevalda under '
                                               'mandatperioden',
                                               'Koppla samman mål och resurser i budgeten.']},
                          4: {'subheadings': ['Strategi för effektivitet',
                                              'Resurser och resultat i budgetprocessen',
                                              'Jämförelser',
                                              'Digitalisering',
                                              'Extern samverkan'],
                              'questions': ['Finns en strategi för effektivitet och resursanvändning?',
                                            'Hur kopplas resurser till resultat i budgetprocessen?',
                                            'Hur används jämförelser för att utveckla verksamheten?',
                                            'Hur arbetar kommunen med digitalisering för ökad effektivitet?',
                                            'Hur sker samverkan med andra organisationer för att öka '
                                            'effektiviteten?'],
                              'strengths': ['Lean-inspirerat förbättringsarbete',
                                            'Systematisk uppföljning av ekonomi och verksamhet',
                                            'Extern samverkan för att utveckla och vara kostnadseffektiv',
                                            'Deltar i Kommunens Kvalitet i Korthet.',
                                            'Omfattande samverkan med grannkommuner.',
                                            'Lång tradition av att jämföra resultat med andra kommuner',
                                            'Aktiv användning av jämförelser med andra kommuner',
                                            'Processkartläggning inom flera verksamheter.'],
                              'improvements': ['Sprid goda exempel på effektiviseringar internt',
                                               'Analysera avvikelser i verksamhetens resultat, inte bara i '
                                               'ekonomin.',
                                               'I rapporteringen tydligare relatera kostnader med '
                                               'resultat/måluppfyllelse. Utveckla innehållet i '
                                               'analyskolumnen',
                                               'Förtydliga ordningen för analys och rapportering av resultat '
                                               'som framkommer under löpande år och även årssammanställning',
                                               'Relatera kostnader till kvalitet i rapporteringen',
                                               'Integrerat digitalt ledningssystem för att förenkla och '
                                               'effektivisera?.',
                                               'Använd jämförelser mer aktivt i budgetarbetet']},
                          5: {'subheadings': ['Strategi för brukarfokus',
                                              'Tillgänglighet och bemötande',
                                              'Information om service',
                                              'Brukarnas inflytande',
                                              'Brukarundersökningar och synpunktshantering'],
                              'questions': ['Finns en kommunövergripande strategi för brukarfokus?',
                                            'Hur arbetar kommunen med tillgänglighet och bemötande?',
                                            'Hur informerar kommunen om service och tjänster?',
                                            'Hur får brukarna inflytande över tjänsternas utformning?',
                                            'Hur används brukarundersökningar och synpunktshantering i '
                                            'förbättringsarbetet?'],
                              'strengths': ['Servicedeklarationer inom flera verksamhetsområden',
                                            'Kontaktcenter med hög tillgänglighet.',
                                            'I förslaget till kvalitetspolicy är bemötande och '
                                            'tillgänglighet två av fem formulerade kvalitetskriterier'],
                              'improvements': ['Offentliggör resultat från brukarundersökningar och '
                                               'synpunktshandtering, hur de används och leder till '
                                               'förbättring',
                                               'Mer information och kvalitativa resultat i presentationen av '
                                               'enheterna som medger jämförelser för brukare/medborgare',
                                               'Tillgänglighet och bemötande som lönekriterie. Betona dessa '
                                               'begrepps värde i nyrekrytering och vid introduktion.',
                                               'Sammanställ och analysera synpunkter på kommunövergripande '
                                               'nivå.',
                                               'I större utsträckning premiera/synliggöra '
                                               'arbetsgrupper/enheter/personer som utmärker sig positivt vad '
                                               'avser tillgänglighet och bemötande. Symbolvärde',
                                               'Utveckla servicedeklarationer inom fler verksamheter',
                                               'Formulera en kommunövergripande strategi för '
                                               'brukarorientering',
                                               'Mät tillgänglighet via telefon och e-post regelbundet',
                                               'Publicera resultat från brukarundersökningar per enhet']},
                          6: {'subheadings': ['Strategi för kvalitetsutveckling',
                                              'Metoder och verktyg',
                                              'Lärande och omvärldsbevakning',
                                              'Idéer och innovationer',
                                              'Uppföljning och analys'],
                              'questions': ['Finns en övergripande strategi för kvalitetsutveckling?',
                                            'Vilka metoder och verktyg används för systematiskt '
                                            'förbättringsarbete?',
                                            'Hur sker lärande genom omvärldsbevakning och samverkan?',
                                            'Hur tas medarbetarnas idéer och innovationer tillvara?',
                                            'Hur följs kvalitetsarbetet upp och analyseras?'],
                              'strengths': ['På förvaltningsnivå kan samtliga verksamhetsområden redovisa '
                                            'någon form av systematiskt kvalitetsarbete',
                                            'Deltar i flera nationella nätverk',
                                            'Aktiv omvärldsbevakning',
                                            'Kommunövergripande kvalitetsarbete har startat',
                                            'Systematiskt förbättringsarbete inom skolan',
                                            'Kvalitetspolicy på gång. Gör den enkel och uppföljningsbar',
                                            'Bergslagen nätverket gott nationellt exempel. Trollhättan '
                                            'framträdande i nätverket',
                                            'Idésluss för medarbetarnas förslag'],
                              'improvements': ['Uppmärksamma och sprid goda idéer och förslag internt och '
                                               'externt',
                                               'Sprid lärdomar mellan förvaltningarna',
                                               'Det saknas ett kommunövergripande anslag kring '
                                               'kvalitetsarbete',
                                               'Vill man vill frigöra kreativitet och få ett genomslag måste '
                                               'man konkret förändra förhållningssätt och arbetssätt till '
                                               'att tydligare stödja, uppmuntra och fånga in förslag och '
                                               'goda idéer',
                                               'Formulera en övergripande strategi för kvalitetsutveckling',
                                               'Prioritera digitalisering av arbetsprocesser',
                                               'Följ upp effekterna av utvecklingsprojekt',
                                               'Vidareutveckla IT-stödet för interna processer',
                                               'Behov att ”komma ifatt” vad avser utveckling och tillämpning '
                                               'av IT-stöd och digitalisering för att underlätta och '
                                               'effektivisera det interna arbetet och förbättra servicen',
                                               'Inför ett system för att ta tillvara medarbetarnas idéer']},
                          7: {'subheadings': ['Kompetensförsörjning',
                                              'Attraktiv arbetsgivare',
                                              'Kompetensutveckling',
                                              'Arbetsmiljö',
                                              'Lönebildning',
                                              'Likabehandling och mångfald'],
                              'questions': ['Finns en strategi för kompetensförsörjning?',
                                            'Hur arbetar kommunen för att vara en attraktiv arbetsgivare?',
                                            'Hur arbetar kommunen med kompetensutveckling?',
                                            'Hur bedrivs arbetsmiljöarbetet?',
                                            'Hur arbetar kommunen med lönebildning?',
                                            'Hur arbetar kommunen med likabehandling och mångfald?'],
                              'strengths': ['Kompetensförsörjningsplan',
                                            'Låg sjukfrånvaro',
                                            'Tydliga lönekriterier',
                                            'Friskvårdsbidrag till alla anställda',
                                            'Introduktionsprogram för nyanställda',
                                            'Systematiskt arbetsmiljöarbete',
                                            'Likabehandlingsplan',
                                            'Bra struktur och rutiner för arbetet med medarbetar- och '
                                            'lönesamtal',
                                            'Generella och verksamhetsanpassade lönekriterier'],
                              'improvements': ['Ett utvecklingsområde är att tydligare ta ett övergripande '
                                               'strategisk grepp kring områden som ledar- och '
                                               'medarbetarutveckling, attraktiv arbetsgivare, '
                                               'personalenheten som strategiskt stöd i utvecklingsarbete, '
                                               'identifiera och utveckla potentiella chefer i den egna '
                                               'organisationen, rekrytering och introduktion etc',
                                               'Följ upp täckningen av genomförda medarbetarsamtal, '
                                               'upprätade individuella planer samt lönesamtal i '
                                               'medarbetarenkäten',
                                               'Ta fram en kommunövergripande personalstrategi',
                                               'Stärk arbetet med kommunen som attraktiv arbetsgivare',
                                               'Därefter anpassa uppföljningen utifrån den nya riktningen. '
                                               'Det finns exempelvis andra viktiga områden att följa upp vid '
                                               'sidan av sjuktal och personalkostnader',
                                               'Följ upp medarbetarsamtal och individuella '
                                               'utvecklingsplaner.',
                                               'Synliggör karriärvägar för medarbetare',
                                               'Enligt medarbetarundersökningen 2020 svarar var tredje '
                                               'anställd i kärnverksamheten att man är tveksam att '
                                               'rekommendera Trollhättans stad som arbetsgivare till sina '
                                               'vänner. Bra eller dåligt?']},
                          8: {'subheadings': ['Strategi för chefs- och ledarskap',
                                              'Chefernas uppdrag och mandat',
                                              'Medarbetarskap',
                                              'Intern kommunikation',
                                              'Ledarutveckling',
                                              'Samverkan över gränser'],
                              'questions': ['Finns en tydlig strategi för chefs- och ledarskap?',
                                            'Hur tydliggörs chefernas uppdrag och mandat?',
                                            'Hur främjas ett aktivt medarbetarskap?',
                                            'Hur sker kommunikationen mellan ledning och medarbetare?',
                                            'Hur bedrivs chefs- och ledarutveckling?',
                                            'Hur sker samverkan över förvaltningsgränserna?'],
                              'strengths': ['Delegationsordningen samt anvisningar kring ansvarsfördelning '
                                            'är tydliga i Skövde kommun',
                                            'Regelbundna chefsträffar med hela chefsgruppen',
                                            'Aktiva i länets gemensamma arbete kring ledarutveckling',
                                            'Chefsavtal för samtliga chefer',
                                            'Chefsavtal som tydliggör uppdraget och förväntningar på '
                                            'ledarskapet',
                                            'Hög grad av ansvarsdelegation till enhetsnivå',
                                            'Mentorprogram för nya chefer',
                                            'Gemensamt ledarutvecklingsprogram',
                                            'Chefspolicy',
                                            'Delegationsordningen samt anvisningar kring ansvarsfördelning '
                                            'är tydliga i Trollhättans stad',
                                            'Chefspolicy med tydliga förväntningar på chefer'],
                              'improvements': ['Lite tvärsektorielt samarbete i Skövde?',
                                               'Nytag kring eget ledarutvecklingsprogram',
                                               'Ta fram en modell för att identifiera framtida chefer',
                                               'Bli ännu bättre på att kommunicera det som sker och '
                                               'diskuteras i lednings- och arbetsgrupper till medarbetarna',
                                               'Synliggör/belöna ett framgångsrikt ledarskap utifrån '
                                               'resultat i bl.a. medarbetarenkät',
                                               'Se över chefernas kontrollspann',
                                               'Fortsätt diskutera vad som krävs för att vara en god '
                                               'förebild som chef för sina underställda chefer och '
                                               'medarbetare',
                                               'Ge enheterna möjlighet att föra över överskott mellan åren',
                                               'Följ upp ledarskapet systematiskt i medarbetarenkäten',
                                               'Ta fram en enkel modell som stöd vid projektarbete',
                                               'Tydliggör chefernas uppdrag i skriftliga överenskommelser']}}}

# language -> sentences without digits or report keywords (they must not look like data)
FILLER: dict[str, list[str]] = {'no': ['Det handler både om å informere om beslutninger som er fattet og om å åpne for dialog før '
        'beslutninger tas.',
        'Planen bør i større grad knyttes til mål for innbyggerdialog.',
        'Innspill fra innbyggerne blir i hovedsak fulgt opp, men det gis sjelden tilbakemelding om hva '
        'innspillene førte til.',
        'Det finnes en varslingsrutine, men få medarbeidere kjenner til hvordan den brukes.',
        'Høy tilgjengelighet, god service og tydelig informasjon om hva brukerne kan forvente, er viktige '
        'deler av dette.',
        'Brukerne av hjemmetjenester har i liten grad mulighet til å påvirke når tjenestene gis.',
        'Resultatene brukes i virksomhetsplanene.',
        'For at samspillet mellom politisk ledelse og administrasjon skal fungere, må roller og ansvar være '
        'avklart, og målene må være tydelige nok til å kunne følges opp.',
        'Flere av målene er fortsatt vanskelige å måle, og det er ikke alltid klart hvem som har ansvar for '
        'oppfølgingen.',
        'Rapportene er omfattende, men politikerne etterlyser mer analyse og færre detaljer.',
        'Godt sammenheng mellom kommuneplan, økonomiplan og virksomhetsplaner.',
        'Det handler om å finne en god balanse mellom sentral styring og lokal frihet under ansvar.',
        'Avtalene følges opp i medarbeidersamtaler med nærmeste leder.',
        'Felles ledersamlinger med rådmannen.',
        'Å koble økonomistyring og virksomhetsstyring er en av de største utfordringene kommunene står '
        'overfor.',
        'En tydelig arbeidsgiverpolitikk som gjør kommunen attraktiv både for nye og eksisterende '
        'medarbeidere er derfor viktig.',
        'Sykefraværet er redusert de siste årene.',
        'En suksessfaktor er at kvalitetsarbeidet knyttes tydelig til kommunens styrings- og '
        'oppfølgingssystem.',
        'Medarbeidernes forslag fanges i dag opp tilfeldig.',
        'Næringslivet opplever kommunen som tilgjengelig.'],
 'sv': ['I detta sammanhang gäller då både att vara lyhörd och öppen för diskussion innan beslut skall tas '
        'och om att sprida information om beslut som fattats.',
        'Det handlar i grund och botten om det demokratiska perspektivet som är grundläggande för den '
        'offentliga sektorn.',
        'Kommunfullmäktige skall ha en stark och framträdande roll.',
        'De förtroendevaldas roll av medborgarföreträdare skall vara tydlig.',
        'Medborgarna skall ha större möjligheter till direkt inflytande.',
        'Kommunens förvaltningsorganisation skall vara sammanhållen och präglas av helhetssyn och '
        'serviceanda.',
        'Resurser finns bland annat i form av en informatör och en webbmaster.',
        'Informatören håller ihop vilken information som ska läggas ut.',
        'Facebook används också som informationskanal där i princip allt läggs ut.',
        'Där redovisas även alla politiska aktiviteter under året exempelvis medborgarmöten.',
        'Informationen till medborna följs bland annat upp i internkontrollplanen.',
        'Under de senaste åren presenteras för övrigt en populariserad sammanfattning av årsredovisningen i '
        'flygbladet.',
        'Det bör dock nämnas att ett av kommunens effektmål är medborgardialog.',
        'När kommunplanen skulle arbetas fram var man ute i åtta olika medborgardialoger, en i varje socken.',
        'Utifrån de förslag som framkom arbetades framtidens äldreomsorg fram.',
        'Resultatet trycktes upp och finns exempelvis tillgängligt på biblioteket.',
        'En motion om att införa ett ungdomsråd kom upp i kommunen.',
        'De förtroendevalda är mycket aktiva i att besvara frågeställningar och föra diskussion.',
        'Alla medarbetare har fått fylla i en blankett om huruvida de har bisysslor eller inte.',
        'Bedömning om bisysslan varit förtroendeskadlig eller inte görs av närmaste chef.',
        'Frågan kommer att aktualiseras vid alla nyrekryteringar samt vid medarbetarsamtalen årligen.',
        'Hög tillgänglighet och ett gott bemötande är viktiga delar i ett sådant förhållningssätt.',
        'Att vara tydlig när det gäller information om vad brukarna kan förvänta sig i form av tjänster är '
        'ytterligare en viktig aspekt.',
        'Många gånger beror missnöje hos brukare på att man från verksamheten inte klargjort för brukarna '
        'vad kommunens tjänster skall innehålla.',
        'Tydlig information om tjänster och möjlighet för brukarna att tycka till om de tjänster som utförs '
        'brukar leda till en större andel nöjda brukare.',
        'I sammanhanget benämns detta ofta som kunden i centrum eller brukarfokus.',
        'Beslut, förankring och konkret arbete återstår.',
        'Bemötandefrågorna ska behandlas på samtliga arbetsplatsträffarna som stående punkt.',
        'Det kan ha ett symbolvärde som förstärker kommunens ambition och vilja om att detta är '
        'betydelsefullt.',
        'Det har inneburit att mycket arbete med att uppdatera och utveckla informationsinnehåll och service '
        'legat vilande i väntan på den nya plattformen.',
        'Det finns exempelvis alltid plats reserverad för ett barn vid en av de skolor som ligger närmast '
        'bostaden.',
        'Val av annan skola behöver inte motiveras och är fullt möjlig så länge det finns lediga platser.',
        'Val av annan skola ger däremot inte rätt till skolskjuts om detta skulle behövas.',
        'Det innebär att, förutom kommunen, även privata företag, kooperativ, ideella organisationer etc.',
        'Vad avser val av alternativ driftsform finns även ett antal kooperativ inom barnomsorgen.',
        'I det sammanhanget bör det i samverkan upprättas en individuell plan.',
        'Vid intervjuerna framkom att täckningen är god exempelvis inom äldreomsorgen, förskola och skola.',
        'Det finns tydliga rutiner för hantering och redovisning av synpunkterna.',
        'När det gäller rutiner för uppföljning och redovisning så är de interna stödfunktionernas arbete '
        'ett gott exempel.',
        'Den modell som de flesta använder för att förtydliga detta uppdrag är någon form av målstyrning.',
        'Hur denna modell är utformad i svenska kommuner varierar däremot i stor omfattning.',
        'Vid upphandling av tjänster från externa utförare bör denna spegla kommunens övergripande mål.',
        'Kommunstyrelsen ansvarar, på uppdrag av kommunfullmäktige, för att organisationen agerar inom ramen '
        'för uppdraget.',
        'Kommunstyrelsen ansvarar också för att det finns en fungerande planeringsprocess.',
        'Kommunstyrelsen tilldelar verksamhetsutskottet driftansvar för verksamheterna genom sin '
        'delegationsordning.',
        'Kommunstyrelsen, dess verksamhetsutskott, nämnderna och beredningen för skolfrågor styr även med '
        'riktlinjer.',
        'I den rollen ska beredningarna ta fram förslag till inriktningar och underlag för '
        'kommunfullmäktiges strategiska beslut.',
        'Beredningarna har också att ansvara för finansiering av verksamheter oavsett om de utförs i '
        'kommunal eller enskild drift.',
        'De intar ett konkurrensneutralt förhållningssätt mellan intern och extern verksamhet.',
        'De tar fram förslag till inriktningar.',
        'Nämnderna intar ett konkurrensneutralt förhållningssätt mellan intern och extern verksamhet.',
        'För en yttre betraktare är det inte alldeles enkelt att förstå den politiska organisationen, det är '
        'svårt att förstå hur ansvar och roller fungerar i praktiken.',
        'Den är förankrad i hela organisationen men det återstår en del i det praktiska arbetet.',
        'Kommunfullmäktige styr också med policys, planer och ekonomiska anslag.',
        'Policys och planer är av långsiktig karaktär och har bäring på visionen.',
        'Utifrån fullmäktiges styrdokument, ska beställande beredningar och nämnder samt kommunstyrelsen '
        'formulera och anta effektmål.',
        'Med utvalda kvalitets- och kostnadsmått som grund formuleras sedan effektmålen.',
        'På det sättet bestäms nivån på den kvalitet som ska uppnås och en jämförelse med kostnader kan '
        'göras.',
        'Utifrån effektmålen utformar respektive förvaltning och enhet därefter aktiviteter och nyckeltal.',
        'Effektmålen har också en koppling till de resurser som fullmäktige ställer till förfogande för '
        'respektive beställande beredning och nämnd.',
        'Effektmålen styr såväl den kommunalt drivna verksamheten som den externt drivna.',
        'Göra eleverna medvetna om vilken hjälp de kan förvänta sig av sina lärare.',
        'Värdegrundsarbetet ska utvecklas.',
        'Sänkning av resultatet kan härledas till hur arbetet har fungerat i enskilda klasser.',
        'Man arbetar med detta i de olika klasserna.',
        'Denna struktur är ny men förankrad.',
        'BoU förvaltningen leder utvecklingen och är ett gott exempel.',
        'Vissa nyckeltal, kopplade till effektmål, följs upp och redovisas till politiken i dessa '
        'månadsrapporter.',
        'Rapporteringen kompletteras med dialogsamtal vid behov.',
        'Varken politiker eller tjänstemän upplever generellt sett att det finns problem med rollerna.',
        'Relationen mellan tjänstemän och politiker är även god enligt intervjuerna.',
        'Finns det en otydlighet kring roller lyfts den i regel upp i de mötesforum som finns.',
        'Detta gäller inte bara på berednings- och nämndnivå utan även på övergripande nivå.',
        'Kommunchefen och kommunalråden har regelbundna möten, likaså förvaltningschefer och sina '
        'ordföranden.',
        'Det hålls en årlig kvalitetsuppföljningsdag, vilket är ett forum där tjänstemän och förtroendevalda '
        'träffas.',
        'För att hålla sig a jour med verksamheten har exempelvis förtroendevalda inom sociala nämnden haft '
        'kontaktpolitiker som regelbundet besök enheterna och rapporterat tillbaka till kollegorna i '
        'nämnden.',
        'Samspel och dialog följs upp genom riktade serviceenkäter till de förtroendevalda.',
        'Syftet är att få in synpunkter på hur stödet kunde utvecklas.',
        'Vad avser utbildning till förtroendevalda erbjuds en övergripande utbildning, till alla under ett '
        'par dagar, i inledningen av mandatperioden.',
        'Det förekommer inga formaliserade utbildningar löpande under mandatperioden.',
        'De förtroendevalda var nöjda med utbildningsutbudet.',
        'Samma mönster återfinns inom respektive förvaltning när det gäller fördelning av frihet och ansvar '
        'mellan förvaltningsledning och de olika resultatenheterna.',
        'Det optimala är att hitta en fruktbar balans mellan central ledning och lokal frihet under ansvar.',
        'Chefpolicyn är under revidering.',
        'Men enheterna har full frihet att omfördela resurser inom budgetramarnas underposter.',
        'De förväntningar som ställs i chefspolicyen är också en del i avtalet.',
        'Ledarskapet följs framför allt upp i dialog med närmaste chef och i medarbetarundersökningar.',
        'Det kan ha ett viktigt symbolvärde för att betona betydelsen av ett framgångsrikt ledarskap.',
        'Samtliga förvaltningar har ledningsgrupper som också träffas regelbundet.',
        'Detsamma gäller en större koncerngrupp där bland annat även bolagsledningarna är representerade, '
        'men dessa träffar är inte lika frekventa.',
        'Några förvaltningschefer skickar även ut infobrev i sina organisationer.',
        'Vid intervjuerna lyftes att det finns utrymme att bli bättre på att kommunicera vidare information.',
        'Vikten att agera som en god förebild tas ibland upp i ledningsgruppsmöten.',
        'Det som anslås i kvalitetspolicyen som ännu inte antagits, aktualiserar den frågan och för '
        'närvarande diskuteras hur man som ledare kan bygga en struktur och en kultur kring budskapet i '
        'policyen.',
        'Ett exempel på en satsning som involverade alla kommuner i länet var en aspirantutbildning som gav '
        'bra resultat, genom att några deltagare gick in i ett chefskap efter avslutad utbildning.',
        'Kommunen påbörjade nyligen ett eget ledarprogram som dock avbröts efter en tid då många var '
        'missnöjda med innehållet som inte uppfattades vara anpassat efter de behov som finns.',
        'Man kan våga sig på att säga att just uppgiften att koppla ihop ekonomistyrning med '
        'verksamhetsstyrning och därmed också uppföljning av detsamma, är en stor utmaning som svenska '
        'kommuner står inför.',
        'Rent praktiskt har man dock först på senare år anpassat sin styrning utifrån denna logik.',
        'I rapporteringen ligger fokus på att genom nyckeltal redovisa graden av måluppfyllelse, men inte '
        'tydligt i relation till kostnad.',
        'Den innehåller uppföljning av beredningarnas och nämndernas verksamhet och ekonomi inklusive en '
        'prognos för helåret.',
        'Vid behov kan beslut tas om åtgärdsplaner i syfte att bedriva verksamheten inom angivna anslag och '
        'mål.',
        'Dessa åtgärdsplaner anger vad nämnder, beredningar och förvaltning särskilt ska beakta för att '
        'korrigera verksamheten mot att uppnå satta mål inom ramen för tilldelade resurser.',
        'Men fokuset ligger på avvikelse mot förväntat budgetutfall och exempelvis åtgärdsplanerna som ska '
        'upprättas är inte anpassat för verksamhetsmässiga avvikelser.',
        'Ett arbetsverktyg som samlar alla dokumentation kring mål- och resultatstyrningen och underlättar '
        'rapportering och uppföljning.',
        'Arbetet med att ta fram viktiga nyckeltal har bidragit till en ökad kunskap kring kostnader kontra '
        'kvalitetresultat.',
        'Arbetet pågår och man har inte hittat en trygghet i alla mått men enligt intervjuerna pratas de '
        'både pengar och kvalitet på alla nivåer i organisationen.',
        'Om man lägger in en kostnadsparameter i resultatet vill säga.',
        'Syftet har varit att samordna kommunernas lönesystem och möjliggöra bildande av ett gemensamt '
        'lönekontor.',
        'Samordningen ger möjlighet till kostnadsbesparingar samtidigt som den ger minskad sårbarhet för '
        'båda kommunerna.',
        'Genom att titta på problematiken tillsammans – och också tillsammans skapa lösningarna, tror man på '
        'synergieffekter och en bättre ekonomisk hushållning med resurser.',
        'Vad exempelvis avser kompetensförsörjning och ledarutveckling så följer man den utveckling och tar '
        'del av de insatser som man erbjudas inom länet.',
        'Förvaltningarna äger själva frågan i stor utsträckning.',
        'Syftet är att tillsammans skapa möjligheterna för en god kompetensförsörjning av nyckelfunktioner '
        'på sikt.',
        'På individnivå följs för övrigt kompetensutvecklingsbehovet på individnivå upp i '
        'medarbetarsamtalen.',
        'Vad avser upprättandet av individuella utvecklings- och utbildningsplaner, i anslutning till '
        'medarbetarsamtalet, används olika mallar i de olika förvaltningarna.',
        'Hur stor andel fångas inte upp i medarbetarenkäten.',
        'För att framstå som en attraktiv arbetsgivare finns en del förmåner.',
        'Kommunen satsar exempelvis på hälsa och friskvård.',
        'Ett led i detta är att alla arbetsplatser har en hälsolagledare och all personal får '
        'friskvårdskuponger.',
        'Det kan vara golf, teaterutflykter eller resa till någon skidbacke.',
        'Det kan vara ett viktigt resultatmått att styra och utveckla på.',
        'De fackliga företrädarna har en bild av att kvaliteten på samtalen varierar och att en del chefer '
        'behöver utbildas i att hålla samtalen.',
        'Lönesamtal sker utifrån fastställda lönekriterier och kommunens vision.',
        'Kommunen har fyra övergripande lönekriterier som sedan bryts ner inom respektive förvaltning och '
        'ibland på enhet.',
        'Ute på förvaltningarna gör man även tillbudsrapportering och arbetsmiljöronder.',
        'Om den uppkomna frågan inte kan lösas på denna nivå, får frågan hänskjutas till någon av '
        'samverkansgruppena.',
        'Den är framtagen av en grupp där samtliga förvaltningar varit representerade och där man gjort en '
        'undersökning med ett stort antal frågeställningar som besvarats av medarbetarna.',
        'Personalenheten har ett gott renommé kring bland annat rehab.',
        'Därefter anpassa uppföljningen utifrån den nya riktningen.',
        'En framgångsfaktor för ett fungerande kvalitetsarbete är att det system som används, tydligt länkar '
        'till kommunens styr- och uppföljningssystem.',
        'Den ska utgöra en grund för styrningen och vara ett redskap för uppföljning av verksamheten.',
        'I dagsläget saknas ett övergripande strategiskt anslag kring kvalitetsarbete och utveckling.',
        'Ska detta få någon praktiskt genomslag måste man ändra fokus och konkret förändra arbetssätt.',
        'Det är en resurs som bör nyttjas.',
        'Ett alternativ är att ansluta till den utveckling som pågår inom länet, regionen eller nationellt.',
        'Nödvändigheten av att samspela med omvärlden är redan nu en starkt bidragande orsak till att delta '
        'i utvecklingen, men framför allt att verksamheten har modern teknik som arbetsredskap.',
        'Likaså att upprätthålla samverkan på regional, nationell och internationell nivå.',
        'Vissa aspekter kring samspelet med civilsamhället fångas till viss del upp i det fritidspolitiska '
        'programmet.',
        'Vad avser näringsliv och internationell samverkan saknas tydligt dokumenterat strategiskt anslag.',
        'Vad avser stödet till ideella föreningar finns det kommunalt utvecklingsstöd som föreningar själva '
        'behöver söka.',
        'Målgrupp är ideella organisationer som har en bred förankring i bygden.',
        'Exempel är byalag, hembygdsföreningar och övriga lokala utvecklingsgrupper.',
        'Kommunen har ett kulturpolitiskt program som styrdokument.',
        'Kulturrådet är ett öppet forum där alla föreningar är välkomna att delta.',
        'Bland annat ingår hembygdsföreningar, kulturföreningar, museiföreningar samt studieförbund.',
        'Tillsammans arbetar man för att marknadsföra kulturfrågor i kommunen.',
        'Folkets hus och folkets park är givna arenor för många av kommunens aktiviteter men det finns också '
        'kulturen när även ut i de olika orterna i kommunen.',
        'Syftet är att samverka för att få till stånd korta informationsvägar.',
        'Kommunstyrelsens ordförande är även ordförande i arbetsmarknadsrådet.',
        'Syftet är att fördjupa och utveckla både det lokala och det regionala näringspolitiska arbetet.',
        'Stor vikt läggs vid att attrahera internationella etableringar.',
        'Idag har vänortsutbytet främst kulturell karaktär och på föreningsbasis.',
        'En inriktning finns för ekonomisk hållbar utveckling.',
        'Energin som produceras inom kommunen ska vara förnybar.',
        'I det ingår både arbete tillsammans med allmänheten och företag i den geografiska kommunen och '
        'internt i kommunkoncernen.',
        'Varje år sammanställs en handlingsplan till energiplanen, dels en femårig plan och dels en '
        'ettårsplan.',
        'Varje år görs en översyn och vid behov en revidering av femårsplanen.',
        'Genom att se över en kommuns energiförbrukning, tjänsteresor, transporter samt inom ramen för '
        'upphandling ställa klimatkrav, kan kommunen minska sin egen klimatpåverkan avsevärt.',
        'Kommunen kan även verka för att öka energieffektiviteten och öka energiproduktionen i den '
        'geografiska kommunen genom att vara pådrivande i utvecklingen.',
        'Kommunen kan även styra energianvändning och energitillförsel genom att agera utifrån sina roller '
        'som offentlig aktör, informatör, fastighetsägare, och som arbetsgivare.',
        'Kommunen arbetar intensivt för att minska klimatpåverkan och har exempelvis helt lämnat '
        'oljeuppvärmning.',
        'Man mäter och följer upp nogsamt och mm man spar på el finns beslut om att verksamheterna ska få '
        'behålla mellanskillnaden i sin budget.',
        'För närvarande pågår en kartläggning för att se över vilka verksamheter som skulle kunna använda '
        'solenergi.',
        'Vad avser arbetet med att motverka social och etnisk segregation i lokalsamhället så har kommunen '
        'inget problem.',
        'Det fungerar bra för exempelvis utlandsfödda svenskar att komma in i samhället.',
        'Kommuninvånarna kan också lämna medborgarförslag till kommunen.',
        'Borlänge har medborgarkontor i två orter där man kan få hjälp med specifika ärenden, få kontakt med '
        'rätt person eller instans i kommunen och få svar på allmänna frågor.',
        'Betona dessa begrepps värde i nyrekrytering och vid introduktion.',
        'Beredningarna är befolkningsföreträdare.',
        'Ambitionen att komprimera den övergripande målbilden, lägga fokus på och mäta det viktigaste.',
        'Detta återspeglas ofta även inom förvaltningsorganisationen där förvaltningsövergripande anslag '
        'kring ekonomi-, personal- och utvecklingssystem ställs mot förvaltningsspecifika system.',
        'Om periodbokslutet redovisar underskott ska av kommentarerna framgå vilka åtgärder som har '
        'vidtagits och kommer att vidtas för att eliminera det befarade underskottet.',
        'Borlänge kommun har ett funktionellt system för ekonomistyrning och löpande avvikelshantering.',
        'Utveckla innehållet i analyskolumnen.',
        'Därefter anpassa uppföljningen utifrån det nya anslaget.',
        'Generella och verksamhetsanpassade lönekriterier.',
        'I den kommunala världen har oftast kvalitetsarbete förekommit som enskilda öar knutna till vissa '
        'verksamheter.',
        'Även om några näringslivsaspekter lyfts i planen för mångfald och valfrihet och att man tagit fram '
        'en tjänstedeklaration för näringslivsarbetet.',
        'Samarbetet har även ett internationellt perspektiv eftersom konkurrensen om företagsetableringar, '
        'boende, och besökare är hård.',
        'Synliggör det ideella arbetet i kommunen.',
        'Skövde kommun har ett funktionellt system för ekonomistyrning och löpande avvikelshantering.',
        'Skövde har medborgarkontor i två orter där man kan få hjälp med specifika ärenden, få kontakt med '
        'rätt person eller instans i kommunen och få svar på allmänna frågor.',
        'Sammanställ och analysera synpunkter på kommunövergripande nivå.']}
