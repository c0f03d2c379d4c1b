-- seedforge 0.1.0 - scenario "shop", seed 7, reference date 2026-01-01T00:00:00.000Z.
-- Generated file: do not edit. Load with: psql -v ON_ERROR_STOP=1 -f seed.sql

BEGIN;
SET LOCAL client_encoding = 'UTF8';
SET LOCAL datestyle = 'ISO, YMD';
SET LOCAL timezone = 'UTC';

COPY "catalog"."products" ("id", "sku", "name", "description", "price", "stock", "tags") FROM stdin WITH (FORMAT csv);
1,SKU-33898,patria inventore,Tonsor caute tabella atqui rem cupiditas quae. Animadverto depopulo aut vesper. Aptus cimentarius vinitor bonus soluta confero. Angustus provident tepidus deleniti ex creptio atqui usque solvo stultus coma sordeo. Amor tremo dedico conservo possimus.,330.29,304,"{conspergo,acsi,cubitum,amaritudo}"
2,SKU-42542,voluptatum error tempus,Ut adicio commodo aduro tabesco statua tamisium ater ultra. Cohaero avarus volup venustas uberrime baiulus trucido culpo cur. Bis quae videlicet annus veritatis sed. Confero anser appello termes alveus vero aestivus. Defetiscor toties acervus adeptio aro tamisium earum absconditus.,73.14,304,{acidus}
3,SKU-52449,eos accusator,Repudiandae tabgo viscus temptatio aduro credo. Vito tamen depopulo tabesco aer tactus consectetur arbustum adeo. Statua reiciendis abstergo ait caecus pauci copia a apto. Cometes vado animi excepturi arguo convoco cultellus congregatio. Decretum arbustum eaque pecus curto.,272.01,41,"{adaugeo,adulescens,ascisco}"
4,SKU-42483,thesaurus veniam,Sordeo speculum fugiat volaticus vester vester aeternus amplitudo denuncio patruus delectus depono. Creptio ancilla apto tardus aestivus doloribus complectus cribro bestia. Vesco accommodo vociferor synagoga odio tero. Arguo cum argumentum damnatio amitto basium eum abduco aptus tardus tumultus tabella. Appositus paulatim vicinus animus suffragium aduro verto crebro conqueror ubi cultura.,272.67,331,{vos}
5,SKU-78726,blanditiis cultura,,307.06,337,{civitas}
6,SKU-94279,thesis velociter,Cubo tener talis mollitia vehemens tenax deficio reiciendis autem vigor caterva vaco. Sustineo illum conscendo tendo aufero. Harum cruciamentum attero admiratio.,74.05,34,"{abutor,ustilo,attero}"
7,SKU-08396,succurro capitulus adduco nulla,Civitas venia totidem cubo. Valde repellendus iure eaque inventore assentator vos capio eos suspendo. Creber contra absum uxor clamo cibo pecto agnitio repellat causa torqueo. Cohibeo caute vapulus capto caelum.,387.76,332,"{textilis,victoria,custodia}"
8,SKU-88156,ubi vesco,Benigne atrox spargo aestas sopor cohors officia ipsa cumque celo. Tubineus vesper videlicet dignissimos asporto. Stipes amplus adflicto commodi stultus. Depromo cilicium veritatis vallum auxilium fugit crapula.,122.59,113,"{constans,avarus}"
9,SKU-71834,advoco basium tibi utique,Vomer tempore velociter claustrum asper traho adipiscor aureus depraedor vesper tenuis. Tamen averto assentator ceno vesica urbs patria aestas tremo ver velut contigo. Corona curso crux crur caput claustrum torqueo aestas tamisium temperantia adflicto cultura.,107.40,45,{cilicium}
10,SKU-85446,tumultus tempore,Molestiae sopor subnecto baiulus vinco decipio ceno aeger id. Vulnus non aureus victoria certe comedo iusto fugiat abeo trucido cubo. Depereo placeat agnosco quos. Defessus supra vapulus terreo sopor adopto.,151.45,364,"{tempore,aro}"
11,SKU-21280,auditor antea solus,Thorax celer vel subseco. Adeptio alias validus ipsa astrum capio acceptus. Maiores adopto atque urbs caute coerceo. Tempore deprecator strenuus abbas timor aggredior valens pax dolorum. Tamen alienus infit beatae peior. Ullam quam audacia thermae compello bestia curo ad cruentus contego coadunatio in.,109.97,184,"{vitiosus,turbo,vergo,mollitia}"
12,SKU-61707,tametsi abduco venia crux,Cursus taedium crapula tendo celer audio. Alias tempore depromo bos. Censura claro demulceo aureus animi crur voluptatum advenio deinde uredo torqueo. Tabgo titulus copia custodia coaegresco voluptatibus eius distinctio audacia triduana.,222.14,311,"{damno,officia,vacuus,substantia}"
13,SKU-79521,tabella suadeo demonstro,,302.60,324,"{turpis,patria}"
14,SKU-89772,deduco clam,Trans credo tactus vesica alioqui collum. Cibus dignissimos tardus tepesco aperio usitas armarium labore. Aestivus despecto aequus acies succurro animus nostrum. Tristis ascit vado varius tonsor nulla demergo crastinus corpus acer curvo vetus.,193.95,320,"{cogito,ustulo,arx}"
15,SKU-61964,casso cogito,Pariatur consuasor sollicito comes adulatio crapula vivo amaritudo. Exercitationem tergeo temperantia cultura verumtamen libero cursim sublime. Suffragium verus volva cohors libero assentator amo aegrotatio adinventitias adnuo ultio. Vallum consectetur rerum deripio vilis vulpes.,187.12,266,{degusto}
16,SKU-06385,cresco vulnus acies,Debilito dedecor baiulus depromo congregatio decor odit aranea subito. Cumque suggero non vigilo aegre. Modi trado totam ustulo cibus textus derelinquo fugit enim. Desparatus pecus crux ver aegre sit caries exercitationem aut adduco sunt. Sunt pecus aqua thalassinus cognatus.,203.38,339,{cado}
17,SKU-34339,vito tunc advoco sunt,Tonsor suadeo compello custodia incidunt debeo demergo. Sono aegrotatio titulus aspicio centum solutio molestiae nostrum dignissimos talis. Amet deludo quaerat verbera rem attonbitus suppellex adiuvo conforto. Cupressus versus repellendus surgo. Infit arcesso assentator deficio quos valetudo ipsum urbs.,212.62,369,"{impedit,viscus,concido}"
18,SKU-21816,alioqui strues suasoria arcesso,Creptio facere voluptatum traho tubineus acsi uredo cariosus succedo torqueo. Uterque ipsam debitis alius consuasor adversus eligendi cunctatio. Nesciunt pel auctus adinventitias statim derideo. Velut minima volubilis cilicium. Cornu tenetur pariatur infit defaeco.,313.66,311,"{apud,sed,voluntarius}"
19,SKU-67375,stillicidium decor apparatus,Amaritudo deserunt voluptas synagoga conicio comprehendo delicate approbo assumenda vehemens volubilis. Similique vigor carus voluptatem tutis vitiosus benigne spes tergum conculco vociferor triduana. Basium tenuis summisse vacuus ter clamo succedo ante amo. Varietas accedo turbo tyrannus curia. Curis deprimo alo vapulus acceptus tristis adfectus aestivus doloribus curto veritas comptus. Supellex clibanus traho verus tersus vitiosus strenuus pecco aegrotatio culpo auctor.,24.64,305,{balbus}
20,SKU-32187,taedium utilis adflicto,Demum abutor tamdiu verbum caritas titulus. Confero carbo tonsor minus timor somnus tripudio corrigo antiquus suggero animadverto. Conicio victoria peior curtus arcus conforto coadunatio accendo animi. Statua ademptio impedit valde tabula ulciscor culpa sperno.,284.46,11,{curatio}
21,SKU-07387,cilicium pel carbo viscus,Conculco fugiat confugo talus uxor depraedor thymum acerbitas compello exercitationem argumentum ocer. Sollicito tot centum virtus vaco certus sponte inflammatio audeo baiulus conspergo termes. Denuncio volva tenus chirographum volva corpus. Cibo tergiversatio adimpleo contego concedo.,372.84,484,"{deorsum,velut,synagoga}"
22,SKU-05946,comis victus enim,Audax comitatus deprimo virga defetiscor virga. Texo thorax conforto tremo. Ullam desparatus surgo accedo confugo absens. Deserunt patrocinor delibero basium.,370.09,425,"{commodi,vindico,conforto,totam}"
23,SKU-78663,spectaculum adhaero,Conor adulatio aut conforto solium conspergo comis clibanus teres suffoco ullus crapula. Placeat cultellus cogo amplus ipsam. Vix averto porro combibo fugiat ocer delinquo delectatio altus corpus.,333.60,353,"{convoco,commemoro,voluntarius}"
24,SKU-98827,minima collum accusantium officiis,Assentator capio eos verbera aufero. Ater verecundia claudeo patruus ea theca vinco. Molestias videlicet thesis acies aqua. Odio defetiscor bene aestus. Desparatus corona deprimo tandem candidus acidus. Summisse vilitas condico tenus.,245.36,324,"{capto,tempore,bonus,vereor}"
25,SKU-08983,cruentus sopor reiciendis communis,Depereo fugiat perferendis cavus colo articulus aestas annus vivo carcer perferendis culpo. Turba arto succedo explicabo atrox conor rerum. Talio temperantia explicabo villa. Auxilium volo sponte temeritas valde quia anser traho. Coniecto depraedor arma cunctatio tam succedo carpo volaticus.,360.50,459,{spiculum}
26,SKU-12279,suscipio amor,Utique tremo ademptio demoror. Blandior quasi tunc apparatus coadunatio vox sit ubi modi conitor adnuo. Acsi amita vulnero ait aqua. Amo debilito vicinus cura curia virgo ultra nostrum.,218.81,342,"{voveo,suasoria,tunc,torrens}"
27,SKU-69448,desolo centum curiositas,Cursus tamen sublime tactus aufero adfectus sint xiphias defessus cariosus vulnus. Trans repudiandae voluptatum cursim modi. Arcus abundans iusto cernuus voluptate bonus talus deludo corona creta adsidue abduco. Valens aer trepide carus amplexus itaque accendo.,287.76,455,"{ducimus,chirographum}"
28,SKU-96989,color atqui,Titulus adduco summisse tutamen porro delicate. Tendo cognomen contigo talus deprecator clarus. Hic tum contra ipsa ad dens aureus maiores calculus desino cubitum defluo. Cena suscipit videlicet comis trucido candidus damnatio delego. Commodi cras vesco alienus magni caelestis error totam. Umbra tersus conforto amplitudo amicitia suggero vicissitudo apostolus conor animus volaticus vulticulus.,40.89,373,"{conatus,conicio,abeo,titulus}"
29,SKU-76066,turba adipisci corroboro,Arguo est ambulo stultus suggero contra dolores suasoria decumbo thymum thalassinus. Carcer vesper despecto abutor. Aequitas hic infit alioqui carcer abstergo corpus cito.,200.08,444,"{aperio,adipisci,sum,infit}"
30,SKU-40284,aro sint,Comis approbo coma ubi rerum spiritus cervus cogo. Itaque cuius minus territo auditor confido decet defetiscor apud demitto. Virtus carus comprehendo clamo arto absum acidus testimonium territo temeritas bestia. Aequus cubitum urbanus apparatus aptus mollitia vito audio asper conqueror tenax ascisco. Ambitus administratio illo dolorum ago utilis dicta degenero. Defessus aer temptatio excepturi aperiam coniecto sub carcer rerum.,150.23,219,{aro}
31,SKU-53701,veritas carcer vos ultio,,88.90,32,"{suggero,desidero}"
32,SKU-57401,aedificium carbo conatus,Bene tabgo comitatus arbitro arto tero spectaculum suadeo sed suppellex. Pecco animi validus audio talio territo stella tutamen. Verbum tametsi aranea defungo vinum uxor conturbo brevis vitiosus cubo.,339.52,309,"{suscipit,alienus}"
33,SKU-27764,vae at carbo,Verumtamen comptus vos pectus eum audacia avarus cauda conitor derelinquo compello aequitas. Aspicio vitae basium sordeo truculenter. Casso vir soleo aranea carbo peior creta decimus aro tersus combibo amplitudo. A soluta strenuus thesis adfero depromo doloribus confero vitiosus adsum ubi ascisco.,49.48,280,"{acceptus,ullus,dapifer}"
34,SKU-78073,tamdiu usus,Eveniet victoria nulla statua. Explicabo amplitudo cibo crinis thymum velum. Catena tamquam reiciendis tergeo dens omnis constans velum suadeo aestivus. Audentia adeptio causa comprehendo aegre vis doloribus.,149.42,150,{necessitatibus}
35,SKU-13673,quis celo ultio,Arceo adfectus tantillus tenus adhuc temporibus ulterius demoror vespillo sit suggero. Cattus viridis illo ulciscor atavus animus excepturi dolorem uxor utique aduro. Suffragium confido acsi tremo quam decretum verbum corroboro vobis sui accusator nihil. Consuasor vilitas atrox cibus cursim omnis addo illum claro. Testimonium angustus aperio universe verbera bos tempus audacia accusamus videlicet uredo.,367.17,396,{adulescens}
36,SKU-89267,corpus explicabo,Cubitum textor thesaurus damno soleo patior ullus. Casso iure curto arx cursim sonitus eveniet color qui denego. Subito accusamus cupressus creator vere peccatus. Thesaurus quos compello cursus sto tredecim aut claudeo tenetur. Amaritudo usitas iure antea aufero ex bellicus harum.,302.45,380,"{crastinus,advenio}"
37,SKU-90687,eaque tepesco,Depereo repellendus a distinctio cum doloribus omnis. Bellicus totidem suffragium antiquus tres calamitas tres uterque. Cervus pecus cupressus templum vita calamitas perspiciatis temptatio. Cras adfectus iure cunae bonus saepe thalassinus deduco usitas bestia. Ademptio delinquo perferendis vicissitudo tremo voluptatum veniam cursus vulnus suadeo derelinquo.,253.55,3,"{demo,eius,temptatio}"
38,SKU-97198,delego curto,Clamo balbus caritas advenio usitas earum. Arbustum cultura temeritas pecus coadunatio triumphus. Sodalitas aperiam culpo adimpleo.,349.57,23,"{minima,cado,venia}"
39,SKU-84765,eum ustilo aeternus,Acquiro volubilis urbanus vilis vel bibo. Aequus vito sulum demitto pecus. Tempus adulescens vilitas communis coaegresco appono. Stella caecus congregatio alter dolores angulus dolorum usque thermae.,344.48,286,"{benevolentia,carpo,patior}"
40,SKU-33485,impedit aveho temperantia praesentium,Asperiores utrimque teneo varietas bardus. Subvenio aeneus altus aufero allatus odit tersus arma clarus. Utor adulatio thymum talio creptio.,40.45,123,"{adficio,laboriosam}"
\.

COPY "public"."customers" ("id", "email", "first_name", "last_name", "phone", "address", "created_at") FROM stdin WITH (FORMAT csv);
93fb6769-c0b6-4e7e-aba4-ef0b861733a7,joseph.sanford55@shop.example,Colt,Borer,1-856-638-2367,"{""street"":""595 Schuster Grove"",""city"":""Blue Springs"",""state"":""Maryland"",""zip"":""06640"",""country"":""United States""}",2025-09-13 18:19:40.065+00
a9986372-89c5-4d57-887f-a8ad1236e86e,delfina_boehm95@shop.example,Ari,Johnston,1-933-285-9191,"{""street"":""5288 Dietrich Hills"",""city"":""Gilbert"",""state"":""Mississippi"",""zip"":""98918"",""country"":""United States""}",2025-08-14 05:37:13.839+00
bc6ceb4a-52e9-4459-bd3a-7f6add848150,tony_mills32@shop.example,Nelson,Willms,,"{""street"":""569 Balistreri Street"",""city"":""Kingsport"",""state"":""Texas"",""zip"":""85976"",""country"":""United States""}",2025-03-14 11:24:37.537+00
eb708ccd-34fe-428f-a98c-ad818e7d1898,brice.mills90@shop.example,Ambrose,Zboncak,(735) 805-7951,"{""street"":""5519 Boyle Hollow"",""city"":""Chattanooga"",""state"":""Indiana"",""zip"":""73813"",""country"":""United States""}",2025-10-23 03:47:31.668+00
a00762d0-2732-499d-94ce-95cccd5fb5a4,sherry_emard42@shop.example,Ricardo,Lehner,801-834-1834,"{""street"":""2134 Homenick Mountain"",""city"":""Grapevine"",""state"":""Connecticut"",""zip"":""20071"",""country"":""United States""}",2025-05-22 01:09:45.186+00
378f3a67-9b6b-46a6-bef9-4732228d7512,simeon.boyle66@shop.example,Antonetta,Nitzsche,358-421-1523,"{""street"":""2769 Johnson Key"",""city"":""Antelope"",""state"":""California"",""zip"":""31785"",""country"":""United States""}",2025-03-09 22:43:48.696+00
80353df2-ae3f-4153-96d6-7108f795e46e,myrl.abernathy60@shop.example,Ida,Predovic,329.679.9117,"{""street"":""6467 Hammes Mount"",""city"":""San Bruno"",""state"":""Mississippi"",""zip"":""49652"",""country"":""United States""}",2025-07-08 17:11:27.538+00
73fbb2ab-a490-4246-83b2-74214ef64d78,evan.krajcik46@shop.example,Scottie,Schmitt,(440) 692-8775,"{""street"":""2081 Auer Skyway"",""city"":""Woodbury"",""state"":""New York"",""zip"":""79698"",""country"":""United States""}",2025-05-26 14:25:28.378+00
9c9688cf-d8d0-4971-b5d7-79bdfb4c7738,anastacio_emmerich54@shop.example,Deon,Abbott,(976) 311-1645,"{""street"":""9674 Berge Prairie"",""city"":""Grand Rapids"",""state"":""Indiana"",""zip"":""02993"",""country"":""United States""}",2025-11-18 00:15:41.107+00
0c838c30-17b1-415a-8248-deaf9c76757f,sibyl_willms68@shop.example,Jakayla,Flatley,626.739.8929,,2025-06-28 05:00:28.542+00
c40bfc1f-645e-458a-bbd2-4181011cb1b8,lori.cronin44@shop.example,Estelle,Nitzsche,(914) 257-0650,"{""street"":""599 Larson View"",""city"":""Hilo"",""state"":""Kentucky"",""zip"":""72485"",""country"":""United States""}",2025-12-21 02:21:48.183+00
f2be4d54-2205-4e8c-82e5-e1837e0b05cb,blaze.waters31@shop.example,Derrick,Hilll,(831) 980-5812,"{""street"":""9645 Willms Ferry"",""city"":""Chula Vista"",""state"":""Tennessee"",""zip"":""01129"",""country"":""United States""}",2025-07-24 16:59:52.255+00
964fc320-8fe9-4b6d-9c4d-30fd846596c3,jodie.dare45@shop.example,Hallie,Marks,1-423-703-4172,"{""street"":""2796 Mueller Loop"",""city"":""East Lansing"",""state"":""Alaska"",""zip"":""49338"",""country"":""United States""}",2025-02-04 14:42:18.061+00
aa1cb192-48eb-4b02-81ea-7482e98bdd3b,alessandra.morissette97@shop.example,Chelsea,Marquardt,787-473-4221,"{""street"":""334 Beer Estate"",""city"":""Miami Beach"",""state"":""Florida"",""zip"":""84997"",""country"":""United States""}",2025-11-17 09:00:20.944+00
3404eaca-98fb-4088-811f-4a70e27beaa2,estefania.heller53@shop.example,Georgiana,Heller,1-476-523-6714,"{""street"":""7383 Rogahn Heights"",""city"":""Bartlett"",""state"":""Delaware"",""zip"":""43870"",""country"":""United States""}",2025-08-27 10:35:45.224+00
5c631455-d9d4-41e3-a800-71a35888a9f8,terence.hilll98@shop.example,Raina,Moore,1-825-457-5463,"{""street"":""8669 Kuhic Station"",""city"":""Camarillo"",""state"":""Utah"",""zip"":""27492"",""country"":""United States""}",2025-08-16 13:27:20.558+00
4bb77649-76ac-4fb3-8e97-b0ba6f1e8fec,wilmer.harvey27@shop.example,Daniel,Wilderman,(531) 369-5959,"{""street"":""433 Leffler Land"",""city"":""Dublin"",""state"":""Maryland"",""zip"":""89007"",""country"":""United States""}",2025-06-10 13:16:32.650+00
3855bd9a-bdf5-4d4a-b24f-76a9008ea0e1,narciso.schuster16@shop.example,Nikita,Gusikowski,349-727-1934,"{""street"":""3247 Koss Mission"",""city"":""DeKalb"",""state"":""New Hampshire"",""zip"":""77836"",""country"":""United States""}",2025-06-30 06:28:39.269+00
add2302e-6267-41b6-a534-16d3d900b277,llewellyn_jerde58@shop.example,Macey,Reichel,(326) 960-9661,"{""street"":""1317 Bartell Land"",""city"":""Dearborn Heights"",""state"":""Virginia"",""zip"":""91877"",""country"":""United States""}",2025-07-30 22:33:30.569+00
ae6e438d-c555-4b3e-8d98-28c17da472c6,otilia.denesik93@shop.example,Gussie,Fisher,944.689.4942,"{""street"":""5791 Terry Walks"",""city"":""Sunrise"",""state"":""Oregon"",""zip"":""79581"",""country"":""United States""}",2025-12-09 01:41:40.351+00
7ad71bc4-e9f1-4493-ace9-67cd75930181,reese.kuphal37@shop.example,Royce,Zulauf,1-904-550-6733,"{""street"":""4612 Torphy Overpass"",""city"":""North Richland Hills"",""state"":""Delaware"",""zip"":""36714"",""country"":""United States""}",2025-10-05 06:34:33.248+00
d8eec270-be69-4ccc-bd68-aa791c7aaa2d,sally.schuppe65@shop.example,Isabelle,O'Reilly,252.602.5581,,2025-07-28 04:02:47.812+00
fabcf5df-0bd0-48cc-980a-34fa093c6914,dave_powlowski25@shop.example,Jose,Spencer,(715) 626-1876,"{""street"":""2542 Koelpin Shore"",""city"":""Loveland"",""state"":""Montana"",""zip"":""46693"",""country"":""United States""}",2025-10-09 16:26:16.270+00
8c4e4b63-d1e1-4597-afa7-11c60a8fa805,ignacio.windler88@shop.example,Easton,Olson,273.805.3798,"{""street"":""1623 Stokes Path"",""city"":""East Orange"",""state"":""Maine"",""zip"":""56477"",""country"":""United States""}",2025-01-19 02:57:08.486+00
73298920-2bfc-491d-ac73-ac19eb2de334,curtis.ernser19@shop.example,Dwight,Botsford,897-938-6853,"{""street"":""4025 Johnston Spurs"",""city"":""Taunton"",""state"":""Washington"",""zip"":""04380"",""country"":""United States""}",2025-02-01 11:49:02.948+00
a8222365-95e4-4407-ba89-3f2e45858035,lorenz.dickens14@shop.example,Cassie,Gislason,285.436.2244,"{""street"":""7263 Skiles Forest"",""city"":""Rochester"",""state"":""Maryland"",""zip"":""74260"",""country"":""United States""}",2025-09-11 23:40:48.098+00
1f16dd11-0180-4a62-a3c0-78ad485b7863,bessie_osinski56@shop.example,Cale,Walker,916-870-6000,,2025-03-19 16:11:44.656+00
eb1f2a95-c062-4476-9d7f-2f43ff7576d9,frederick_tromp50@shop.example,Kane,Stamm,(373) 489-6286,"{""street"":""596 Schmidt Ways"",""city"":""Saginaw"",""state"":""North Dakota"",""zip"":""54839"",""country"":""United States""}",2025-09-22 22:07:10.614+00
b670935b-e82a-410b-a657-594ae572928f,leroy_wilderman22@shop.example,Jordon,Tillman,708-548-4473,"{""street"":""4890 Barrows Meadow"",""city"":""Davenport"",""state"":""Utah"",""zip"":""69455"",""country"":""United States""}",2025-03-06 18:18:52.114+00
d5b34b14-9d18-4af1-9680-11fe82ad8e05,curt.nienow33@shop.example,Neoma,Stroman,(306) 767-3239,"{""street"":""4079 Kemmer Parkways"",""city"":""Skokie"",""state"":""Georgia"",""zip"":""74049"",""country"":""United States""}",2025-04-10 06:05:34.042+00
54509920-9f4b-4f93-bad4-fcf71ffdf98b,jaquan.mclaughlin77@shop.example,Seth,Pacocha,598.766.4957,"{""street"":""8635 Lowe Motorway"",""city"":""Macon-Bibb County"",""state"":""Tennessee"",""zip"":""22579"",""country"":""United States""}",2025-04-13 11:29:49.573+00
9f71857c-0c7f-46ae-a21b-7e7f8aac26b3,chaya.jast40@shop.example,Murl,Bosco,1-913-925-0982,"{""street"":""8044 Zulauf Keys"",""city"":""Syracuse"",""state"":""Georgia"",""zip"":""77531"",""country"":""United States""}",2025-01-18 16:36:55.787+00
866fb359-a9bd-43e8-8989-90fcb8675cc0,casper_hodkiewicz52@shop.example,Tate,Hamill,(381) 205-1192,"{""street"":""2119 Weimann Valleys"",""city"":""Norfolk"",""state"":""South Dakota"",""zip"":""35554"",""country"":""United States""}",2025-02-25 01:28:08.640+00
e843e105-2b6a-42da-aca5-f0adfd5ebcfc,murl.sauer81@shop.example,Einar,MacGyver,,"{""street"":""159 Wisoky Landing"",""city"":""Lake Forest"",""state"":""Nebraska"",""zip"":""71257"",""country"":""United States""}",2025-01-22 14:31:01.158+00
8c0ce575-1f08-4164-92fc-cd3ecd71da30,armani_will71@shop.example,Macie,Schmeler,,"{""street"":""9625 Smith Pike"",""city"":""Coon Rapids"",""state"":""Pennsylvania"",""zip"":""40935"",""country"":""United States""}",2025-08-24 12:22:21.415+00
d096e535-5187-450a-a956-4594cc62d1ab,dalton.altenwerth20@shop.example,Mabelle,Metz,944.737.3529,"{""street"":""402 Runte Light"",""city"":""Levittown"",""state"":""California"",""zip"":""80674"",""country"":""United States""}",2025-01-05 03:40:16.859+00
6f2e01dc-a908-40b9-a2e7-ea3267c4ea66,cruz.heidenreich24@shop.example,Leo,Abshire,1-715-859-7150,"{""street"":""7387 Rolfson Shores"",""city"":""Fairfield"",""state"":""Connecticut"",""zip"":""79717"",""country"":""United States""}",2025-09-23 03:12:16.801+00
cb52bec4-bad5-41ae-977e-644e27c48243,vince.kuvalis59@shop.example,Cindy,Leffler,337.464.8657,"{""street"":""5126 Wehner Mission"",""city"":""Annandale"",""state"":""Oklahoma"",""zip"":""92053"",""country"":""United States""}",2025-10-19 18:25:32.712+00
a94dad58-2c72-450d-b64e-8c4275815d59,delores.bergnaum18@shop.example,Tatyana,Bayer,723-955-8930,"{""street"":""7629 Schuppe Meadows"",""city"":""Tracy"",""state"":""Kentucky"",""zip"":""65709"",""country"":""United States""}",2025-03-08 21:15:30.611+00
c4601ac9-ef98-4ddf-8858-5de8b860263a,hassie.nienow63@shop.example,Lempi,Mann,840.413.1823,"{""street"":""1471 Leuschke Meadow"",""city"":""Hutchinson"",""state"":""New Jersey"",""zip"":""72028"",""country"":""United States""}",2025-06-19 09:45:05.769+00
9dd274ae-8e12-4ddd-a79a-f919871a488e,jena_mccullough26@shop.example,Emil,Gutmann,855.639.7291,"{""street"":""2198 Rau Place"",""city"":""Lake Forest"",""state"":""Alabama"",""zip"":""76216"",""country"":""United States""}",2025-07-23 02:03:03.685+00
56970708-0c52-46c2-8785-850198e40f17,kamron.hickle94@shop.example,Madalyn,Morar,761.980.7327,"{""street"":""7013 Ryan Gardens"",""city"":""Cheyenne"",""state"":""Colorado"",""zip"":""25370"",""country"":""United States""}",2025-07-17 13:11:16.121+00
e7262e38-531c-4f53-8083-8153da3bf817,zita.conroy28@shop.example,Adolfo,Ritchie,(849) 683-0550,,2025-07-25 02:59:20.178+00
e0787e8b-cebc-4f89-b49a-131a37a77225,alejandrin_hoppe80@shop.example,Alanis,Von,1-504-902-2063,"{""street"":""2660 Prohaska Shoals"",""city"":""Flower Mound"",""state"":""Idaho"",""zip"":""92603"",""country"":""United States""}",2025-09-06 08:07:12.861+00
de07c9e1-9409-446e-9fb8-5fb8aa822ce7,karianne.leannon84@shop.example,Bernard,Mayer,,"{""street"":""5908 Runte Run"",""city"":""Pompano Beach"",""state"":""Illinois"",""zip"":""73584"",""country"":""United States""}",2025-06-11 21:12:47.755+00
5845fa24-93be-4256-8ea9-cf13372f4a88,abdullah.bashirian73@shop.example,Freddy,Feeney,519.462.9093,,2025-08-02 22:05:35.563+00
57ad08d3-2d91-4488-af52-4081864d4488,nyah.dach92@shop.example,Neil,Roob,201-937-5612,"{""street"":""6079 Swaniawski Drive"",""city"":""Tulsa"",""state"":""Washington"",""zip"":""49672"",""country"":""United States""}",2025-07-28 20:49:48.946+00
ae51a029-99f6-435b-8626-5b7d2719fedf,beth.oconner83@shop.example,Patience,Effertz,,"{""street"":""4475 Waters Avenue"",""city"":""Sheboygan"",""state"":""Wisconsin"",""zip"":""98675"",""country"":""United States""}",2025-11-24 11:02:52.767+00
a05a6e43-b881-4a3f-83ae-941454214a9a,eulalia.purdy96@shop.example,Zelda,Larson,(611) 929-1128,"{""street"":""1128 Runte Mall"",""city"":""San Francisco"",""state"":""Mississippi"",""zip"":""05269"",""country"":""United States""}",2025-08-04 22:38:19.665+00
343399e6-99cf-4f1a-9933-c84c9e5823de,jennie.beatty36@shop.example,Maxwell,Bins,1-512-915-9059,"{""street"":""6913 Goodwin Flats"",""city"":""Georgetown"",""state"":""Illinois"",""zip"":""73564"",""country"":""United States""}",2025-06-30 01:34:51.914+00
4dd717f1-49e4-417e-8006-4948dcb4effd,jasmin.dach43@shop.example,Amiya,Green,1-983-859-1275,"{""street"":""8166 Fritsch Dale"",""city"":""Salina"",""state"":""Maine"",""zip"":""83991"",""country"":""United States""}",2025-02-04 16:20:52.313+00
9102b3db-43e4-418a-8e23-209acee74ace,rogers.kutch12@shop.example,Noble,Daugherty,,,2025-01-06 10:30:38.080+00
519ece3a-5743-4b4f-b283-a1427af3ec5f,francis.emard69@shop.example,Lavada,Swaniawski,516-494-7907,"{""street"":""9790 McDermott Forges"",""city"":""West Sacramento"",""state"":""Minnesota"",""zip"":""19787"",""country"":""United States""}",2025-08-27 09:39:54.416+00
78925f8e-351f-4c97-a5f5-b9554207bacc,ulises.bartoletti34@shop.example,Kari,Beer,,"{""street"":""1862 Stanton Hill"",""city"":""Lakewood"",""state"":""Wisconsin"",""zip"":""98676"",""country"":""United States""}",2025-05-28 10:44:43.004+00
63b534df-4b4a-4315-8bb8-8fea5cd79373,lorene.herzog10@shop.example,Rozella,Hoeger,1-842-205-2831,"{""street"":""6872 Von Lakes"",""city"":""Tigard"",""state"":""New Mexico"",""zip"":""78215"",""country"":""United States""}",2025-06-27 06:23:38.466+00
ee4a2e43-9b0a-4f50-87f5-da9e74bf90db,junius_williamson30@shop.example,Constance,Koss,1-985-909-3482,"{""street"":""870 Reichel Parks"",""city"":""Gresham"",""state"":""Maine"",""zip"":""21406"",""country"":""United States""}",2025-04-14 14:41:27.345+00
e98cb144-9825-40c3-bc6b-5251c77edecf,lucia.hansen49@shop.example,Marguerite,Buckridge,,"{""street"":""1365 Ward Fort"",""city"":""Beaumont"",""state"":""New Hampshire"",""zip"":""51621"",""country"":""United States""}",2025-09-29 17:30:00.688+00
8e1c66b0-a375-4a4c-b812-593db147b9fa,uriel_langosh85@shop.example,Heaven,Dibbert,1-849-833-3234,"{""street"":""8046 Stoltenberg Haven"",""city"":""Redlands"",""state"":""Idaho"",""zip"":""13234"",""country"":""United States""}",2025-12-14 14:44:20.852+00
ffb8aca8-be16-4c35-88d2-791c42e66c28,katrine_legros47@shop.example,Dandre,Purdy,1-582-587-1923,,2025-01-05 19:10:08.533+00
8a73d2c1-dd12-40bb-8681-103136f31c96,lambert.hahn75@shop.example,Reanna,Adams,1-211-971-5794,,2025-02-16 02:46:18.282+00
42740777-ed81-4844-8c20-4c2d87ac0ff0,marty.feest39@shop.example,Rosario,Grady,235.368.7056,,2025-05-12 02:21:45.775+00
3cd51e8b-c7ab-4120-bd91-917c772b0e29,elva_halvorson35@shop.example,Caroline,Legros,,"{""street"":""7042 Legros Creek"",""city"":""Lawton"",""state"":""Maryland"",""zip"":""51894"",""country"":""United States""}",2025-08-04 23:49:42.703+00
0d950eee-fe38-4da0-9d80-e33cf1f7b0ae,leola.kris79@shop.example,Delaney,Roob,1-803-687-8116,"{""street"":""8735 Mitchell Ranch"",""city"":""Camarillo"",""state"":""West Virginia"",""zip"":""73951"",""country"":""United States""}",2025-12-30 03:37:49.421+00
3321c101-0df7-4073-a851-cc62a4927ded,jimmie_adams29@shop.example,Domenick,Feeney,,"{""street"":""1279 Hills Falls"",""city"":""Cicero"",""state"":""Louisiana"",""zip"":""05697"",""country"":""United States""}",2025-05-30 05:29:12.959+00
f84db41f-b0a5-4a9c-b826-3b7ce091c1fd,alvah.schaden51@shop.example,Rodolfo,Swaniawski,,"{""street"":""5075 Dare Shoal"",""city"":""Birmingham"",""state"":""New Jersey"",""zip"":""60701"",""country"":""United States""}",2025-01-07 04:38:34.808+00
a8013603-8c53-41ee-9ec3-82cb3548d8f1,zoey.kohler74@shop.example,Guido,Schimmel,741-648-1963,"{""street"":""6272 Reinger Rapid"",""city"":""Monroe"",""state"":""Georgia"",""zip"":""70459"",""country"":""United States""}",2025-11-08 07:59:51.120+00
bfc429b8-fe9f-442f-93f3-68e2a3134701,oran.ernser86@shop.example,Sasha,Schiller,1-241-207-4358,"{""street"":""6133 Block Trace"",""city"":""Clearwater"",""state"":""Washington"",""zip"":""55700"",""country"":""United States""}",2025-11-11 13:08:01.757+00
e528a2fa-f354-41a4-b521-237d384bf11d,alexandrea.upton23@shop.example,Sandra,Schumm,859.274.1212,"{""street"":""2454 Green Expressway"",""city"":""Roanoke"",""state"":""Florida"",""zip"":""79334"",""country"":""United States""}",2025-12-27 13:05:16.464+00
1732dea2-c061-4c0f-aff0-13713be245bb,jairo.mante21@shop.example,Lee,Cummings,1-648-707-2454,"{""street"":""8755 Kunde Land"",""city"":""Akron"",""state"":""Louisiana"",""zip"":""08878"",""country"":""United States""}",2025-04-17 11:16:04.675+00
85d8ab36-ee69-4c60-bcc2-e5a9a55c5451,ayana_walter82@shop.example,Ryan,Stamm,1-277-550-7121,"{""street"":""2994 Ebert Loaf"",""city"":""Fond du Lac"",""state"":""Nebraska"",""zip"":""83256"",""country"":""United States""}",2025-06-08 16:44:16.678+00
323419e1-27b0-46a7-8cdd-ba20edf61b4f,fleta_kuvalis13@shop.example,Connie,Schumm,(255) 581-8441,"{""street"":""8941 Douglas Burgs"",""city"":""Kentwood"",""state"":""Connecticut"",""zip"":""34771"",""country"":""United States""}",2025-03-19 11:13:11.366+00
b7b61de9-9ec6-4b05-a816-18bd9cd480d3,florine.gulgowski48@shop.example,Keon,Gottlieb,(639) 582-8560,"{""street"":""505 Borer Hill"",""city"":""Meriden"",""state"":""North Carolina"",""zip"":""41302"",""country"":""United States""}",2025-01-21 06:02:52.999+00
5072e14f-89c7-47c9-9656-7126f806df68,tania.prohaska67@shop.example,Oceane,Gislason,814-665-2937,"{""street"":""4592 Macejkovic Ridge"",""city"":""Ontario"",""state"":""Delaware"",""zip"":""55991"",""country"":""United States""}",2025-08-23 06:39:38.301+00
db2ed322-8f4e-40db-8da4-e32a4ae99b34,jovanny.schaden62@shop.example,Gerry,Dach,686-251-6402,"{""street"":""485 Lowe Rapids"",""city"":""Gresham"",""state"":""Florida"",""zip"":""98562"",""country"":""United States""}",2025-12-27 05:18:36.886+00
3a12dbf9-bc1f-42e1-a63a-f6109b0b8606,major_erdman99@shop.example,Julio,Beatty,719-733-7945,"{""street"":""51 Mueller Villages"",""city"":""Walnut Creek"",""state"":""Arkansas"",""zip"":""15451"",""country"":""United States""}",2025-12-11 15:52:47.110+00
ee754e35-7e43-4fdc-b22c-a03db2483588,heber.halvorson15@shop.example,Alfonzo,Muller,1-424-644-1393,"{""street"":""8178 Cassin Park"",""city"":""Portage"",""state"":""North Dakota"",""zip"":""32754"",""country"":""United States""}",2025-03-16 14:14:47.209+00
6af130ca-fea6-4a3b-bbe2-31b68f8bc72b,ross_volkman87@shop.example,Roma,Howe,703-441-1870,"{""street"":""6341 Weber Pines"",""city"":""Oak Park"",""state"":""Idaho"",""zip"":""59646"",""country"":""United States""}",2025-01-01 08:34:14.660+00
61f0a9d8-d000-497b-81fb-187aa844afa7,deon.trantow89@shop.example,Adrian,Sauer,(841) 342-5641,"{""street"":""343 Breitenberg Greens"",""city"":""Framingham"",""state"":""North Carolina"",""zip"":""76362"",""country"":""United States""}",2025-09-01 12:51:11.482+00
a89053f0-5c7f-4772-a28a-92448e5823a7,cristal.littel17@shop.example,Magnolia,Mills,(530) 818-9093,,2025-02-25 10:14:41.398+00
f7d9fec7-b917-402e-85f4-8c78ef2c68e3,justine_lind38@shop.example,Kadin,Mraz,380-998-2134,"{""street"":""3644 McClure Throughway"",""city"":""Wylie"",""state"":""Oregon"",""zip"":""86653"",""country"":""United States""}",2025-07-20 17:01:51.897+00
07d07089-c828-4665-9bb3-7029a3b4a55d,josh.hahn72@shop.example,Lamar,Schmitt,966.534.8182,,2025-09-30 15:46:15.403+00
c4ac01f7-8abd-478b-8223-fc32f5095366,jordy.swaniawski70@shop.example,Zora,Gibson,(925) 370-7881,"{""street"":""5440 Bechtelar Corners"",""city"":""Florissant"",""state"":""New Jersey"",""zip"":""13608"",""country"":""United States""}",2025-04-10 08:49:36.106+00
b607b000-7f90-46fa-bfff-3905d53ebe8b,leanne.barrows57@shop.example,Dangelo,Schaefer,,"{""street"":""7213 Macejkovic Centers"",""city"":""Chicopee"",""state"":""New Hampshire"",""zip"":""49939"",""country"":""United States""}",2025-12-16 12:56:32.676+00
ec754e8f-6fde-422d-9eef-5006cb3dca5c,arden.crona11@shop.example,Dallas,Tromp,621.427.1388,"{""street"":""1084 Kessler Shoal"",""city"":""El Centro"",""state"":""Mississippi"",""zip"":""22349"",""country"":""United States""}",2025-02-05 09:01:53.112+00
103400fc-2748-4cbb-96e9-639ec8c5908e,manley.weimann41@shop.example,Breanne,Grant,303.743.6964,"{""street"":""1767 Hoeger Rest"",""city"":""Collierville"",""state"":""Illinois"",""zip"":""38095"",""country"":""United States""}",2025-09-18 06:17:51.810+00
b2fb2214-df3d-420a-9be4-61d0c8352aef,jordon.haley78@shop.example,Dedric,Jacobs,(999) 663-1600,"{""street"":""41 Hodkiewicz Mission"",""city"":""Lodi"",""state"":""Arizona"",""zip"":""73906"",""country"":""United States""}",2025-08-04 22:37:07.563+00
bff86312-bbdf-496b-bdce-174f47b35d8f,skye.larkin64@shop.example,Kadin,Pacocha,(408) 781-8030,"{""street"":""8273 Gorczany Passage"",""city"":""Tigard"",""state"":""South Carolina"",""zip"":""80323"",""country"":""United States""}",2025-04-18 19:43:06.283+00
1f34c909-ad3d-4198-a0a3-68f370776acc,nellie_cummings91@shop.example,Dale,Champlin,763.502.2399,"{""street"":""6803 O'Hara Isle"",""city"":""Urbana"",""state"":""Oregon"",""zip"":""94739"",""country"":""United States""}",2025-09-27 06:49:51.292+00
b164a928-0278-4aa1-8036-50fbf2be0185,bonita.roberts61@shop.example,Wilford,Beahan,1-724-776-8297,"{""street"":""7793 Kuhlman Junctions"",""city"":""Hampton"",""state"":""Illinois"",""zip"":""49874"",""country"":""United States""}",2025-01-18 18:30:05.106+00
339e4f02-1563-4608-b3df-e25562d4dd22,rebeca.greenfelder76@shop.example,Una,Bailey,361-499-7535,"{""street"":""768 Rutherford Flats"",""city"":""Noblesville"",""state"":""Florida"",""zip"":""64205"",""country"":""United States""}",2025-06-27 22:03:28.142+00
0e04b210-4d31-498e-b0ef-52dfae7bbbc2,hallie_hammes970@shop.example,Benny,Koss,870.686.4123,"{""street"":""8772 Armstrong Meadow"",""city"":""Cheyenne"",""state"":""Minnesota"",""zip"":""01819"",""country"":""United States""}",2025-09-27 14:12:09.266+00
a41b7b28-ced4-4b56-9479-6228b306da48,yasmin.beahan985@shop.example,Mya,Franecki,890-840-4205,"{""street"":""3674 Runte Ridge"",""city"":""Sugar Land"",""state"":""New Mexico"",""zip"":""81992"",""country"":""United States""}",2025-12-03 22:16:30.607+00
6974c8e7-3106-4ac7-afdd-165c28f489c6,jaylen.anderson411@shop.example,Rigoberto,Osinski,847-425-6463,,2025-04-19 21:03:21.592+00
b5f7bb63-3dc9-4c0e-8ca7-fb88bdf2404f,amya.kris595@shop.example,Carla,Legros,(780) 746-3811,"{""street"":""5885 Blanda Corner"",""city"":""South Bend"",""state"":""West Virginia"",""zip"":""55386"",""country"":""United States""}",2025-10-03 07:35:12.946+00
e655bfd2-5763-43a6-9eba-ab56629d9312,wilma.keeling607@shop.example,Elvis,West,(958) 288-1475,"{""street"":""5787 Watsica Forest"",""city"":""Gainesville"",""state"":""Alabama"",""zip"":""18468"",""country"":""United States""}",2025-07-31 14:01:13.485+00
619ff44a-2b00-433c-bee3-c27a20a78782,sonny.roberts265@shop.example,Adrian,Marvin,984.600.5469,"{""street"":""2564 McCullough Stream"",""city"":""Dothan"",""state"":""Montana"",""zip"":""97072"",""country"":""United States""}",2025-06-03 19:35:49.498+00
a7bbed6f-51af-48cc-8d08-3ee601870bba,devon.goyette632@shop.example,Toby,Kassulke,(710) 400-7779,"{""street"":""127 Welch Mews"",""city"":""Parma"",""state"":""Hawaii"",""zip"":""42751"",""country"":""United States""}",2025-09-23 00:54:57.981+00
b07d7cb1-2e42-4925-8d57-1995edc7a7cc,megane_waters783@shop.example,Ursula,Ondricka,1-778-316-4076,"{""street"":""3157 Franey Fall"",""city"":""Tacoma"",""state"":""Missouri"",""zip"":""96190"",""country"":""United States""}",2025-08-11 15:04:37.015+00
b87c8ca8-175d-40c7-858d-82c929579ff2,thelma.beatty762@shop.example,Giovani,Rath,747.233.6971,,2025-08-19 21:35:15.822+00
38441529-6180-45d9-b030-ea8c048b7c62,meda.quigley486@shop.example,Vena,Hickle,1-395-953-7155,"{""street"":""3873 Cruickshank Lakes"",""city"":""Palo Alto"",""state"":""Delaware"",""zip"":""82559"",""country"":""United States""}",2025-04-22 04:13:44.112+00
6cb4605f-a9a6-4112-9fbb-60fbf1d7ace1,audra_okuneva435@shop.example,Fredy,Abshire,638-845-2007,"{""street"":""4077 Bernhard Lakes"",""city"":""Santa Rosa"",""state"":""Oklahoma"",""zip"":""31838"",""country"":""United States""}",2025-09-20 11:34:02.780+00
2b5dd8f5-4595-436e-9616-6d74856a0c6a,scottie.volkman359@shop.example,Wilbert,Rath,493-716-1473,,2025-05-12 17:58:52.632+00
c9d19750-5c07-48b7-af76-54234bd8e457,reilly.barton165@shop.example,Harvey,West,530.350.9865,"{""street"":""4011 Bogisich Drive"",""city"":""Franklin"",""state"":""Arizona"",""zip"":""89707"",""country"":""United States""}",2025-07-05 20:36:03.159+00
562ea07b-68f8-471a-9e33-4c3bbc7b5245,maeve_heidenreich111@shop.example,Lindsay,Bogisich,211-906-1413,"{""street"":""7081 MacGyver Row"",""city"":""Franklin"",""state"":""Arkansas"",""zip"":""83666"",""country"":""United States""}",2025-02-05 12:07:13.946+00
b747acf1-545f-4375-a2b8-0e54460d3954,chris_king759@shop.example,Okey,Wilkinson,494.980.9433,"{""street"":""9679 Glover Spur"",""city"":""Arlington"",""state"":""Wyoming"",""zip"":""35505"",""country"":""United States""}",2025-03-24 17:39:26.070+00
2f61b81a-d5b8-4c00-974c-9371c54277df,ilene.kub707@shop.example,Isac,Medhurst,378.716.2417,"{""street"":""523 Gerlach Viaduct"",""city"":""Tigard"",""state"":""North Dakota"",""zip"":""28291"",""country"":""United States""}",2025-12-30 01:37:47.490+00
972fe257-c894-4add-b8a2-e3338aca1ceb,queenie.kulas230@shop.example,Laila,Gutkowski,1-371-989-1968,"{""street"":""9546 Kessler Land"",""city"":""Mishawaka"",""state"":""Wyoming"",""zip"":""64970"",""country"":""United States""}",2025-01-14 14:18:32.648+00
f495b3cc-31ee-45a6-ae16-19ede6027587,belle_rice282@shop.example,Favian,Pfannerstill,612.671.5957,"{""street"":""3805 Smitham Glens"",""city"":""Shreveport"",""state"":""Washington"",""zip"":""52873"",""country"":""United States""}",2025-11-14 18:08:53.447+00
8d26e98d-39ca-4eb4-bc89-2e8e2c45c32e,steve.goodwin907@shop.example,Oren,West,390-513-5946,"{""street"":""4172 Schmitt Groves"",""city"":""Nashua"",""state"":""Georgia"",""zip"":""57890"",""country"":""United States""}",2025-08-02 23:05:15.273+00
deb87462-2438-422a-8d50-45dfe9c67acc,elissa.tromp248@shop.example,Elvera,Greenholt,960.905.2332,"{""street"":""9667 Mitchell Freeway"",""city"":""Miami Beach"",""state"":""California"",""zip"":""14243"",""country"":""United States""}",2025-11-16 10:23:29.487+00
fd1d8014-64e7-4f4b-af72-38d4f7644c5d,rex_emmerich891@shop.example,Maryjane,Cummings,271.605.7515,"{""street"":""1879 Maggio Trail"",""city"":""Alafaya"",""state"":""New Hampshire"",""zip"":""54437"",""country"":""United States""}",2025-05-01 10:28:41.728+00
48986031-b32e-4787-b322-7e20468063d6,tommy.brakus576@shop.example,Dolores,Dickens,803.511.8194,"{""street"":""8067 West Landing"",""city"":""Palm Beach Gardens"",""state"":""Pennsylvania"",""zip"":""64634"",""country"":""United States""}",2025-05-26 10:29:56.615+00
cb6675c9-e7aa-48e4-a765-fff1eaeb4d12,finn.gusikowski498@shop.example,Eugene,Nitzsche,205-806-2926,"{""street"":""2752 Murazik Curve"",""city"":""St. George"",""state"":""Connecticut"",""zip"":""89015"",""country"":""United States""}",2025-02-22 05:33:24.303+00
c6b77009-e2e1-4b6d-8a4f-948e507862f9,viviane.botsford871@shop.example,Ken,Thiel,1-281-815-1244,"{""street"":""8800 Wunsch Points"",""city"":""Montgomery"",""state"":""Idaho"",""zip"":""06557"",""country"":""United States""}",2025-06-14 08:10:18.825+00
f3774039-b0a2-4a6d-9555-2b3923065aae,marquise.schinner269@shop.example,Michelle,Hane,(616) 902-6983,"{""street"":""3575 Walker Loop"",""city"":""Caldwell"",""state"":""Wyoming"",""zip"":""31868"",""country"":""United States""}",2025-07-05 22:35:57.440+00
cd97ab0f-4b06-4dd4-9165-61d4f9fb8ac6,madelynn.ernser723@shop.example,Jewel,Shanahan,,,2025-09-03 09:59:02.692+00
81155b7a-286b-48fb-a48e-ee4a5fd28ade,bernadine.bechtelar669@shop.example,Brent,Schimmel,1-870-930-4632,"{""street"":""5116 Stiedemann Vista"",""city"":""Fountainebleau"",""state"":""Indiana"",""zip"":""48368"",""country"":""United States""}",2025-03-22 06:29:33.403+00
fac5dc94-e8fc-450d-af17-c735e859068e,uriel.funk123@shop.example,Maureen,Stehr,1-719-328-8134,"{""street"":""5580 Johnston Villages"",""city"":""Macon-Bibb County"",""state"":""Massachusetts"",""zip"":""84606"",""country"":""United States""}",2025-05-24 08:45:55.473+00
7650bb4e-d89e-418d-8fc8-a1f8ded3acaa,oda_kulas431@shop.example,Claude,Smith,718.904.7491,"{""street"":""5163 Boyle Square"",""city"":""Port Charlotte"",""state"":""Alaska"",""zip"":""44119"",""country"":""United States""}",2025-08-12 13:48:35.963+00
5be5ffaa-bb37-4c1d-a596-a5760cb71ce7,dedric.homenick845@shop.example,Clarabelle,Bergstrom,,"{""street"":""4455 Bartoletti Rapids"",""city"":""Casa Grande"",""state"":""South Dakota"",""zip"":""27710"",""country"":""United States""}",2025-06-07 10:51:30.969+00
\.

COPY "public"."orders" ("id", "customer_id", "status", "total", "placed_at") FROM stdin WITH (FORMAT csv);
1,c4601ac9-ef98-4ddf-8858-5de8b860263a,paid,1931.56,2025-09-20 14:56:18.818+00
2,8c0ce575-1f08-4164-92fc-cd3ecd71da30,delivered,941.56,2025-08-07 14:49:36.726+00
3,80353df2-ae3f-4153-96d6-7108f795e46e,delivered,1396.15,2025-07-26 16:38:02.811+00
4,b164a928-0278-4aa1-8036-50fbf2be0185,shipped,1598.82,2025-08-23 04:13:54.022+00
5,e655bfd2-5763-43a6-9eba-ab56629d9312,delivered,352.40,2025-07-06 21:19:43.959+00
6,7ad71bc4-e9f1-4493-ace9-67cd75930181,delivered,1288.90,2025-08-03 00:40:36.666+00
7,b747acf1-545f-4375-a2b8-0e54460d3954,paid,1237.53,2025-08-27 07:32:28.006+00
8,9dd274ae-8e12-4ddd-a79a-f919871a488e,delivered,181.40,2025-12-27 09:43:16.882+00
9,eb1f2a95-c062-4476-9d7f-2f43ff7576d9,delivered,1770.27,2025-10-25 08:55:59.149+00
10,80353df2-ae3f-4153-96d6-7108f795e46e,shipped,418.12,2025-10-03 12:09:26.720+00
11,5be5ffaa-bb37-4c1d-a596-a5760cb71ce7,pending,272.56,2025-10-31 03:19:55.259+00
12,eb1f2a95-c062-4476-9d7f-2f43ff7576d9,delivered,1551.66,2025-07-16 12:18:38.348+00
13,a8013603-8c53-41ee-9ec3-82cb3548d8f1,paid,1908.79,2025-11-18 09:28:04.167+00
14,fd1d8014-64e7-4f4b-af72-38d4f7644c5d,delivered,611.73,2025-08-31 22:13:11.786+00
15,8c0ce575-1f08-4164-92fc-cd3ecd71da30,delivered,1726.83,2025-11-28 02:13:01.381+00
16,9dd274ae-8e12-4ddd-a79a-f919871a488e,delivered,107.51,2025-07-24 14:38:59.789+00
17,d5b34b14-9d18-4af1-9680-11fe82ad8e05,delivered,1913.28,2025-11-24 01:16:44.535+00
18,c4601ac9-ef98-4ddf-8858-5de8b860263a,delivered,450.87,2025-07-14 18:28:49.618+00
19,e0787e8b-cebc-4f89-b49a-131a37a77225,delivered,344.93,2025-12-11 03:13:13.139+00
20,80353df2-ae3f-4153-96d6-7108f795e46e,shipped,1951.62,2025-09-10 11:43:41.995+00
21,ec754e8f-6fde-422d-9eef-5006cb3dca5c,paid,1914.42,2025-11-16 01:03:37.904+00
22,fabcf5df-0bd0-48cc-980a-34fa093c6914,delivered,754.55,2025-10-16 06:59:15.226+00
23,5845fa24-93be-4256-8ea9-cf13372f4a88,delivered,252.41,2025-12-28 18:46:08.119+00
24,eb1f2a95-c062-4476-9d7f-2f43ff7576d9,delivered,1816.90,2025-12-06 11:53:19.635+00
25,93fb6769-c0b6-4e7e-aba4-ef0b861733a7,delivered,517.61,2025-12-07 18:44:39.059+00
26,2f61b81a-d5b8-4c00-974c-9371c54277df,pending,185.18,2025-09-01 08:17:55.939+00
27,ae51a029-99f6-435b-8626-5b7d2719fedf,delivered,217.66,2025-11-01 22:32:36.365+00
28,8c0ce575-1f08-4164-92fc-cd3ecd71da30,delivered,867.41,2025-11-05 15:19:36.803+00
29,ae51a029-99f6-435b-8626-5b7d2719fedf,delivered,724.58,2025-10-31 05:22:41.167+00
30,54509920-9f4b-4f93-bad4-fcf71ffdf98b,shipped,1965.87,2025-08-22 18:59:54.573+00
31,e843e105-2b6a-42da-aca5-f0adfd5ebcfc,delivered,1401.63,2025-10-31 14:07:06.994+00
32,8c0ce575-1f08-4164-92fc-cd3ecd71da30,delivered,859.03,2025-12-26 19:31:37.582+00
33,ee4a2e43-9b0a-4f50-87f5-da9e74bf90db,delivered,1222.75,2025-11-21 14:00:10.409+00
34,e843e105-2b6a-42da-aca5-f0adfd5ebcfc,paid,1818.44,2025-09-23 09:25:17.396+00
35,8c0ce575-1f08-4164-92fc-cd3ecd71da30,pending,1916.35,2025-10-15 09:57:20.104+00
36,1f34c909-ad3d-4198-a0a3-68f370776acc,delivered,1259.02,2025-08-11 07:29:32.417+00
37,866fb359-a9bd-43e8-8989-90fcb8675cc0,cancelled,1564.84,2025-11-29 07:45:22.513+00
38,8c0ce575-1f08-4164-92fc-cd3ecd71da30,shipped,1803.95,2025-10-05 10:44:57.540+00
39,8d26e98d-39ca-4eb4-bc89-2e8e2c45c32e,delivered,1192.72,2025-10-11 22:06:57.406+00
40,8d26e98d-39ca-4eb4-bc89-2e8e2c45c32e,pending,1813.25,2025-10-21 19:17:35.462+00
41,1f34c909-ad3d-4198-a0a3-68f370776acc,paid,957.99,2025-10-02 11:25:06.951+00
42,8c0ce575-1f08-4164-92fc-cd3ecd71da30,cancelled,1650.30,2025-08-15 21:01:11.973+00
43,9102b3db-43e4-418a-8e23-209acee74ace,cancelled,1323.57,2025-10-22 19:36:42.317+00
44,1f34c909-ad3d-4198-a0a3-68f370776acc,delivered,1965.15,2025-10-16 23:27:57.984+00
45,6cb4605f-a9a6-4112-9fbb-60fbf1d7ace1,shipped,611.28,2025-09-07 21:11:55.983+00
46,f495b3cc-31ee-45a6-ae16-19ede6027587,cancelled,935.25,2025-11-15 03:21:08.383+00
47,deb87462-2438-422a-8d50-45dfe9c67acc,pending,1442.25,2025-09-25 10:23:57.509+00
48,e843e105-2b6a-42da-aca5-f0adfd5ebcfc,delivered,170.91,2025-10-18 04:05:52.246+00
49,5845fa24-93be-4256-8ea9-cf13372f4a88,delivered,376.27,2025-08-30 00:41:47.449+00
50,c4601ac9-ef98-4ddf-8858-5de8b860263a,delivered,557.02,2025-08-16 19:43:10.273+00
51,e528a2fa-f354-41a4-b521-237d384bf11d,delivered,1837.67,2025-10-13 08:14:48.760+00
52,8c0ce575-1f08-4164-92fc-cd3ecd71da30,shipped,1804.81,2025-11-28 03:31:32.953+00
53,9dd274ae-8e12-4ddd-a79a-f919871a488e,shipped,656.92,2025-08-31 19:57:15.769+00
54,9dd274ae-8e12-4ddd-a79a-f919871a488e,paid,1450.88,2025-11-14 16:34:44.965+00
55,ec754e8f-6fde-422d-9eef-5006cb3dca5c,delivered,1405.81,2025-10-27 00:39:03.353+00
56,fd1d8014-64e7-4f4b-af72-38d4f7644c5d,delivered,641.29,2025-11-01 18:44:49.004+00
57,8c0ce575-1f08-4164-92fc-cd3ecd71da30,delivered,1845.16,2025-09-12 09:32:31.405+00
58,1f34c909-ad3d-4198-a0a3-68f370776acc,delivered,116.47,2025-07-08 06:41:00.609+00
59,1f34c909-ad3d-4198-a0a3-68f370776acc,delivered,1876.92,2025-10-27 04:07:49.023+00
60,1f34c909-ad3d-4198-a0a3-68f370776acc,delivered,176.50,2025-12-13 16:59:09.717+00
61,07d07089-c828-4665-9bb3-7029a3b4a55d,delivered,286.14,2025-09-29 20:30:47.038+00
62,ec754e8f-6fde-422d-9eef-5006cb3dca5c,delivered,1064.57,2025-07-11 19:29:52.723+00
63,d096e535-5187-450a-a956-4594cc62d1ab,delivered,1316.42,2025-09-14 20:35:58.106+00
64,9dd274ae-8e12-4ddd-a79a-f919871a488e,delivered,1105.55,2025-11-09 11:58:24.842+00
65,56970708-0c52-46c2-8785-850198e40f17,delivered,1254.38,2025-09-23 00:22:57.497+00
66,bc6ceb4a-52e9-4459-bd3a-7f6add848150,delivered,527.01,2025-10-15 20:07:49.534+00
67,343399e6-99cf-4f1a-9933-c84c9e5823de,delivered,470.79,2025-08-11 18:44:42.531+00
68,3321c101-0df7-4073-a851-cc62a4927ded,delivered,447.70,2025-10-20 15:10:39.323+00
69,9dd274ae-8e12-4ddd-a79a-f919871a488e,delivered,598.86,2025-09-18 22:22:49.657+00
70,cb52bec4-bad5-41ae-977e-644e27c48243,delivered,247.26,2025-12-09 21:53:01.273+00
71,e0787e8b-cebc-4f89-b49a-131a37a77225,delivered,380.25,2025-11-08 18:21:08.009+00
72,1f34c909-ad3d-4198-a0a3-68f370776acc,delivered,313.20,2025-12-08 20:33:21.911+00
73,6cb4605f-a9a6-4112-9fbb-60fbf1d7ace1,delivered,71.14,2025-12-08 21:00:07.083+00
74,ec754e8f-6fde-422d-9eef-5006cb3dca5c,delivered,932.28,2025-09-05 01:19:12.477+00
75,c9d19750-5c07-48b7-af76-54234bd8e457,delivered,133.23,2025-12-07 11:13:18.217+00
76,d5b34b14-9d18-4af1-9680-11fe82ad8e05,delivered,795.53,2025-10-11 09:51:24.071+00
77,3321c101-0df7-4073-a851-cc62a4927ded,delivered,257.67,2025-10-13 17:07:08.959+00
78,103400fc-2748-4cbb-96e9-639ec8c5908e,shipped,510.80,2025-09-06 07:58:50.598+00
79,972fe257-c894-4add-b8a2-e3338aca1ceb,delivered,614.45,2025-11-28 06:26:28.692+00
80,5be5ffaa-bb37-4c1d-a596-a5760cb71ce7,delivered,1544.48,2025-08-27 01:20:24.678+00
81,c4601ac9-ef98-4ddf-8858-5de8b860263a,delivered,179.70,2025-08-18 02:09:02.989+00
82,8c0ce575-1f08-4164-92fc-cd3ecd71da30,delivered,940.74,2025-09-16 15:08:27.807+00
83,c6b77009-e2e1-4b6d-8a4f-948e507862f9,delivered,765.81,2025-12-08 00:17:21.092+00
84,5072e14f-89c7-47c9-9656-7126f806df68,shipped,494.75,2025-11-16 01:20:04.655+00
85,8d26e98d-39ca-4eb4-bc89-2e8e2c45c32e,delivered,1140.09,2025-09-06 17:45:06.363+00
86,c4601ac9-ef98-4ddf-8858-5de8b860263a,delivered,251.11,2025-10-18 20:03:01.857+00
87,9dd274ae-8e12-4ddd-a79a-f919871a488e,shipped,1723.44,2025-08-18 00:32:22.413+00
88,8c0ce575-1f08-4164-92fc-cd3ecd71da30,delivered,1494.55,2025-07-08 23:18:34.368+00
89,9dd274ae-8e12-4ddd-a79a-f919871a488e,paid,222.14,2025-11-02 14:57:07.718+00
90,5be5ffaa-bb37-4c1d-a596-a5760cb71ce7,cancelled,46.85,2025-11-16 13:03:53.438+00
91,b164a928-0278-4aa1-8036-50fbf2be0185,pending,899.91,2025-07-23 15:03:31.087+00
92,0d950eee-fe38-4da0-9d80-e33cf1f7b0ae,paid,1563.86,2025-09-14 00:24:56.443+00
93,103400fc-2748-4cbb-96e9-639ec8c5908e,paid,920.99,2025-10-10 08:10:59.304+00
94,103400fc-2748-4cbb-96e9-639ec8c5908e,delivered,946.23,2025-12-13 08:41:53.931+00
95,61f0a9d8-d000-497b-81fb-187aa844afa7,cancelled,1286.32,2025-09-09 23:07:32.632+00
96,7650bb4e-d89e-418d-8fc8-a1f8ded3acaa,pending,1651.15,2025-09-02 15:29:36.497+00
97,c4601ac9-ef98-4ddf-8858-5de8b860263a,shipped,1301.78,2025-08-30 07:48:58.962+00
98,eb1f2a95-c062-4476-9d7f-2f43ff7576d9,shipped,1679.71,2025-11-29 15:09:49.410+00
99,b164a928-0278-4aa1-8036-50fbf2be0185,delivered,1388.08,2025-11-01 21:31:50.547+00
100,e843e105-2b6a-42da-aca5-f0adfd5ebcfc,delivered,853.21,2025-12-20 12:08:21.118+00
101,e843e105-2b6a-42da-aca5-f0adfd5ebcfc,delivered,1455.86,2025-09-09 11:12:58.056+00
102,1f34c909-ad3d-4198-a0a3-68f370776acc,delivered,1751.65,2025-09-23 22:05:36.993+00
103,ae6e438d-c555-4b3e-8d98-28c17da472c6,shipped,64.40,2025-09-27 16:01:00.687+00
104,e843e105-2b6a-42da-aca5-f0adfd5ebcfc,delivered,1310.31,2025-12-06 18:27:47.272+00
105,c4601ac9-ef98-4ddf-8858-5de8b860263a,paid,264.97,2025-11-02 20:26:53.931+00
106,ec754e8f-6fde-422d-9eef-5006cb3dca5c,delivered,1599.60,2025-11-15 23:54:59.892+00
107,ae6e438d-c555-4b3e-8d98-28c17da472c6,cancelled,1338.31,2025-10-18 11:12:53.246+00
108,e843e105-2b6a-42da-aca5-f0adfd5ebcfc,delivered,1207.73,2025-09-28 05:58:26.116+00
109,c4601ac9-ef98-4ddf-8858-5de8b860263a,pending,938.77,2025-10-06 01:46:47.069+00
110,a05a6e43-b881-4a3f-83ae-941454214a9a,paid,744.96,2025-07-08 17:40:34.811+00
111,9c9688cf-d8d0-4971-b5d7-79bdfb4c7738,cancelled,1229.89,2025-10-22 07:30:47.554+00
112,e843e105-2b6a-42da-aca5-f0adfd5ebcfc,delivered,226.93,2025-08-31 06:55:40.510+00
113,d8eec270-be69-4ccc-bd68-aa791c7aaa2d,delivered,244.10,2025-12-04 07:46:32.389+00
114,e98cb144-9825-40c3-bc6b-5251c77edecf,delivered,1400.97,2025-12-14 13:42:13.196+00
115,8c0ce575-1f08-4164-92fc-cd3ecd71da30,paid,463.45,2025-10-28 11:46:07.013+00
116,ec754e8f-6fde-422d-9eef-5006cb3dca5c,paid,981.40,2025-09-05 03:55:19.271+00
117,103400fc-2748-4cbb-96e9-639ec8c5908e,shipped,982.26,2025-11-18 05:22:24.184+00
118,323419e1-27b0-46a7-8cdd-ba20edf61b4f,delivered,441.39,2025-08-11 05:46:44.481+00
119,5845fa24-93be-4256-8ea9-cf13372f4a88,delivered,1755.23,2025-09-08 09:38:02.847+00
120,8c0ce575-1f08-4164-92fc-cd3ecd71da30,shipped,1000.02,2025-09-29 03:43:24.943+00
121,2f61b81a-d5b8-4c00-974c-9371c54277df,paid,986.12,2025-07-29 04:58:00.520+00
122,3321c101-0df7-4073-a851-cc62a4927ded,delivered,1962.33,2025-10-16 20:28:54.052+00
123,eb1f2a95-c062-4476-9d7f-2f43ff7576d9,delivered,1381.33,2025-10-18 18:43:23.104+00
124,eb1f2a95-c062-4476-9d7f-2f43ff7576d9,delivered,1271.34,2025-07-28 13:13:56.021+00
125,a00762d0-2732-499d-94ce-95cccd5fb5a4,shipped,822.91,2025-10-21 11:12:43.105+00
126,b164a928-0278-4aa1-8036-50fbf2be0185,delivered,1550.41,2025-10-28 22:28:24.321+00
127,b164a928-0278-4aa1-8036-50fbf2be0185,shipped,395.93,2025-12-05 22:14:09.725+00
128,e843e105-2b6a-42da-aca5-f0adfd5ebcfc,delivered,323.01,2025-12-27 22:50:16.936+00
129,b164a928-0278-4aa1-8036-50fbf2be0185,delivered,921.20,2025-10-10 09:52:48.245+00
130,db2ed322-8f4e-40db-8da4-e32a4ae99b34,paid,328.25,2025-08-06 13:19:31.683+00
131,e843e105-2b6a-42da-aca5-f0adfd5ebcfc,delivered,1222.91,2025-11-18 00:31:16.780+00
132,fac5dc94-e8fc-450d-af17-c735e859068e,delivered,123.96,2025-08-22 08:23:40.687+00
133,e0787e8b-cebc-4f89-b49a-131a37a77225,delivered,1018.39,2025-12-04 19:35:52.262+00
134,f3774039-b0a2-4a6d-9555-2b3923065aae,delivered,1422.11,2025-11-29 05:15:28.376+00
135,eb1f2a95-c062-4476-9d7f-2f43ff7576d9,delivered,154.81,2025-12-18 21:13:36.240+00
136,1f34c909-ad3d-4198-a0a3-68f370776acc,delivered,1072.89,2025-09-27 11:46:06.128+00
137,8c0ce575-1f08-4164-92fc-cd3ecd71da30,delivered,1674.86,2025-08-10 13:43:42.970+00
138,b87c8ca8-175d-40c7-858d-82c929579ff2,delivered,198.02,2025-11-16 21:52:39.449+00
139,85d8ab36-ee69-4c60-bcc2-e5a9a55c5451,delivered,1675.42,2025-12-01 20:14:27.359+00
140,e843e105-2b6a-42da-aca5-f0adfd5ebcfc,delivered,691.52,2025-07-17 16:43:41.543+00
141,c4601ac9-ef98-4ddf-8858-5de8b860263a,delivered,88.87,2025-08-09 19:03:40.301+00
142,e843e105-2b6a-42da-aca5-f0adfd5ebcfc,cancelled,1025.62,2025-12-05 17:37:35.043+00
143,a8013603-8c53-41ee-9ec3-82cb3548d8f1,delivered,348.09,2025-12-13 05:38:22.935+00
144,9dd274ae-8e12-4ddd-a79a-f919871a488e,delivered,902.93,2025-10-22 17:19:36.423+00
145,8c0ce575-1f08-4164-92fc-cd3ecd71da30,paid,1690.46,2025-12-18 18:32:50.257+00
146,339e4f02-1563-4608-b3df-e25562d4dd22,delivered,1562.30,2025-12-22 09:00:19.133+00
147,1f34c909-ad3d-4198-a0a3-68f370776acc,delivered,1012.78,2025-08-25 02:32:15.263+00
148,103400fc-2748-4cbb-96e9-639ec8c5908e,delivered,362.59,2025-08-22 15:58:44.270+00
149,0d950eee-fe38-4da0-9d80-e33cf1f7b0ae,paid,470.31,2025-12-13 01:16:07.870+00
150,9dd274ae-8e12-4ddd-a79a-f919871a488e,shipped,924.96,2025-10-16 10:45:58.679+00
151,e843e105-2b6a-42da-aca5-f0adfd5ebcfc,shipped,1275.14,2025-10-31 05:34:32.590+00
152,b164a928-0278-4aa1-8036-50fbf2be0185,delivered,43.01,2025-11-20 19:28:42.675+00
153,e98cb144-9825-40c3-bc6b-5251c77edecf,paid,876.58,2025-12-13 20:49:26.402+00
154,56970708-0c52-46c2-8785-850198e40f17,pending,843.74,2025-08-08 06:02:06.896+00
155,9102b3db-43e4-418a-8e23-209acee74ace,delivered,1208.74,2025-11-23 20:31:19.097+00
156,e0787e8b-cebc-4f89-b49a-131a37a77225,paid,1223.51,2025-07-09 17:25:28.501+00
157,8c0ce575-1f08-4164-92fc-cd3ecd71da30,delivered,978.68,2025-10-18 00:32:19.492+00
158,8c0ce575-1f08-4164-92fc-cd3ecd71da30,cancelled,568.86,2025-12-12 09:29:56.830+00
159,8c0ce575-1f08-4164-92fc-cd3ecd71da30,delivered,930.10,2025-12-23 20:41:07.003+00
160,eb1f2a95-c062-4476-9d7f-2f43ff7576d9,delivered,848.79,2025-11-12 05:35:31.654+00
161,07d07089-c828-4665-9bb3-7029a3b4a55d,delivered,1939.19,2025-08-21 14:42:58.579+00
162,1f34c909-ad3d-4198-a0a3-68f370776acc,delivered,1028.80,2025-08-16 13:13:41.383+00
163,eb708ccd-34fe-428f-a98c-ad818e7d1898,paid,1681.14,2025-07-18 18:59:33.440+00
164,bff86312-bbdf-496b-bdce-174f47b35d8f,delivered,1636.13,2025-12-25 01:52:19.951+00
165,ec754e8f-6fde-422d-9eef-5006cb3dca5c,delivered,1128.14,2025-08-30 16:56:19.501+00
166,80353df2-ae3f-4153-96d6-7108f795e46e,paid,1686.46,2025-10-12 06:21:32.717+00
167,c4601ac9-ef98-4ddf-8858-5de8b860263a,shipped,432.37,2025-10-25 12:14:43.718+00
168,c4601ac9-ef98-4ddf-8858-5de8b860263a,paid,1056.60,2025-10-26 08:06:04.915+00
169,0d950eee-fe38-4da0-9d80-e33cf1f7b0ae,delivered,1219.45,2025-11-27 15:12:10.766+00
170,a8013603-8c53-41ee-9ec3-82cb3548d8f1,paid,986.35,2025-09-14 21:11:31.532+00
171,e843e105-2b6a-42da-aca5-f0adfd5ebcfc,delivered,1893.49,2025-12-08 19:07:44.022+00
172,5be5ffaa-bb37-4c1d-a596-a5760cb71ce7,delivered,1428.14,2025-08-16 22:10:18.619+00
173,323419e1-27b0-46a7-8cdd-ba20edf61b4f,delivered,281.05,2025-07-12 20:15:20.372+00
174,e843e105-2b6a-42da-aca5-f0adfd5ebcfc,shipped,1189.45,2025-07-12 22:18:53.871+00
175,a8222365-95e4-4407-ba89-3f2e45858035,delivered,1011.71,2025-10-18 00:22:06.600+00
176,eb708ccd-34fe-428f-a98c-ad818e7d1898,shipped,992.87,2025-09-03 20:15:43.999+00
177,8c0ce575-1f08-4164-92fc-cd3ecd71da30,delivered,1859.61,2025-08-27 20:16:43.928+00
178,5845fa24-93be-4256-8ea9-cf13372f4a88,delivered,1945.35,2025-12-09 10:47:36.862+00
179,c4601ac9-ef98-4ddf-8858-5de8b860263a,delivered,505.06,2025-11-11 08:34:09.813+00
180,103400fc-2748-4cbb-96e9-639ec8c5908e,delivered,1903.84,2025-07-07 06:21:06.827+00
181,93fb6769-c0b6-4e7e-aba4-ef0b861733a7,paid,1577.06,2025-09-12 13:23:19.924+00
182,ec754e8f-6fde-422d-9eef-5006cb3dca5c,delivered,1404.69,2025-10-01 03:30:36.701+00
183,e843e105-2b6a-42da-aca5-f0adfd5ebcfc,delivered,920.35,2025-12-05 21:20:42.600+00
184,80353df2-ae3f-4153-96d6-7108f795e46e,shipped,324.81,2025-08-16 13:30:52.632+00
185,a8013603-8c53-41ee-9ec3-82cb3548d8f1,paid,1089.66,2025-07-14 15:52:50.578+00
186,cb6675c9-e7aa-48e4-a765-fff1eaeb4d12,pending,934.03,2025-10-25 03:32:43.455+00
187,323419e1-27b0-46a7-8cdd-ba20edf61b4f,delivered,1295.22,2025-12-23 22:39:57.892+00
188,f2be4d54-2205-4e8c-82e5-e1837e0b05cb,delivered,1340.88,2025-07-16 13:57:59.159+00
189,b2fb2214-df3d-420a-9be4-61d0c8352aef,paid,1724.43,2025-10-25 12:18:41.432+00
190,5c631455-d9d4-41e3-a800-71a35888a9f8,shipped,1941.39,2025-09-09 01:51:26.806+00
191,9102b3db-43e4-418a-8e23-209acee74ace,delivered,1133.25,2025-07-08 17:05:12.381+00
192,eb1f2a95-c062-4476-9d7f-2f43ff7576d9,paid,444.09,2025-08-10 08:14:16.559+00
193,e843e105-2b6a-42da-aca5-f0adfd5ebcfc,delivered,467.07,2025-09-27 04:24:45.797+00
194,c4601ac9-ef98-4ddf-8858-5de8b860263a,paid,257.72,2025-07-18 07:27:58.020+00
195,aa1cb192-48eb-4b02-81ea-7482e98bdd3b,delivered,1243.32,2025-11-08 09:37:22.216+00
196,5be5ffaa-bb37-4c1d-a596-a5760cb71ce7,delivered,740.78,2025-11-27 08:09:19.245+00
197,54509920-9f4b-4f93-bad4-fcf71ffdf98b,paid,38.58,2025-12-29 00:53:01.855+00
198,e843e105-2b6a-42da-aca5-f0adfd5ebcfc,delivered,341.89,2025-10-18 16:53:13.887+00
199,b164a928-0278-4aa1-8036-50fbf2be0185,delivered,1913.05,2025-11-23 18:12:44.149+00
200,964fc320-8fe9-4b6d-9c4d-30fd846596c3,delivered,362.44,2025-09-06 02:16:12.567+00
201,103400fc-2748-4cbb-96e9-639ec8c5908e,delivered,1590.36,2025-10-17 12:14:59.937+00
202,fd1d8014-64e7-4f4b-af72-38d4f7644c5d,cancelled,619.10,2025-07-26 22:31:30.296+00
203,e843e105-2b6a-42da-aca5-f0adfd5ebcfc,pending,1946.05,2025-11-26 23:54:33.592+00
204,a94dad58-2c72-450d-b64e-8c4275815d59,pending,51.95,2025-07-18 14:06:34.558+00
205,bc6ceb4a-52e9-4459-bd3a-7f6add848150,delivered,1170.55,2025-10-13 16:16:40.221+00
206,8c0ce575-1f08-4164-92fc-cd3ecd71da30,delivered,1688.77,2025-08-20 15:59:15.311+00
207,a05a6e43-b881-4a3f-83ae-941454214a9a,shipped,1978.38,2025-11-02 23:25:08.754+00
208,78925f8e-351f-4c97-a5f5-b9554207bacc,paid,799.95,2025-09-13 11:46:39.839+00
209,e528a2fa-f354-41a4-b521-237d384bf11d,delivered,323.74,2025-11-08 02:32:19.011+00
210,9dd274ae-8e12-4ddd-a79a-f919871a488e,delivered,253.14,2025-10-05 04:59:36.675+00
211,4dd717f1-49e4-417e-8006-4948dcb4effd,delivered,1549.63,2025-08-26 21:16:24.922+00
212,f3774039-b0a2-4a6d-9555-2b3923065aae,shipped,240.15,2025-12-29 07:19:54.807+00
213,378f3a67-9b6b-46a6-bef9-4732228d7512,shipped,1071.06,2025-09-28 03:51:11.600+00
214,c4601ac9-ef98-4ddf-8858-5de8b860263a,delivered,1492.14,2025-07-23 15:44:27.845+00
215,9dd274ae-8e12-4ddd-a79a-f919871a488e,paid,744.47,2025-07-25 12:48:40.810+00
216,eb1f2a95-c062-4476-9d7f-2f43ff7576d9,delivered,1726.38,2025-09-18 19:27:54.212+00
217,48986031-b32e-4787-b322-7e20468063d6,paid,217.52,2025-11-03 10:34:52.283+00
218,bff86312-bbdf-496b-bdce-174f47b35d8f,cancelled,905.39,2025-11-23 06:02:34.821+00
219,1f34c909-ad3d-4198-a0a3-68f370776acc,paid,474.27,2025-12-26 07:50:16.081+00
220,78925f8e-351f-4c97-a5f5-b9554207bacc,delivered,20.88,2025-11-01 04:00:35.905+00
221,ae51a029-99f6-435b-8626-5b7d2719fedf,pending,1264.18,2025-07-17 10:12:07.917+00
222,8c0ce575-1f08-4164-92fc-cd3ecd71da30,shipped,1150.65,2025-07-19 01:28:41.502+00
223,619ff44a-2b00-433c-bee3-c27a20a78782,delivered,532.84,2025-10-06 21:33:42.505+00
224,eb1f2a95-c062-4476-9d7f-2f43ff7576d9,delivered,1466.13,2025-12-17 20:52:44.712+00
225,80353df2-ae3f-4153-96d6-7108f795e46e,delivered,640.19,2025-08-09 01:49:12.641+00
226,8c0ce575-1f08-4164-92fc-cd3ecd71da30,delivered,1131.80,2025-07-17 15:22:18.978+00
227,c6b77009-e2e1-4b6d-8a4f-948e507862f9,delivered,680.79,2025-10-12 17:22:32.134+00
228,80353df2-ae3f-4153-96d6-7108f795e46e,cancelled,169.21,2025-10-18 01:33:24.743+00
229,c4601ac9-ef98-4ddf-8858-5de8b860263a,delivered,800.06,2025-07-05 23:46:25.148+00
230,e843e105-2b6a-42da-aca5-f0adfd5ebcfc,delivered,117.39,2025-12-10 20:53:06.088+00
231,e843e105-2b6a-42da-aca5-f0adfd5ebcfc,cancelled,1016.83,2025-12-23 03:52:07.677+00
232,56970708-0c52-46c2-8785-850198e40f17,delivered,1749.65,2025-07-08 08:18:56.265+00
233,e843e105-2b6a-42da-aca5-f0adfd5ebcfc,delivered,1145.81,2025-09-20 21:46:54.254+00
234,8c0ce575-1f08-4164-92fc-cd3ecd71da30,delivered,861.56,2025-10-16 16:55:30.077+00
235,e843e105-2b6a-42da-aca5-f0adfd5ebcfc,delivered,1973.36,2025-09-06 22:11:20.262+00
236,5c631455-d9d4-41e3-a800-71a35888a9f8,delivered,1137.17,2025-10-24 19:21:09.206+00
237,e98cb144-9825-40c3-bc6b-5251c77edecf,delivered,1705.84,2025-09-22 19:24:54.268+00
238,c6b77009-e2e1-4b6d-8a4f-948e507862f9,shipped,1688.71,2025-07-07 02:14:52.730+00
239,1f34c909-ad3d-4198-a0a3-68f370776acc,delivered,463.25,2025-08-08 10:31:01.072+00
240,b747acf1-545f-4375-a2b8-0e54460d3954,delivered,92.36,2025-12-12 04:09:08.163+00
241,fac5dc94-e8fc-450d-af17-c735e859068e,delivered,434.64,2025-10-02 19:03:59.614+00
242,5be5ffaa-bb37-4c1d-a596-a5760cb71ce7,shipped,333.34,2025-10-09 01:54:47.964+00
243,103400fc-2748-4cbb-96e9-639ec8c5908e,shipped,1525.25,2025-12-15 11:48:13.342+00
244,f495b3cc-31ee-45a6-ae16-19ede6027587,delivered,488.81,2025-08-31 07:02:59.058+00
245,c4601ac9-ef98-4ddf-8858-5de8b860263a,delivered,613.10,2025-11-04 05:56:56.355+00
246,a89053f0-5c7f-4772-a28a-92448e5823a7,shipped,1090.61,2025-09-02 17:14:17.135+00
247,73298920-2bfc-491d-ac73-ac19eb2de334,pending,203.71,2025-09-26 11:46:10.402+00
248,8c0ce575-1f08-4164-92fc-cd3ecd71da30,delivered,1536.88,2025-10-28 01:55:53.694+00
249,e843e105-2b6a-42da-aca5-f0adfd5ebcfc,shipped,38.32,2025-10-20 19:08:24.467+00
250,b164a928-0278-4aa1-8036-50fbf2be0185,delivered,985.39,2025-07-24 14:54:08.185+00
251,ec754e8f-6fde-422d-9eef-5006cb3dca5c,paid,1867.45,2025-08-16 04:45:56.040+00
252,e843e105-2b6a-42da-aca5-f0adfd5ebcfc,shipped,1921.97,2025-12-06 15:30:33.695+00
253,80353df2-ae3f-4153-96d6-7108f795e46e,shipped,1856.28,2025-08-12 18:44:19.823+00
254,deb87462-2438-422a-8d50-45dfe9c67acc,delivered,1472.98,2025-07-20 23:08:59.667+00
255,e843e105-2b6a-42da-aca5-f0adfd5ebcfc,paid,1461.24,2025-09-04 19:47:33.090+00
256,5be5ffaa-bb37-4c1d-a596-a5760cb71ce7,shipped,518.78,2025-09-25 14:56:15.155+00
257,de07c9e1-9409-446e-9fb8-5fb8aa822ce7,pending,1938.24,2025-08-03 21:22:08.608+00
258,b164a928-0278-4aa1-8036-50fbf2be0185,paid,1782.81,2025-12-03 21:50:37.282+00
259,8c0ce575-1f08-4164-92fc-cd3ecd71da30,shipped,1593.26,2025-09-23 21:30:58.163+00
260,8c0ce575-1f08-4164-92fc-cd3ecd71da30,delivered,135.65,2025-08-31 23:51:18.794+00
261,6af130ca-fea6-4a3b-bbe2-31b68f8bc72b,delivered,561.12,2025-08-01 13:04:15.999+00
262,3321c101-0df7-4073-a851-cc62a4927ded,delivered,722.20,2025-10-03 13:24:38.119+00
263,fd1d8014-64e7-4f4b-af72-38d4f7644c5d,shipped,71.91,2025-11-28 06:11:50.662+00
264,e528a2fa-f354-41a4-b521-237d384bf11d,pending,1070.76,2025-12-09 14:15:25.123+00
265,eb1f2a95-c062-4476-9d7f-2f43ff7576d9,paid,745.37,2025-12-26 21:56:58.613+00
266,e843e105-2b6a-42da-aca5-f0adfd5ebcfc,delivered,945.47,2025-09-11 23:02:14.405+00
267,e843e105-2b6a-42da-aca5-f0adfd5ebcfc,shipped,727.58,2025-07-17 15:12:11.417+00
268,e843e105-2b6a-42da-aca5-f0adfd5ebcfc,delivered,720.05,2025-09-23 06:38:08.060+00
269,ae51a029-99f6-435b-8626-5b7d2719fedf,cancelled,871.17,2025-12-31 03:51:08.038+00
270,a8013603-8c53-41ee-9ec3-82cb3548d8f1,delivered,1905.90,2025-12-25 03:00:15.158+00
271,3321c101-0df7-4073-a851-cc62a4927ded,delivered,1963.84,2025-12-27 23:18:33.079+00
272,fd1d8014-64e7-4f4b-af72-38d4f7644c5d,delivered,714.13,2025-07-18 18:32:05.281+00
273,eb1f2a95-c062-4476-9d7f-2f43ff7576d9,delivered,1152.03,2025-11-24 17:34:49.369+00
274,7650bb4e-d89e-418d-8fc8-a1f8ded3acaa,delivered,578.65,2025-07-26 18:04:36.900+00
275,0d950eee-fe38-4da0-9d80-e33cf1f7b0ae,shipped,481.70,2025-08-07 09:07:07.037+00
276,bc6ceb4a-52e9-4459-bd3a-7f6add848150,shipped,1006.68,2025-12-25 16:46:04.711+00
277,eb1f2a95-c062-4476-9d7f-2f43ff7576d9,delivered,1505.89,2025-09-21 06:27:47.224+00
278,56970708-0c52-46c2-8785-850198e40f17,delivered,1776.57,2025-08-11 12:57:29.216+00
279,103400fc-2748-4cbb-96e9-639ec8c5908e,shipped,1989.37,2025-08-30 19:34:56.421+00
280,eb1f2a95-c062-4476-9d7f-2f43ff7576d9,paid,1931.22,2025-11-30 10:02:33.030+00
281,c4601ac9-ef98-4ddf-8858-5de8b860263a,delivered,1286.67,2025-08-23 15:46:47.920+00
282,e843e105-2b6a-42da-aca5-f0adfd5ebcfc,delivered,136.23,2025-11-14 16:13:36.338+00
283,103400fc-2748-4cbb-96e9-639ec8c5908e,delivered,1149.18,2025-07-08 03:45:37.763+00
284,c4601ac9-ef98-4ddf-8858-5de8b860263a,cancelled,460.86,2025-12-19 04:54:30.679+00
285,e843e105-2b6a-42da-aca5-f0adfd5ebcfc,delivered,1120.31,2025-11-11 09:08:13.053+00
286,8c0ce575-1f08-4164-92fc-cd3ecd71da30,delivered,150.43,2025-12-22 17:49:57.719+00
287,80353df2-ae3f-4153-96d6-7108f795e46e,delivered,1029.97,2025-09-26 12:22:18.506+00
288,1f16dd11-0180-4a62-a3c0-78ad485b7863,shipped,1921.40,2025-09-18 00:54:33.176+00
289,e843e105-2b6a-42da-aca5-f0adfd5ebcfc,delivered,1950.22,2025-07-18 17:06:35.746+00
290,8d26e98d-39ca-4eb4-bc89-2e8e2c45c32e,paid,1167.73,2025-11-13 18:08:53.622+00
291,80353df2-ae3f-4153-96d6-7108f795e46e,shipped,678.09,2025-09-18 16:13:14.892+00
292,1f34c909-ad3d-4198-a0a3-68f370776acc,delivered,1946.53,2025-11-02 18:59:00.815+00
293,5c631455-d9d4-41e3-a800-71a35888a9f8,pending,445.33,2025-12-06 01:54:39.192+00
294,e843e105-2b6a-42da-aca5-f0adfd5ebcfc,delivered,1169.66,2025-08-28 19:23:36.244+00
295,cb6675c9-e7aa-48e4-a765-fff1eaeb4d12,delivered,1865.01,2025-12-13 13:01:56.014+00
296,1f34c909-ad3d-4198-a0a3-68f370776acc,delivered,1922.60,2025-11-11 20:20:28.834+00
297,a05a6e43-b881-4a3f-83ae-941454214a9a,delivered,1906.19,2025-09-12 06:58:52.579+00
298,1f34c909-ad3d-4198-a0a3-68f370776acc,pending,528.88,2025-07-29 19:56:45.803+00
299,9c9688cf-d8d0-4971-b5d7-79bdfb4c7738,shipped,274.47,2025-11-18 05:40:52.140+00
300,80353df2-ae3f-4153-96d6-7108f795e46e,shipped,594.60,2025-09-13 19:55:41.860+00
\.

COPY "public"."order_items" ("order_id", "line_no", "product_id", "quantity", "unit_price") FROM stdin WITH (FORMAT csv);
61,4,25,2,135.08
246,1,35,2,343.91
182,5,12,3,7.82
212,5,34,5,14.31
93,3,28,2,239.07
9,2,35,5,346.47
70,2,38,3,394.00
193,1,11,3,318.27
99,2,35,2,385.97
259,1,31,1,70.81
277,2,36,5,393.71
91,5,38,1,278.76
102,1,25,5,71.87
176,1,10,2,61.59
192,2,12,1,321.36
172,1,6,4,387.36
293,4,11,2,257.61
13,4,16,3,350.61
42,4,5,5,106.67
118,2,25,3,14.68
4,4,23,3,41.75
140,4,34,3,108.45
117,3,21,5,294.05
211,4,24,1,120.98
160,5,3,4,359.37
34,5,36,1,370.48
146,5,13,5,109.88
112,2,3,5,391.90
53,4,38,1,47.15
44,3,16,2,218.27
11,5,32,5,89.22
87,4,37,4,33.09
131,3,40,2,27.12
73,3,15,2,347.52
76,4,35,4,387.50
30,3,14,4,117.96
1,5,24,3,377.02
205,2,1,2,260.95
15,2,30,2,388.12
214,4,39,4,107.84
120,4,23,1,116.39
174,5,29,3,74.19
25,1,7,1,21.48
1,1,4,5,125.57
73,5,28,5,121.52
212,4,22,2,232.60
48,2,38,4,311.01
167,1,18,3,8.01
147,5,1,5,359.25
130,1,39,4,74.97
51,3,32,3,256.01
101,3,19,3,16.53
63,3,29,3,178.58
129,5,2,4,233.26
87,5,35,2,26.26
156,5,38,1,391.47
196,5,36,1,95.35
200,5,3,5,127.15
25,4,17,1,285.07
262,3,27,3,222.37
277,3,1,4,345.57
267,5,32,3,76.22
290,1,6,2,146.50
211,1,38,2,131.44
139,2,7,4,397.62
148,2,21,1,97.97
250,4,18,1,356.50
289,1,23,1,366.98
154,1,35,1,354.42
26,4,3,3,225.45
12,3,3,4,143.18
56,3,4,5,143.93
44,4,12,5,257.96
10,3,7,4,33.47
210,1,4,5,178.92
204,5,26,4,175.48
79,3,2,1,311.84
190,3,25,5,309.01
47,3,15,2,329.14
213,5,29,1,383.87
228,3,21,1,353.57
72,5,1,1,144.24
234,5,34,1,141.07
49,3,19,1,149.18
79,2,33,3,205.53
215,3,38,3,86.23
128,2,14,5,52.68
48,1,27,4,34.92
206,2,10,2,358.75
224,2,37,5,395.75
181,2,15,1,310.68
253,4,33,4,27.28
22,5,14,1,100.49
280,4,6,1,270.36
149,3,32,3,360.09
32,1,19,4,265.61
124,4,14,4,303.30
28,1,12,4,379.74
280,3,25,1,219.39
300,5,4,2,132.69
181,5,40,2,25.14
54,1,32,5,369.83
37,2,2,4,90.13
188,2,30,5,287.96
240,5,17,2,70.35
132,4,13,2,209.82
56,4,10,5,285.24
291,2,9,2,30.28
165,1,35,2,319.51
285,2,16,4,90.96
68,1,7,4,259.07
29,4,10,5,133.28
11,2,23,3,173.58
256,5,28,1,285.16
48,4,10,3,311.20
127,2,40,5,313.11
17,4,40,2,278.63
19,3,4,5,88.05
174,1,40,3,266.40
281,5,37,4,172.77
257,4,2,4,143.18
56,2,29,4,167.80
289,4,5,1,202.03
74,3,20,1,274.12
142,5,32,4,65.48
185,2,15,1,120.60
52,2,39,3,274.95
175,3,23,5,135.46
110,5,21,1,164.57
8,2,29,1,127.59
171,2,13,2,323.47
43,3,5,3,123.34
242,5,25,1,341.32
285,4,14,1,332.48
269,2,31,5,188.07
7,5,7,5,133.30
157,1,24,5,309.31
289,3,2,2,342.30
47,2,17,2,104.32
179,5,24,1,365.16
225,3,23,3,146.19
80,2,1,2,23.48
159,5,31,2,354.47
152,2,4,4,300.05
172,4,39,4,172.95
45,4,33,2,231.17
223,2,8,2,59.04
119,3,1,5,304.57
62,5,10,3,286.16
72,1,9,5,147.48
151,2,22,1,214.76
38,5,40,2,361.08
112,1,25,5,342.22
39,5,8,2,352.08
285,5,14,3,287.71
54,5,9,1,278.45
285,1,22,5,396.39
121,3,3,2,61.85
239,4,28,3,315.34
288,5,10,3,276.27
131,5,13,4,235.13
204,1,1,1,104.78
144,5,31,3,251.43
61,3,33,5,17.50
147,1,8,1,171.76
208,3,12,4,113.03
188,1,10,4,51.46
140,2,3,2,376.46
20,1,36,3,23.31
136,5,26,1,50.28
90,1,2,4,182.17
252,2,28,5,74.54
199,1,2,3,159.64
133,2,24,5,228.55
246,5,38,5,351.70
143,2,6,1,32.73
249,4,1,2,20.85
272,1,22,3,350.07
182,2,37,5,162.51
88,1,23,1,354.16
11,1,27,1,244.29
84,1,16,5,128.90
207,3,22,2,25.16
50,5,4,5,42.62
109,2,2,4,224.60
173,4,16,1,365.39
186,1,28,2,218.66
234,2,40,2,139.50
293,1,35,2,171.53
27,2,9,3,277.81
252,3,13,3,26.36
200,2,15,3,22.50
296,2,19,2,170.33
181,1,6,1,40.94
3,3,4,2,196.08
295,1,26,2,325.17
104,5,8,5,167.61
123,3,16,2,162.98
293,2,35,5,246.05
71,3,21,1,69.70
119,4,22,4,110.94
105,4,5,4,285.31
256,3,38,2,215.30
136,4,1,1,136.19
183,5,7,4,219.89
168,2,15,1,231.58
46,3,25,1,98.79
202,4,12,3,383.05
282,3,36,3,113.54
115,3,39,1,353.32
23,2,8,4,395.20
87,2,23,4,6.55
146,4,6,1,147.45
132,1,20,4,89.28
239,1,38,1,75.49
222,1,8,4,371.09
98,1,36,2,79.74
37,5,27,2,183.27
258,4,34,5,373.37
179,2,32,2,76.05
231,5,34,2,215.70
177,3,2,2,255.66
158,4,35,2,69.80
141,1,29,1,368.66
288,3,24,3,352.66
207,2,14,1,208.12
65,3,26,2,98.66
164,1,21,5,68.03
31,2,1,4,248.89
165,5,2,5,239.19
174,3,25,1,109.75
298,4,19,1,360.35
11,4,40,4,328.86
158,3,15,4,396.40
295,4,7,5,52.05
69,2,17,3,11.94
109,1,37,3,218.83
12,4,4,4,382.26
47,1,10,1,343.23
276,5,19,5,321.79
91,2,35,4,68.41
264,5,18,4,268.80
203,4,25,4,145.89
289,5,25,4,328.85
222,5,3,1,279.88
57,1,5,5,294.55
173,2,14,1,330.30
114,4,20,5,231.91
178,5,24,3,6.92
279,2,22,4,316.14
218,2,11,3,360.66
198,3,25,3,72.68
34,4,16,4,287.60
154,5,31,3,225.23
44,2,1,2,233.30
2,2,8,2,167.46
287,3,9,4,176.39
146,3,30,2,4.80
284,3,38,5,341.06
113,5,24,3,290.92
89,1,7,2,97.57
261,1,27,3,176.07
299,4,3,1,241.98
214,5,33,3,12.95
153,1,14,2,282.67
86,4,11,5,71.69
109,5,25,5,202.02
260,4,16,3,298.08
82,3,22,2,328.58
99,3,15,3,124.90
246,2,7,5,6.00
60,5,15,2,160.41
135,1,13,5,172.73
61,1,2,2,192.06
35,3,22,4,237.51
107,3,23,4,369.01
102,2,17,1,243.75
142,3,3,3,37.07
110,4,1,1,7.64
127,4,2,5,136.08
297,5,8,3,341.03
187,1,30,5,329.77
36,1,23,5,11.51
20,2,27,1,230.00
33,2,10,2,242.03
281,2,7,4,271.74
80,5,11,2,273.61
64,3,10,2,220.96
230,5,14,2,163.56
15,1,6,2,7.75
279,1,30,3,125.30
43,2,10,1,356.79
79,1,23,5,254.10
210,5,13,3,293.25
5,1,18,3,290.86
229,4,28,2,283.96
241,1,23,1,259.58
158,5,40,4,175.56
292,5,18,2,218.45
234,3,39,1,46.66
17,1,4,2,144.34
54,2,8,2,35.16
196,1,6,1,92.84
278,5,27,5,284.02
152,5,1,3,249.99
128,4,9,3,208.70
198,1,37,1,262.38
147,3,32,3,42.28
84,4,19,5,185.52
33,3,4,5,381.42
160,3,21,4,133.11
226,3,15,5,212.35
43,1,28,4,270.84
243,2,12,5,294.75
187,3,23,5,395.48
167,4,6,4,16.24
89,5,35,5,13.15
189,2,39,5,387.14
209,5,38,2,331.47
40,3,22,4,83.66
236,1,4,3,9.61
4,2,3,5,94.98
256,1,36,1,77.17
218,5,18,1,360.68
274,5,18,5,366.47
283,1,20,1,95.47
220,4,1,4,145.81
142,2,10,2,290.10
95,5,29,2,235.27
71,4,27,4,279.19
281,1,3,2,266.02
4,3,23,1,286.00
84,5,15,4,180.10
137,4,2,5,79.61
38,3,27,4,265.38
44,1,9,1,99.01
161,3,40,5,86.45
150,2,11,1,99.15
143,3,24,1,226.62
8,3,13,3,216.89
2,1,6,2,41.27
300,2,32,3,321.46
266,4,30,3,202.14
233,2,13,4,172.56
201,5,1,2,158.13
231,4,7,4,284.05
199,2,28,4,206.15
234,1,18,3,263.99
244,1,10,2,17.42
185,5,6,2,269.45
117,2,8,2,104.20
116,4,1,4,171.20
96,3,25,2,313.71
110,3,25,2,62.76
283,3,20,3,381.56
96,5,23,5,144.85
3,2,29,2,191.20
282,5,5,4,261.99
245,5,22,4,153.55
290,2,25,2,92.05
68,3,37,5,204.98
65,2,35,1,382.37
149,4,37,3,187.50
65,5,1,3,67.37
83,1,8,2,169.33
97,5,17,5,353.48
122,5,30,5,48.76
240,4,14,3,381.07
224,1,4,3,384.31
173,1,20,2,229.09
194,2,12,5,22.55
94,2,32,3,343.75
31,3,34,3,6.15
66,4,6,5,97.40
7,1,21,1,374.45
237,5,23,2,144.73
262,2,7,1,19.34
188,4,26,2,370.37
37,3,23,2,273.08
74,4,17,2,380.01
178,1,21,2,61.15
219,2,34,3,194.26
104,1,27,2,17.81
102,4,35,4,134.00
14,5,4,3,272.01
194,1,38,1,83.55
245,2,13,5,173.66
56,1,11,3,270.98
211,5,29,5,48.60
155,5,29,5,258.14
140,1,10,4,163.73
159,3,9,4,177.54
166,5,26,1,308.52
92,4,36,2,131.44
213,2,36,4,73.00
28,4,12,2,66.57
242,4,27,4,35.08
235,3,13,3,217.85
67,2,39,3,171.71
253,2,12,5,36.59
94,3,1,1,281.62
6,4,17,2,28.67
17,5,21,1,65.86
44,5,38,3,89.24
251,4,31,4,67.24
78,5,14,2,288.02
268,2,18,5,398.36
63,2,31,3,103.36
103,3,29,2,223.75
63,1,20,1,63.40
272,5,33,1,230.22
269,3,2,1,197.56
270,5,25,3,236.44
137,5,18,3,98.53
248,4,3,1,145.46
170,3,20,3,355.69
130,2,26,4,175.11
274,2,27,5,265.67
154,4,26,3,108.09
151,3,2,3,37.72
265,2,40,2,15.40
54,4,20,2,380.15
113,1,32,4,34.41
40,4,13,3,301.02
138,4,12,4,259.50
271,5,21,5,207.38
188,3,38,3,271.83
90,5,20,2,232.96
164,5,4,1,252.47
203,2,4,2,309.93
266,5,7,4,351.26
275,5,4,3,153.08
25,2,13,4,213.31
102,3,8,1,395.38
183,4,11,1,78.51
275,4,17,4,153.05
227,1,33,3,213.21
155,1,37,4,298.94
136,2,23,1,105.28
243,1,21,1,30.28
258,1,13,4,224.10
87,3,4,5,82.63
196,2,19,5,190.88
298,1,29,2,193.81
193,5,1,2,12.86
123,1,39,1,380.78
299,2,30,4,26.13
199,5,12,5,210.25
107,2,6,3,291.27
228,5,15,4,385.75
78,2,26,1,261.94
288,4,16,2,369.42
77,5,38,3,21.05
74,5,39,4,67.58
214,1,17,5,71.53
161,2,14,3,374.96
134,3,11,4,312.92
90,4,11,5,103.85
22,3,38,5,258.99
186,3,17,2,207.56
120,3,21,5,136.04
98,4,8,5,151.79
55,5,11,1,85.25
31,4,34,1,257.41
165,3,36,2,22.37
120,5,8,2,41.30
160,1,17,2,354.83
225,1,25,1,27.03
244,4,8,2,220.57
129,3,28,2,71.15
132,2,29,4,84.19
104,3,19,5,80.90
286,4,23,2,180.05
64,4,37,2,153.11
43,4,25,4,130.70
131,1,32,3,30.36
58,2,32,2,351.89
292,4,16,1,129.19
65,1,27,4,354.23
17,2,31,3,168.43
21,2,36,2,58.67
111,4,18,3,209.79
263,3,33,4,340.83
277,4,8,4,361.68
22,1,1,3,38.41
134,1,20,3,362.25
282,1,5,3,174.39
272,4,11,5,313.08
88,4,37,1,127.67
67,5,16,3,220.14
62,4,14,4,339.70
217,2,13,2,261.26
12,1,30,1,305.54
202,2,22,3,275.01
230,1,12,4,391.05
67,4,3,5,173.55
250,3,10,5,57.00
112,3,10,3,200.48
263,4,31,5,232.70
5,3,39,5,5.44
16,4,37,4,154.37
219,4,30,5,216.97
144,4,23,5,388.38
50,2,22,5,210.39
148,4,18,1,168.57
180,1,14,3,177.80
227,2,35,1,48.09
113,4,4,1,299.00
98,5,40,1,308.10
198,5,13,3,10.04
8,1,25,5,63.35
223,5,38,3,188.01
27,4,37,4,235.05
291,5,5,1,102.69
228,4,40,3,207.73
226,5,35,4,199.05
41,1,38,5,291.55
170,5,32,1,308.27
21,4,18,3,140.73
141,2,10,4,258.61
184,1,13,1,232.80
16,2,21,3,177.07
37,4,20,1,247.13
177,2,19,3,154.91
215,4,1,4,250.26
73,1,22,1,144.46
252,4,8,4,63.71
143,1,24,2,180.05
89,4,34,3,145.48
114,2,23,1,52.72
149,1,8,5,244.05
2,3,31,3,113.94
209,2,11,4,45.71
164,2,7,3,118.99
126,5,7,3,177.89
107,5,3,5,375.93
59,3,28,4,385.09
174,2,39,2,29.25
235,2,15,4,29.52
175,1,6,3,369.47
266,1,13,4,297.38
162,4,21,5,42.40
23,5,19,5,205.90
109,4,3,1,314.04
20,3,6,5,354.74
29,1,7,2,317.95
255,1,13,1,151.81
253,3,10,1,21.54
292,3,28,5,240.16
18,1,24,4,306.06
110,2,6,3,182.40
97,1,16,4,291.56
154,2,37,1,52.38
144,3,39,5,19.79
259,4,2,4,249.48
200,4,23,4,282.65
201,1,39,4,327.05
23,3,11,4,95.15
294,5,37,5,310.66
139,1,1,2,206.43
108,2,1,2,109.85
14,3,37,5,379.67
271,3,34,1,68.93
155,2,18,3,251.36
242,2,25,1,340.22
267,3,37,2,322.96
197,2,40,1,33.57
261,5,3,5,194.35
278,3,1,1,12.26
108,5,30,5,155.52
246,4,12,5,113.03
273,5,26,2,358.88
279,3,16,4,211.98
39,2,25,1,186.98
41,5,8,3,332.57
1,2,20,4,286.25
125,3,20,4,305.34
95,1,10,2,339.30
107,4,9,4,9.43
245,4,14,1,241.79
149,2,16,1,71.09
134,2,29,1,71.65
205,3,32,4,342.53
161,1,26,3,132.44
154,3,17,3,105.37
171,5,40,4,63.60
259,2,34,4,348.14
264,4,38,1,62.76
103,4,38,4,28.14
99,4,20,3,272.62
92,1,16,4,117.87
140,3,15,4,142.85
69,4,27,3,249.66
112,4,32,1,142.18
92,3,11,5,264.53
230,3,22,5,12.96
274,4,25,2,95.90
95,4,1,4,124.06
170,1,6,4,284.84
221,2,40,4,84.17
41,2,21,3,84.28
159,1,9,3,273.28
159,4,1,3,222.67
66,1,28,1,373.47
24,5,40,4,399.95
224,5,13,4,306.19
49,2,33,3,194.50
184,4,35,5,333.08
219,1,7,1,271.87
122,4,29,2,290.37
132,5,1,5,286.13
181,3,3,4,56.85
251,1,1,4,163.61
145,5,17,1,244.27
93,5,29,5,299.83
280,2,33,5,233.43
223,4,36,2,290.11
48,3,29,1,395.24
93,2,24,5,149.04
273,4,21,2,373.11
248,3,5,4,343.04
230,4,29,1,379.35
127,1,32,4,300.18
6,2,35,1,222.67
156,1,3,1,237.20
219,3,30,5,238.29
89,3,40,5,225.50
183,2,30,5,354.10
13,3,20,2,128.29
187,4,18,1,274.51
12,5,26,2,69.87
80,3,17,2,14.34
298,3,40,2,110.45
191,4,9,5,134.45
120,1,29,4,339.27
162,3,37,5,348.44
96,1,21,4,114.07
59,1,32,2,105.54
70,1,19,1,88.11
28,2,17,5,137.29
203,1,31,4,367.52
35,4,5,5,382.67
99,5,2,1,315.13
24,4,30,4,374.87
204,2,37,4,364.60
167,2,27,4,202.42
70,4,21,4,388.87
42,2,4,2,384.68
58,5,35,3,96.26
186,4,1,4,61.28
263,5,33,5,57.01
181,4,21,3,367.42
4,1,27,3,372.53
10,5,22,5,385.51
5,4,4,4,229.65
48,5,28,2,99.23
279,4,1,2,183.11
144,2,6,1,293.37
272,3,30,5,134.51
284,5,28,1,21.12
184,3,26,4,149.47
210,2,15,1,113.12
281,3,2,2,354.36
19,2,3,1,53.80
239,5,13,1,230.92
59,4,26,5,154.27
222,2,40,1,389.36
135,3,20,3,312.56
269,1,21,3,303.55
298,2,16,3,170.41
271,1,25,4,198.94
175,5,19,4,238.33
217,1,34,4,399.21
104,4,27,4,383.69
241,2,13,1,101.64
64,2,38,4,298.20
156,4,7,5,140.41
72,4,40,3,242.96
53,1,6,4,230.02
260,1,27,3,28.71
123,2,16,4,67.25
6,1,30,3,214.96
260,3,19,2,287.24
53,5,34,3,8.91
59,2,26,2,181.53
83,3,28,3,316.39
217,4,32,4,210.71
169,5,37,4,29.45
138,2,32,1,163.07
150,3,40,5,339.44
214,2,5,2,74.05
133,5,6,4,73.88
238,3,28,3,311.83
153,5,20,4,294.89
165,4,25,4,317.07
157,2,7,3,358.72
52,1,7,5,249.35
278,1,38,5,140.11
111,5,24,5,350.58
172,2,28,3,150.65
273,3,35,3,319.73
151,5,38,5,349.73
100,4,36,2,13.71
124,1,30,1,192.27
275,2,6,5,191.36
267,4,15,1,240.05
164,3,4,4,171.06
180,5,36,3,29.56
153,3,24,2,79.92
232,2,36,3,62.30
297,1,16,5,166.22
59,5,23,3,306.55
3,4,3,1,42.46
252,5,31,4,36.95
271,2,5,1,396.61
156,3,3,5,211.60
192,3,15,5,23.83
232,1,10,4,24.66
298,5,26,5,314.11
100,1,14,5,24.38
16,5,25,1,366.12
2,4,4,4,383.83
163,4,34,5,370.41
100,3,21,1,245.11
280,1,4,4,16.94
224,3,24,4,389.82
210,3,23,1,51.15
60,4,33,5,7.15
287,4,4,2,39.65
27,1,1,5,250.22
249,5,21,2,225.45
194,3,19,2,274.28
162,5,10,4,291.89
58,3,39,5,272.21
143,5,24,3,364.76
22,4,18,5,229.78
245,1,26,4,356.58
216,2,15,2,23.91
279,5,25,4,135.54
146,1,34,1,280.82
195,1,15,3,331.97
81,4,30,4,234.65
76,5,12,3,339.61
112,5,11,4,131.06
163,1,37,2,37.25
235,4,17,5,180.65
145,1,32,2,351.07
255,4,30,5,120.86
236,5,1,3,92.68
160,4,37,2,36.95
185,3,34,2,390.99
85,5,26,2,164.65
244,5,27,1,58.99
70,3,36,1,219.95
141,4,5,5,162.34
26,3,32,4,344.09
229,5,12,4,230.71
90,2,27,3,105.22
257,2,2,2,338.16
35,1,27,3,207.14
126,1,20,4,122.88
175,4,12,1,31.35
39,3,25,5,202.50
286,3,6,2,175.61
4,5,7,2,333.69
18,2,5,4,86.88
10,2,2,5,286.64
8,5,32,4,12.82
32,5,10,5,110.70
96,4,36,2,370.35
30,5,8,5,150.01
286,2,29,3,25.82
249,1,6,4,216.84
58,1,9,5,191.50
75,2,2,1,335.02
228,1,15,3,180.52
234,4,4,1,148.38
98,2,15,1,263.24
232,3,6,4,158.50
6,3,38,4,313.46
214,3,34,5,299.85
81,5,10,2,21.71
79,4,4,3,83.43
152,3,10,2,142.71
68,4,26,1,17.07
294,4,17,1,52.36
177,1,32,2,98.61
119,2,14,5,119.63
299,3,14,2,242.74
115,2,10,5,53.57
5,2,26,5,27.93
91,4,19,3,119.15
299,1,8,5,143.05
169,3,32,2,105.13
139,4,21,1,36.76
26,2,13,1,104.90
171,1,34,3,385.76
51,1,21,3,16.72
291,3,39,5,184.21
238,2,34,2,147.80
138,3,34,1,373.40
166,3,15,2,125.92
262,1,39,2,360.23
247,2,5,4,31.29
274,1,4,4,344.48
276,1,10,4,353.22
211,2,39,3,283.82
229,3,22,1,310.01
34,2,34,2,227.68
29,5,7,2,355.21
106,2,3,2,121.77
236,3,4,4,118.73
77,4,40,2,91.91
197,1,30,5,372.35
134,5,30,4,341.12
175,2,34,5,350.15
67,3,8,4,367.24
14,4,34,2,358.77
295,5,16,1,387.39
121,2,32,5,21.35
71,5,12,1,152.06
239,2,5,2,19.87
69,3,18,2,46.64
165,2,39,4,320.78
69,1,13,4,193.37
145,3,28,2,316.39
206,5,30,3,231.79
268,4,23,5,92.96
157,4,38,3,172.83
270,3,16,3,336.93
26,1,26,5,197.29
283,2,40,4,284.46
138,1,5,3,341.02
157,3,21,4,128.83
282,2,30,3,67.98
65,4,15,4,369.21
148,3,34,1,374.72
42,5,21,4,352.53
109,3,16,3,242.26
66,5,32,5,261.69
133,1,11,2,225.90
185,1,26,2,365.36
217,5,20,5,145.49
254,5,12,3,149.08
123,4,34,1,232.40
197,5,15,5,30.45
42,1,20,3,182.48
233,5,23,4,173.57
192,4,2,4,222.60
221,5,8,4,124.45
183,1,5,5,187.72
185,4,28,3,206.90
9,5,13,3,282.18
82,2,32,4,229.39
243,5,12,2,340.01
43,5,24,5,85.04
82,4,10,2,218.46
52,5,26,2,184.18
60,1,25,1,367.69
264,1,32,3,170.50
222,3,40,2,319.17
92,2,33,3,396.50
231,3,30,5,297.78
71,1,35,2,392.90
136,3,35,1,178.77
283,5,16,4,169.95
270,1,21,2,254.67
286,1,37,5,189.35
197,4,29,2,193.39
18,4,16,2,350.06
238,5,20,1,360.10
72,3,36,1,305.73
129,2,16,4,76.96
202,3,19,4,375.20
151,4,14,1,321.97
192,5,18,5,222.23
227,5,17,4,316.36
236,2,25,4,288.52
85,4,27,2,144.41
95,3,7,3,246.61
285,3,10,4,269.83
15,5,9,4,198.02
15,3,10,5,22.91
265,3,2,5,308.20
18,3,38,3,246.62
230,2,15,3,337.05
104,2,31,1,302.89
123,5,6,3,90.49
225,5,2,2,173.00
12,2,4,5,129.60
55,4,18,1,251.56
11,3,8,5,3.10
101,5,21,5,99.36
194,4,9,1,367.57
52,3,29,3,61.87
132,3,38,4,42.48
171,3,17,3,251.84
118,4,15,1,91.41
75,3,32,4,331.38
36,4,31,5,50.58
\.

COPY "public"."reviews" ("id", "customer_id", "product_id", "rating", "body", "created_at") FROM stdin WITH (FORMAT csv);
1,73fbb2ab-a490-4246-83b2-74214ef64d78,13,5,Statua toties aequitas curia verbum depereo balbus cenaculum acidus caelum. Nobis cernuus voveo vehemens apparatus. Summa ancilla teneo vesica auctor. Defluo titulus clarus ratione stella cribro laudantium nihil aliquid. Eligendi laboriosam depulso tracto tredecim adiuvo.,2025-09-18 11:41:16.033+00
2,07d07089-c828-4665-9bb3-7029a3b4a55d,4,5,,2025-09-15 18:45:06.549+00
3,ee4a2e43-9b0a-4f50-87f5-da9e74bf90db,1,1,,2025-10-17 22:01:02.031+00
4,f7d9fec7-b917-402e-85f4-8c78ef2c68e3,37,4,Tristis terror voluntarius charisma accusantium caelestis vulgo. Demonstro depono natus quis tonsor vitae arbustum vaco basium. Alveus velum tego animus cunae. Una decet adeptio aqua coepi stella viridis ultra desino reprehenderit cornu antea.,2025-12-06 12:42:13.361+00
5,e98cb144-9825-40c3-bc6b-5251c77edecf,32,5,,2025-11-26 04:40:41.819+00
6,ae6e438d-c555-4b3e-8d98-28c17da472c6,33,5,,2025-12-25 03:28:14.635+00
7,9102b3db-43e4-418a-8e23-209acee74ace,36,5,Vallum angulus decor conqueror truculenter. Supplanto summisse nulla causa delectus sponte baiulus conscendo uredo ab tamquam. Sollicito aestas tristis facere virgo.,2025-10-13 11:47:44.996+00
8,8a73d2c1-dd12-40bb-8681-103136f31c96,40,4,,2025-10-21 02:50:44.421+00
9,07d07089-c828-4665-9bb3-7029a3b4a55d,36,4,Thesis animus tergiversatio inflammatio demulceo terebro certus arcus custodia sollers tamisium. Aetas ocer illum charisma at cinis cunae verumtamen sumo accusantium ut. Vereor fugit ascit damno exercitationem alii tabella spero consuasor patruus esse. Porro pecus appono vulpes quo cupio. Adipiscor congregatio thermae corpus abeo. Doloribus accedo cultura velociter acies cribro aggero.,2025-10-14 06:04:36.467+00
10,f2be4d54-2205-4e8c-82e5-e1837e0b05cb,27,5,Taceo porro demens mollitia nesciunt tero arguo adhaero. Currus pecto voluntarius carbo communis civitas sed accommodo statua beatus. Desolo aro curvo theatrum tum vomer cumque vir casus supplanto ab. Adfero amissio caecus veritatis corrumpo accusamus cunae carus collum utrum clamo. Tot tergo candidus curo statim cubitum tristis advoco tot uredo defessus. Magni cogo cruentus victoria villa desolo creo timor degusto quam depereo adflicto.,2025-11-10 18:32:55.631+00
11,3321c101-0df7-4073-a851-cc62a4927ded,7,5,Fugiat illo thermae vester. Armarium articulus adficio sustineo texo ratione. Amita calcar conforto inventore sperno laboriosam vestrum contra tubineus ullus tepidus. Contigo degero demum amita sol cur amiculum odit vociferor sublime cupressus. Audentia reiciendis vapulus stillicidium placeat.,2025-09-07 02:27:07.868+00
12,b7b61de9-9ec6-4b05-a816-18bd9cd480d3,33,5,Timor sublime auctor tandem demitto candidus tripudio teres cognomen. Adaugeo auditor conor stabilis ara. Textilis utilis videlicet calcar bibo coerceo curia aranea ara statim. Vereor turbo taedium thesis sui. Crapula avaritia asper sumo conduco. Campana crastinus canonicus terga patrocinor.,2025-12-18 22:50:15.912+00
13,e98cb144-9825-40c3-bc6b-5251c77edecf,1,4,Beneficium vel stipes totam adulescens amplexus audio termes debitis ultio tonsor sint. Inventore casus antepono praesentium. Decimus verto condico recusandae aliquid.,2025-10-26 06:01:09.151+00
14,6f2e01dc-a908-40b9-a2e7-ea3267c4ea66,27,3,Cunctatio tamquam vinculum turba creator tempus voro capillus taceo ceno commodo. Adhuc damno acceptus argentum vicissitudo tenuis creber cura. Color sollers solvo vito decimus temporibus virtus infit volaticus. Suadeo cultura adimpleo curis vis depraedor adficio arceo totidem valde. Templum deorsum defero clam angelus arx aliqua. Atque alius alo acer cresco clarus succurro sui vergo numquam sint reiciendis.,2025-11-26 18:32:16.304+00
15,e528a2fa-f354-41a4-b521-237d384bf11d,36,2,Voco stabilis tamen timidus vulpes stabilis sordeo vorax basium. Velociter amaritudo vomer vereor vester vulariter deduco adsidue veniam. Calamitas comminor ultio magni ars contra. Conitor apto vulnero officiis deleo charisma talio illum contego magni.,2025-12-11 17:55:23.605+00
16,b7b61de9-9ec6-4b05-a816-18bd9cd480d3,31,4,Patrocinor admitto clarus chirographum ubi abutor creo vae. Tui ea aetas atrox amor earum deprimo tener vos denuncio agnitio. Tamdiu attero spectaculum deduco pax comedo defendo animus antepono aspicio rerum terminatio. Dolorem vito tonsor conforto. Rerum necessitatibus vergo demitto tergeo attonbitus ut acidus repellendus ulterius succurro defendo.,2025-10-06 01:26:35.689+00
17,b607b000-7f90-46fa-bfff-3905d53ebe8b,13,3,Conatus velit repellat villa. Vox consuasor adsum omnis at contra defluo uter explicabo tenetur pauper. Vociferor maxime cedo curiositas vaco explicabo similique verus adfero ipsum animus. Demulceo vester vitae blanditiis deleo terga cupiditate degenero animi animi suscipio.,2025-10-06 22:26:54.256+00
18,339e4f02-1563-4608-b3df-e25562d4dd22,13,3,,2025-12-25 17:11:11.322+00
19,972fe257-c894-4add-b8a2-e3338aca1ceb,13,5,Ventus cito synagoga soluta validus vespillo adaugeo terror summopere possimus. Tergeo complectus asporto eaque. Vitium atque comedo thermae vorax demum damnatio catena pectus cognomen. Collum veniam contigo convoco aiunt utpote. Absorbeo demo clamo sopor tutamen alienus arx deludo.,2025-09-15 08:00:26.654+00
20,e655bfd2-5763-43a6-9eba-ab56629d9312,30,4,Utor tenetur capio arcesso atque vomer vestigium. Carpo traho corrigo vae. Velum sophismata patior damno consequuntur adaugeo curso. Cursim via cattus dolor via cursus triumphus deludo audeo conforto.,2025-12-05 13:13:33.055+00
21,d096e535-5187-450a-a956-4594cc62d1ab,19,5,Solutio itaque defleo surculus animadverto adstringo amicitia assentator. Solvo tutis ventito succurro virga carbo conicio error argumentum unus velit modi. Beatus blandior acerbitas optio delectus cum degero sunt arca.,2025-09-25 19:33:23.866+00
22,a9986372-89c5-4d57-887f-a8ad1236e86e,18,4,,2025-09-05 05:23:33.680+00
23,619ff44a-2b00-433c-bee3-c27a20a78782,34,5,,2025-12-19 03:00:07.307+00
24,ae51a029-99f6-435b-8626-5b7d2719fedf,27,5,Quidem acerbitas saepe absque coepi verbera omnis curvo cohaero. Tondeo credo beatae urbanus. Utroque deficio crudelis suscipit ver aveho libero vis delicate. Catena acies delego cena terga patruus via caecus culpo vado theologus urbanus. Tergum vere tendo asper amplitudo distinctio debitis adficio ago comminor. Speciosus accusantium comes valetudo addo absens canis ait.,2025-09-25 17:21:45.873+00
25,deb87462-2438-422a-8d50-45dfe9c67acc,27,4,Crebro adsum adeptio facilis statua deputo surculus vulgus vestrum provident vacuus adeptio. Utrum cribro at ventus bellicus asper acquiro tamquam tenax sopor. Statim ulterius volaticus ventus blandior dolore spes celebrer laboriosam voco. Suasoria ambitus arguo canto teneo venio volup victoria vae veritas. Admiratio coepi cultura sol.,2025-11-24 00:27:54.049+00
26,b670935b-e82a-410b-a657-594ae572928f,17,4,Audentia coma demitto centum congregatio tondeo umquam deludo vomito. Amitto repellat conatus aspernatur vestrum socius terra. Una absum accedo armarium conscendo avaritia urbs bestia carbo. Amo amplexus explicabo civis caries amiculum teneo vel accusamus verbum temperantia. Cogito complectus corrigo cervus approbo triduana argentum concedo.,2025-10-17 23:14:26.654+00
27,4bb77649-76ac-4fb3-8e97-b0ba6f1e8fec,24,1,Nobis defero tumultus cupiditas. Vallum spoliatio spoliatio vester stabilis quos volva esse curo rerum vapulus. Vindico vis temporibus absum velum vallum bardus. Vulgus curriculum comedo suadeo adeptio accendo tubineus circumvenio aut cruentus comedo iusto. Esse tabgo totam vallum adhaero ager alias patria ulterius vilitas defendo ratione.,2025-12-21 19:44:01.872+00
28,519ece3a-5743-4b4f-b283-a1427af3ec5f,40,4,,2025-10-13 18:52:30.123+00
29,6f2e01dc-a908-40b9-a2e7-ea3267c4ea66,5,3,Dedecor uter vehemens cogo ventus tumultus. Nisi accusator cresco conspergo ascisco creator urbanus vero eius. Facere valetudo vereor suffoco consectetur colligo carus vir. Nulla vulnus defaeco volutabrum.,2025-10-17 04:32:41.998+00
30,ffb8aca8-be16-4c35-88d2-791c42e66c28,30,3,Suscipit chirographum ascisco aut triduana conicio. Tergeo carbo quaerat conforto tricesimus quisquam creptio quo atrocitas. Summa considero talis concido acervus talio alias trans.,2025-12-31 06:07:10.285+00
31,ae6e438d-c555-4b3e-8d98-28c17da472c6,2,4,Architecto audeo viscus carmen vespillo acsi desparatus facilis cui. Officiis angustus culpa tardus curso. Paens cresco cogito crapula virgo derelinquo via. Claro defluo comburo ulciscor.,2025-09-06 06:41:43.009+00
32,8c4e4b63-d1e1-4597-afa7-11c60a8fa805,30,4,Accedo aperio caelestis convoco quo aspernatur expedita voro tamquam adfectus vacuus. Minima arbor conatus adfectus tego antiquus audentia vito aeternus aveho. Cado adnuo decet adeo perferendis. Terga amoveo ara cicuta. Creta trado abeo credo. Villa uberrime bardus vestrum admiratio teneo constans veniam capto urbanus.,2025-12-01 03:24:17.106+00
33,323419e1-27b0-46a7-8cdd-ba20edf61b4f,2,5,Coepi celer corpus defungo decumbo valens amiculum sono caveo error tertius. Paulatim cuius consuasor assentator cursim hic. Clarus adflicto demergo sollicito adsuesco. Cedo numquam candidus debitis compono amita celo cumque.,2025-12-29 12:37:33.818+00
34,add2302e-6267-41b6-a534-16d3d900b277,26,5,Animi strues curia atavus. Casso vehemens advoco trado suasoria blanditiis corpus. Vacuus cultura dapifer alius canto speciosus.,2025-09-23 14:58:32.950+00
35,0c838c30-17b1-415a-8248-deaf9c76757f,40,5,,2025-12-18 01:37:52.878+00
36,9c9688cf-d8d0-4971-b5d7-79bdfb4c7738,10,4,Canis utpote celo vae illo decens agnosco. Adicio thymbra vero tot. Congregatio attero armarium repudiandae arcus. Tametsi aequitas sollicito defluo cunctatio atqui vis.,2025-09-11 02:05:03.079+00
37,e7262e38-531c-4f53-8083-8153da3bf817,25,4,Thalassinus cresco architecto bene delego vilicus claudeo. Viscus capto combibo abutor. Sordeo tenetur adeptio utilis cicuta arbor caecus sulum adipisci virtus. Id utique aiunt debilito vitiosus. Comprehendo comitatus cumque aedificium.,2025-10-27 07:54:58.612+00
38,972fe257-c894-4add-b8a2-e3338aca1ceb,4,4,,2025-09-13 07:00:17.477+00
39,866fb359-a9bd-43e8-8989-90fcb8675cc0,13,4,,2025-09-04 18:13:42.789+00
40,e0787e8b-cebc-4f89-b49a-131a37a77225,16,5,Iure caste deduco spoliatio stips paulatim curso. Delicate ademptio vicissitudo tepesco vero. Adsum ullam vix coma quis cibus umerus sortitus. Suppellex tertius xiphias valde vilicus armarium circumvenio altus.,2025-11-23 12:54:47.731+00
41,9102b3db-43e4-418a-8e23-209acee74ace,25,4,Adiuvo coadunatio vulgo a magnam tum caste ad sumptus cattus sordeo. Copia sulum aduro adduco addo officia iste caute tremo suscipit volaticus. Quae adficio supra commodo. Ultra ascisco sophismata triumphus tero veritas vulariter bellicus statua. Somnus stabilis careo videlicet cultellus depromo velit thymbra depereo demonstro virtus. Arto admoveo auctor traho accedo voco.,2025-09-17 02:55:03.465+00
42,aa1cb192-48eb-4b02-81ea-7482e98bdd3b,9,5,Depraedor in aperiam supplanto volup supra defluo conculco derideo carmen. Spiculum suspendo conculco tunc. Audax defleo delibero perspiciatis caelum. Vel corrumpo vigor pariatur laudantium crebro auditor calamitas defetiscor. Terror solum cibus quis abutor demum.,2025-10-11 06:03:40.361+00
43,103400fc-2748-4cbb-96e9-639ec8c5908e,5,2,Tempus amplitudo volaticus sodalitas derelinquo dens ante soleo advenio adficio acsi administratio. Stabilis dens cauda culpo theologus. Peccatus cognomen comis tres. Tergum pel consuasor omnis tabula sublime adaugeo templum dapifer non.,2025-09-23 23:00:28.038+00
44,bc6ceb4a-52e9-4459-bd3a-7f6add848150,29,4,Aureus cogito quisquam coadunatio acer cibo convoco vaco denego. Sulum viduo paens tabernus appositus subvenio tunc spoliatio. Causa crebro uberrime saepe abbas. Cum aperte attonbitus officia cuppedia reiciendis cultura thesaurus celo appono. Tutamen magni apostolus valeo aegre crepusculum deduco arx audio auxilium sumo. Dicta curvo texo auxilium agnitio ex aptus solitudo ater.,2025-09-29 23:30:43.548+00
45,73fbb2ab-a490-4246-83b2-74214ef64d78,16,4,,2025-12-22 03:14:57.296+00
46,8d26e98d-39ca-4eb4-bc89-2e8e2c45c32e,35,1,,2025-12-20 15:37:28.800+00
47,fd1d8014-64e7-4f4b-af72-38d4f7644c5d,4,2,Eligendi tot triduana enim custodia currus adicio accusantium cena una conservo adficio. Dolor curtus casus ambitus tamquam adduco aperiam canonicus defero supellex aggero acer. Fugit sumptus adversus patria subiungo. Voluptas nisi trepide tamisium solutio. Vero itaque ager reiciendis bibo strues tantum deleo libero paens perspiciatis. Pax totidem ciminatio vetus amplus caput impedit cunabula.,2025-11-14 22:08:19.583+00
48,103400fc-2748-4cbb-96e9-639ec8c5908e,20,5,Cubo amitto deripio depromo. Civitas comburo quod sperno. Curo enim bene cruentus suus.,2025-09-06 05:03:06.536+00
49,0d950eee-fe38-4da0-9d80-e33cf1f7b0ae,3,4,,2025-11-10 11:19:19.214+00
50,63b534df-4b4a-4315-8bb8-8fea5cd79373,12,1,,2025-11-23 12:32:16.757+00
51,3cd51e8b-c7ab-4120-bd91-917c772b0e29,12,5,,2025-09-05 09:31:08.589+00
52,38441529-6180-45d9-b030-ea8c048b7c62,40,5,Vicissitudo labore cavus desipio bellum tondeo arbor aeger debeo spectaculum. Atqui sollicito crudelis uter tempore concido triumphus aeger amplexus cena degero architecto. Ater illo autem conatus allatus vere universe repellendus aggero deorsum. Deinde auxilium ciminatio amoveo supplanto corpus urbs venustas abeo ambitus tardus. Decretum ambitus cibo soluta ocer canonicus amplitudo minus vivo voluptatibus. Circumvenio adficio absum subnecto quam cicuta combibo varius utrum et thema animi.,2025-11-02 22:56:27.458+00
53,81155b7a-286b-48fb-a48e-ee4a5fd28ade,21,3,,2025-10-17 19:57:00.123+00
54,b670935b-e82a-410b-a657-594ae572928f,30,5,Patruus clarus ab degero candidus. Alias cui excepturi pauper deficio virtus debitis. Claudeo articulus terreo curis cado cultura contigo.,2025-10-05 05:53:01.654+00
55,5c631455-d9d4-41e3-a800-71a35888a9f8,29,5,Vetus convoco candidus deputo. Causa eum tantillus tubineus abbas advenio sum circumvenio distinctio sustineo. Amissio brevis caritas non suspendo soleo quibusdam. Admitto suggero calco conculco. Cubitum alioqui texo creta depopulo ea texo xiphias. Angelus amicitia sub depono utor et.,2025-11-25 23:53:09.591+00
56,73298920-2bfc-491d-ac73-ac19eb2de334,38,5,Corporis communis acer demens deludo acerbitas quisquam. Ascit ullus considero aggero theatrum tenuis aegre repudiandae uredo tribuo coniuratio ut. Velociter mollitia vulnero sulum ipsum. Velociter cupio cattus ars tonsor abscido ascit crastinus desolo sumptus. Terreo stella deserunt capto velut cibo. Voveo cum fugit aedificium substantia deficio.,2025-10-15 03:45:51.867+00
57,e655bfd2-5763-43a6-9eba-ab56629d9312,24,5,Ademptio perferendis quod valetudo accusamus. Coruscus vobis quod laborum. Aufero vae asperiores conicio cumque quia conicio aufero ut uter. Cicuta nihil adamo cognomen aeneus. Tumultus articulus villa amissio subiungo spiritus texo sollicito denego corpus rerum tres. Odio canis despecto ver dicta sint conscendo catena.,2025-10-04 14:56:15.005+00
58,378f3a67-9b6b-46a6-bef9-4732228d7512,16,5,Ventito comes thesaurus pecus ver assentator. Subnecto vulpes tripudio arcesso cras. Pax acerbitas derideo tabella cruentus vulariter exercitationem vereor. Degero quisquam accusamus conatus spiritus audio tempora arcesso infit derideo at. Quia tremo verumtamen ago expedita facere verbum ter arcus audentia decerno.,2025-11-03 03:54:07.930+00
59,9dd274ae-8e12-4ddd-a79a-f919871a488e,11,5,,2025-12-01 14:17:55.186+00
60,c6b77009-e2e1-4b6d-8a4f-948e507862f9,39,5,Stella odit curis vigilo bonus casus corroboro sono. Abduco natus capto curiositas sustineo assumenda calco vespillo. Vitae commodo contigo vinitor adflicto delibero tyrannus demonstro cultura tracto. Addo conculco substantia versus ipsum arto in quis ceno. Vere argentum speciosus commodi cornu vita curatio ver.,2025-10-23 10:12:20.686+00
61,bfc429b8-fe9f-442f-93f3-68e2a3134701,5,5,Tres utroque video architecto brevis tertius. Spero angelus vorago vere correptius coepi volo vomito. Desidero conservo terminatio territo delego nisi ulciscor nam bestia tempora. Cubitum aufero delibero vae casus ventosus crustulum apostolus pariatur soleo ubi adaugeo. Solus ullam theca terror absum barba censura alioqui sufficio articulus aperte volva.,2025-12-03 13:12:55.944+00
62,ae6e438d-c555-4b3e-8d98-28c17da472c6,40,5,Verbum voveo tenax verto eveniet contabesco corona claudeo claudeo ambitus tantillus. Basium vel vomica acerbitas coepi umbra adfero. Maxime canis statim cras cognomen circumvenio.,2025-10-28 13:47:57.047+00
63,56970708-0c52-46c2-8785-850198e40f17,9,4,Sublime depraedor speculum ara collum tabernus numquam confido. Cornu cinis arca similique. Accusamus tum unde iste denuo sophismata. Appono carcer eveniet vereor fugit demo sumo.,2025-12-01 10:39:15.810+00
64,ee4a2e43-9b0a-4f50-87f5-da9e74bf90db,31,1,Molestiae sunt impedit apud sonitus illo. Casso aliqua reprehenderit contigo defetiscor trucido conqueror. Theologus consectetur credo tempora theatrum confugo cunae quibusdam crastinus. Laboriosam depereo veritas defessus toties comburo spoliatio vesica undique adaugeo vivo.,2025-11-26 10:09:09.602+00
65,73fbb2ab-a490-4246-83b2-74214ef64d78,6,4,,2025-10-13 12:41:25.269+00
66,6cb4605f-a9a6-4112-9fbb-60fbf1d7ace1,39,2,Tendo somnus distinctio voluptates undique colo subseco cumque coerceo vulgaris solutio alienus. Facilis auctus modi antiquus recusandae abutor stultus aliquam culpa. Creo turbo caveo perspiciatis quia aspernatur tutis contego comis explicabo colligo vere. Deludo itaque crustulum adficio terebro accommodo. Confero tergiversatio aro arca vitium amaritudo cernuus.,2025-11-23 10:20:10.074+00
67,6974c8e7-3106-4ac7-afdd-165c28f489c6,18,2,Ceno conscendo contego coaegresco congregatio ater quod comburo. Coniuratio vindico viriliter annus quibusdam. Cresco ater talio consuasor calco. Ara cribro vulticulus dignissimos audacia.,2025-12-08 03:49:43.602+00
68,4dd717f1-49e4-417e-8006-4948dcb4effd,27,4,,2025-12-06 22:57:35.878+00
69,964fc320-8fe9-4b6d-9c4d-30fd846596c3,1,5,,2025-10-06 20:57:55.436+00
70,fd1d8014-64e7-4f4b-af72-38d4f7644c5d,34,5,Urbs aranea tenuis adsum acceptus at depromo turba. Confido argumentum curtus doloremque terra tepesco creptio patria bellum carpo tripudio acies. Approbo cavus tersus pariatur. Demergo cena venia conculco deporto praesentium.,2025-10-28 18:36:29.473+00
71,103400fc-2748-4cbb-96e9-639ec8c5908e,23,3,Utique considero antepono catena voluptate. Constans deserunt aveho sollicito vinum balbus depromo quos ventus catena. Exercitationem tui caritas dedico ullam absconditus summopere culpa subseco taedium auxilium.,2025-09-24 14:31:32.140+00
72,9dd274ae-8e12-4ddd-a79a-f919871a488e,19,5,Substantia quasi laudantium qui conqueror sumo vester desino apostolus cerno. Valde veniam cattus quia vespillo titulus peior. Consuasor crepusculum aureus bibo. Curia subvenio vilitas acsi conqueror ascit calcar cibo aestivus admitto aggero commemoro.,2025-09-13 12:12:24.334+00
73,6af130ca-fea6-4a3b-bbe2-31b68f8bc72b,32,5,Adhaero adinventitias non architecto atavus assumenda totus addo minus. Caecus corrumpo admiratio pauper molestias solvo crebro ait vitiosus undique utique sophismata. Solutio benevolentia cetera apto sperno ante celer.,2025-10-19 22:48:52.431+00
74,339e4f02-1563-4608-b3df-e25562d4dd22,17,4,,2025-10-10 09:02:36.355+00
75,fd1d8014-64e7-4f4b-af72-38d4f7644c5d,30,5,,2025-12-25 03:21:37.687+00
76,4bb77649-76ac-4fb3-8e97-b0ba6f1e8fec,11,2,Victus ullam impedit comptus ademptio quam alias vivo animi spectaculum vomito. Derideo volaticus comes quos. Quia uterque conatus deduco patior callide. Auxilium veniam temptatio vallum suggero civis. Utpote arguo clementia suscipio cotidie somnus.,2025-10-17 17:20:10.221+00
77,9dd274ae-8e12-4ddd-a79a-f919871a488e,6,4,,2025-09-24 07:28:02.815+00
78,a9986372-89c5-4d57-887f-a8ad1236e86e,19,4,Vilicus volaticus cunabula pecco veritatis thesaurus umerus aestivus cubicularis. Viscus surgo cogito veritas creptio callide vester. Ustilo delinquo delego termes cresco repellendus omnis altus. Bene tergum perferendis peccatus caecus atrocitas conservo. Xiphias sto verumtamen defero sulum comminor alo tutis cohibeo civitas.,2025-11-20 10:52:16.769+00
79,9c9688cf-d8d0-4971-b5d7-79bdfb4c7738,40,5,,2025-09-14 18:54:36.897+00
80,b07d7cb1-2e42-4925-8d57-1995edc7a7cc,10,5,,2025-09-26 01:20:58.678+00
81,c9d19750-5c07-48b7-af76-54234bd8e457,6,4,Undique testimonium surgo aliquid. Sodalitas utor arca voluptas carpo subnecto quos aveho occaecati tactus. Vox adflicto libero suppellex viscus tepidus natus vis summa canonicus accommodo congregatio. Vester sollicito doloribus callide verus agnitio saepe tabella suus defendo peior. Dedecor pariatur alienus officiis tenuis vociferor trepide contabesco at contigo.,2025-11-07 16:21:41.793+00
82,61f0a9d8-d000-497b-81fb-187aa844afa7,13,4,Somniculosus appositus credo vilis trado solium currus neque adamo. Terreo xiphias dolore doloremque crebro carus audio taedium eum patior demulceo necessitatibus. Vir crudelis derelinquo necessitatibus. Ceno ulciscor vilis certe decumbo. Iure usitas tristis hic brevis synagoga laboriosam omnis colo aestus. Convoco tyrannus animi solvo coadunatio culpo voluntarius sol adsuesco vis cedo.,2025-09-19 18:52:13.366+00
83,b07d7cb1-2e42-4925-8d57-1995edc7a7cc,24,4,Adficio adopto odio expedita. Anser aggredior confero conforto conduco crudelis ex curia contra aspernatur. Accusantium necessitatibus nihil depono thymbra adfectus auctus caritas degenero suspendo ipsa utroque. Asperiores amiculum coaegresco ventito quisquam alias eaque. Volo et dolorum derelinquo vinculum quia.,2025-10-24 17:53:17.862+00
84,54509920-9f4b-4f93-bad4-fcf71ffdf98b,40,5,Cimentarius circumvenio creptio crustulum desidero molestias assumenda canis. Ea dolores quae patria cinis videlicet. Coma aestas praesentium videlicet somnus viriliter. Adipiscor creber cuppedia inflammatio supplanto inventore architecto textilis totidem aedificium debitis. Solus attero anser solium sperno centum accusamus.,2025-09-09 02:40:13.723+00
85,8a73d2c1-dd12-40bb-8681-103136f31c96,7,3,Temporibus calco usitas strenuus curiositas fugit cruciamentum. Molestiae viridis tyrannus careo testimonium comprehendo. Tabula quas adfectus occaecati theatrum corrumpo somnus vestrum audio. Vinum tempus cursim at est validus tepidus beneficium asperiores deripio repellendus certus. Admoveo catena arbitro adopto cruciamentum bis abduco trans stipes ad audax vox. Volutabrum sum bellum contra territo.,2025-11-09 08:25:13.612+00
86,3404eaca-98fb-4088-811f-4a70e27beaa2,38,4,Reiciendis alveus conventus facere reiciendis. Carus adhuc textilis tenus tabernus dedecor. Barba deludo bene cotidie admoneo sollicito candidus capitulus cunctatio deleo defungo.,2025-09-17 13:44:05.415+00
87,56970708-0c52-46c2-8785-850198e40f17,12,4,,2025-09-27 14:00:20.221+00
88,db2ed322-8f4e-40db-8da4-e32a4ae99b34,12,4,Nulla ademptio doloremque tollo alienus colo explicabo undique vel delectus volaticus. Natus laudantium capto uter averto compono versus. Dignissimos bis libero consequatur possimus tergeo. Crastinus accedo tenetur trado. Cupiditas candidus spargo autus verbum ademptio demitto. Infit decretum conventus celo impedit angustus totam.,2025-12-20 08:51:18.098+00
89,2f61b81a-d5b8-4c00-974c-9371c54277df,39,4,Condico solvo subnecto ventosus molestiae agnitio thorax compello accedo vulnero velociter. Aliquam thermae catena adsuesco eveniet. Thymum speciosus esse aegrotatio centum. Vulariter caelestis clamo dicta acquiro asper abbas tollo cicuta. Abutor excepturi cimentarius brevis quis adulescens. Tubineus chirographum apto repudiandae confido cupiditate adsuesco aggero amplitudo.,2025-10-09 21:13:09.887+00
90,81155b7a-286b-48fb-a48e-ee4a5fd28ade,32,2,Thymum templum undique acer teres vado pecto verecundia cetera. Video delectus depulso sponte. Tempus cito coaegresco eligendi minima cohors rem. Suffoco tergum denuncio amplexus. Combibo totam valens vulnus arbustum acceptus venia audentia audentia bestia. Terror cito minus iusto curto verbum molestiae stabilis xiphias tricesimus cohibeo ancilla.,2025-10-26 06:28:01.303+00
91,a00762d0-2732-499d-94ce-95cccd5fb5a4,10,5,Bos expedita sit verto creptio dens catena. Tracto omnis desino repudiandae arx derideo virgo arbustum vapulus. Condico clibanus ubi verus adiuvo strenuus tepidus neque. Vetus usitas velum doloribus cognatus talio canonicus civitas. Alioqui corroboro correptius cras armarium caput amiculum centum tantum undique aggredior curiositas.,2025-09-26 19:43:49.494+00
92,81155b7a-286b-48fb-a48e-ee4a5fd28ade,10,4,Crudelis arcesso custodia libero tutis ut conspergo approbo apostolus vilitas vito turba. Turpis comminor sortitus sono solum sustineo cultura terebro laudantium atque crinis colligo. Ascisco avaritia accusamus crux absconditus venio vallum aspernatur curtus usus. Sint ultra consuasor coaegresco vesco quas depopulo trado contabesco.,2025-10-22 10:29:14.180+00
93,e843e105-2b6a-42da-aca5-f0adfd5ebcfc,29,1,,2025-09-03 22:35:54.817+00
94,b7b61de9-9ec6-4b05-a816-18bd9cd480d3,24,5,Terebro totus doloremque denique vulariter tyrannus depromo adicio vinco ceno. Ultra spiculum termes vomito vorago toties addo absum corona sortitus. Deporto cur armarium architecto sublime curtus certe verbum conicio annus amoveo aetas. Arto terminatio perspiciatis certe copia praesentium commodo cumque substantia solio circumvenio illo.,2025-11-08 13:44:00.233+00
95,eb1f2a95-c062-4476-9d7f-2f43ff7576d9,3,4,,2025-11-24 05:49:35.063+00
96,b87c8ca8-175d-40c7-858d-82c929579ff2,4,4,,2025-10-08 00:49:01.930+00
97,8e1c66b0-a375-4a4c-b812-593db147b9fa,40,5,,2025-11-26 14:24:11.922+00
98,b747acf1-545f-4375-a2b8-0e54460d3954,31,4,,2025-10-30 02:11:17.680+00
99,1f16dd11-0180-4a62-a3c0-78ad485b7863,21,4,,2025-12-18 09:46:03.178+00
100,323419e1-27b0-46a7-8cdd-ba20edf61b4f,14,5,,2025-12-18 06:42:03.020+00
101,e843e105-2b6a-42da-aca5-f0adfd5ebcfc,30,5,Iure canis acquiro causa thorax impedit sui vulariter vallum. Ultio trepide deprecator curtus comptus. Acer dicta sapiente sperno baiulus cogito defessus soluta virgo carpo strues. Coepi cupressus amo voluptatum. Appello avaritia aspicio depopulo sono ater nam corrigo adeptio.,2025-09-12 01:58:24.353+00
102,b5f7bb63-3dc9-4c0e-8ca7-fb88bdf2404f,37,3,,2025-10-18 13:36:32.245+00
103,339e4f02-1563-4608-b3df-e25562d4dd22,18,4,,2025-12-10 11:04:46.357+00
104,c6b77009-e2e1-4b6d-8a4f-948e507862f9,36,4,Balbus cado somniculosus temptatio tripudio aurum. Dolorum aranea testimonium tametsi solium eum. Repellat canto considero quasi sumo calcar tondeo atrox congregatio comminor. Saepe ulciscor statua celer cunabula vulariter tametsi copia adaugeo argentum audax. Copiose tabernus pectus tener. Tot rem laboriosam facilis cura alter texo ager caute.,2025-11-25 20:17:19.420+00
105,0c838c30-17b1-415a-8248-deaf9c76757f,17,4,,2025-12-10 06:43:57.996+00
106,d8eec270-be69-4ccc-bd68-aa791c7aaa2d,13,5,Desino uter benevolentia caste tabgo nisi magni vapulus agnosco curriculum triumphus. Ademptio officiis cognomen corroboro ad cultellus anser amet suppellex utrimque. Voro adipiscor virgo subiungo abstergo ipsa. Valens talus sopor incidunt subiungo amo ipsa absum accusamus.,2025-11-08 21:48:43.372+00
107,bc6ceb4a-52e9-4459-bd3a-7f6add848150,2,4,Sufficio vitiosus tabesco delectus. Caecus eum terga speculum amiculum arca degenero corrigo credo substantia apparatus. Adulescens solitudo conspergo argumentum votum ara bis dolorum canis perferendis blanditiis natus. Arguo surculus vicissitudo cedo arbustum cimentarius. Tener altus neque defendo baiulus barba constans cunabula. Dapifer venia antea terga titulus tabernus angustus tenetur ventosus corpus atrocitas.,2025-10-19 17:56:26.608+00
108,42740777-ed81-4844-8c20-4c2d87ac0ff0,26,4,,2025-09-07 15:33:54.141+00
109,a41b7b28-ced4-4b56-9479-6228b306da48,29,5,Laboriosam trepide illum totus conqueror tremo. Benigne enim recusandae crinis cuius delicate. Adduco beatae adhaero porro repellendus supplanto copia necessitatibus vaco autem. Verus ater ambulo solvo crebro celer bene calamitas ancilla. Arbustum videlicet tracto comes. Comptus aut valens utor repellat coniuratio volo debitis corroboro laboriosam tempora velut.,2025-09-21 00:15:53.176+00
110,c4ac01f7-8abd-478b-8223-fc32f5095366,3,5,Circumvenio dedico considero credo aspernatur pecco cibo. Cernuus summopere spoliatio laudantium xiphias aptus aggredior dens. Maxime unus demoror curvo comprehendo. Territo arceo addo in. Utrimque benigne defendo stillicidium pauper damnatio varius assumenda conatus deludo. Xiphias aufero ventosus laboriosam cogo atavus beatae sumo truculenter facilis corroboro sint.,2025-11-24 14:32:57.954+00
111,61f0a9d8-d000-497b-81fb-187aa844afa7,38,5,Inventore demo celer compono capillus artificiose articulus cena. Numquam amplexus tumultus vesper defetiscor. Conor sunt tenetur damno suggero cubitum aspicio sursum. Sono minima defetiscor tergum. Canis speciosus repellat confido arto tendo brevis similique copiose corrupti. Cunabula cimentarius ratione abeo claudeo.,2025-11-18 17:40:46.019+00
112,a8222365-95e4-4407-ba89-3f2e45858035,24,3,,2025-10-26 09:01:07.349+00
113,3a12dbf9-bc1f-42e1-a63a-f6109b0b8606,31,4,Delego vulticulus capitulus cuppedia subseco soleo. Ars pectus ago certus consequatur contabesco aggero volutabrum admoneo accusator pauci. Taedium virgo virgo termes ipsa socius. Vomer ratione arbustum uterque decet terminatio comes adinventitias casus carmen adsuesco. Solitudo amplexus minus deorsum tantillus ventosus acer voluptatibus deludo amplexus sustineo curto. Cito carus bestia viscus corona surculus triduana communis quod somniculosus.,2025-10-15 18:22:22.579+00
114,bfc429b8-fe9f-442f-93f3-68e2a3134701,13,5,Sapiente laboriosam tantillus terminatio aliquid compello stips talio auditor debilito. Colo magni abutor tribuo verecundia approbo minima demo defaeco videlicet. Thesis agnosco tyrannus soluta antea. Summisse tabernus curto utique. Adimpleo tyrannus cursus aureus coadunatio capto tyrannus sum cupressus supellex. Vorax deputo comburo tristis desparatus adhuc doloribus truculenter sortitus.,2025-12-08 19:33:38.966+00
115,cb6675c9-e7aa-48e4-a765-fff1eaeb4d12,3,5,,2025-11-28 11:18:13.299+00
116,b747acf1-545f-4375-a2b8-0e54460d3954,30,5,,2025-11-02 07:12:12.775+00
117,d8eec270-be69-4ccc-bd68-aa791c7aaa2d,1,1,,2025-11-09 05:07:33.543+00
118,1f16dd11-0180-4a62-a3c0-78ad485b7863,24,3,,2025-11-13 01:51:55.046+00
119,a41b7b28-ced4-4b56-9479-6228b306da48,25,5,Antea aequus arceo vinco suffoco ipsum credo sono. Timor usus deficio dicta decumbo curis sufficio adimpleo abstergo fuga vomica. Terreo voluptas clementia suscipio excepturi.,2025-11-12 16:08:37.013+00
120,e98cb144-9825-40c3-bc6b-5251c77edecf,16,5,,2025-09-30 11:11:46.213+00
121,a8222365-95e4-4407-ba89-3f2e45858035,19,4,,2025-12-05 00:56:36.797+00
122,6af130ca-fea6-4a3b-bbe2-31b68f8bc72b,23,4,,2025-09-18 04:06:32.131+00
123,e655bfd2-5763-43a6-9eba-ab56629d9312,16,5,Supra demitto adflicto tristis iusto curis capto solvo decor vae. Peior antiquus thema attero cohibeo blandior. Adficio teneo denuncio calco vulariter somnus. Cupressus advoco arbustum distinctio bardus delinquo voveo atavus. Certe texo tum sto verecundia umbra explicabo deserunt assumenda totidem ancilla.,2025-09-10 07:26:07.628+00
124,b164a928-0278-4aa1-8036-50fbf2be0185,35,5,,2025-12-31 07:10:21.724+00
125,9c9688cf-d8d0-4971-b5d7-79bdfb4c7738,2,5,Asperiores vilitas consequuntur curriculum tonsor celebrer avaritia delego tunc consequatur argumentum. Cilicium adficio explicabo vulariter voluptatem quaerat cubicularis. Ratione concedo doloribus vita rem magni solvo tolero vos decretum claudeo. Arto aurum credo comis spero urbanus cui voluptatem est denego. Adulescens vox caelum comminor velit amo tripudio cupio canto. Capto viridis copiose capitulus solium delicate harum adulatio.,2025-11-04 03:40:15.738+00
126,42740777-ed81-4844-8c20-4c2d87ac0ff0,14,4,,2025-10-01 18:19:24.071+00
127,519ece3a-5743-4b4f-b283-a1427af3ec5f,2,5,,2025-11-14 03:25:50.879+00
128,9c9688cf-d8d0-4971-b5d7-79bdfb4c7738,34,5,,2025-12-02 17:05:22.228+00
129,d5b34b14-9d18-4af1-9680-11fe82ad8e05,13,5,Cauda temptatio tribuo usus nesciunt versus suppellex. Aestas paens absens uberrime utor cado summopere vix. Dolor labore cibus ultio arbitro tempora solum vapulus claro. Demum ater cohors patruus cursus. Ratione quia usus depono illo defungo aestus ipsam.,2025-12-06 05:47:06.039+00
130,5be5ffaa-bb37-4c1d-a596-a5760cb71ce7,16,5,,2025-12-13 10:26:53.117+00
131,0e04b210-4d31-498e-b0ef-52dfae7bbbc2,36,4,Aptus deputo absens titulus careo adduco suppellex appono. Facere pecus acer nisi atque velociter testimonium totus corrumpo aurum verto aliquid. Tres reprehenderit cornu cibus labore statim comptus.,2025-12-03 11:55:36.733+00
132,56970708-0c52-46c2-8785-850198e40f17,31,4,Defessus sordeo aperiam aperte titulus temporibus vulgivagus audio textor terebro conscendo velociter. Torqueo calamitas amo sunt triduana. Synagoga creptio spiritus deserunt soluta conturbo compono temeritas. Acer voveo dens deleo defendo solus.,2025-12-11 11:51:04.864+00
133,8a73d2c1-dd12-40bb-8681-103136f31c96,29,5,,2025-11-08 12:24:20.233+00
134,93fb6769-c0b6-4e7e-aba4-ef0b861733a7,38,4,Vomer depulso villa colo. Talio ocer votum vir volo adversus titulus bardus vereor sodalitas. Victoria synagoga admoveo calcar contabesco.,2025-10-08 10:09:36.118+00
135,2b5dd8f5-4595-436e-9616-6d74856a0c6a,40,1,Pecto utor spectaculum cupiditas ultio tunc adficio convoco quidem. Celo avarus socius demonstro. Charisma clamo delibero tero antiquus pecco conscendo aestivus.,2025-09-12 05:22:49.232+00
136,6974c8e7-3106-4ac7-afdd-165c28f489c6,29,5,,2025-12-13 19:08:05.937+00
137,6974c8e7-3106-4ac7-afdd-165c28f489c6,15,3,Cohibeo voluptatum cattus sordeo spes audeo tristis thema natus antea comptus. Articulus quibusdam maxime paens adulescens barba comedo nam cinis excepturi ter sol. Velit amplexus cursus succedo adduco. Impedit tabula aufero tristis amplexus torqueo inflammatio cimentarius accusator antepono. Spoliatio caveo tametsi alius adstringo tactus.,2025-12-25 17:45:09.007+00
138,cd97ab0f-4b06-4dd4-9165-61d4f9fb8ac6,15,3,Vobis adflicto attollo aperio consequatur est compello complectus cicuta cum spectaculum. Doloremque amita taedium dapifer amiculum accusantium voluntarius. Cresco suppono defendo ater tredecim ipsam templum.,2025-12-11 13:09:46.880+00
139,add2302e-6267-41b6-a534-16d3d900b277,8,5,Administratio copia peccatus altus ultra sustineo aperte. Tabella cicuta calculus curis angelus eaque explicabo accedo aetas charisma super. Peior cetera iste thymbra volo.,2025-10-16 15:31:11.755+00
140,42740777-ed81-4844-8c20-4c2d87ac0ff0,7,5,,2025-10-31 08:24:47.805+00
141,cb6675c9-e7aa-48e4-a765-fff1eaeb4d12,6,5,Adfero crux delectus aperio casus repellat debeo corrupti cernuus vobis ceno cultura. Vociferor carmen delibero alioqui apud alii. Commodo summisse sortitus conventus creta anser sodalitas ipsum vulticulus theatrum calculus tumultus. Auctus alter tempora vilis terga cornu arma harum cervus.,2025-09-16 02:02:54.669+00
142,343399e6-99cf-4f1a-9933-c84c9e5823de,6,5,Veritatis tabgo terga cito stillicidium ipsum vomito. Depereo vester benigne surculus venio labore accommodo reprehenderit tot conservo credo temeritas. Utrimque minus curatio voveo umerus laborum tardus.,2025-11-29 15:35:47.891+00
143,add2302e-6267-41b6-a534-16d3d900b277,39,3,,2025-10-07 11:02:10.099+00
144,6f2e01dc-a908-40b9-a2e7-ea3267c4ea66,28,4,Suasoria ancilla in arbustum victoria. Dedecor sit iste asporto advoco textus desino. Corrigo tabernus vilitas creo creber blandior subiungo commodo. Speculum curvo adulatio demergo cernuus ventus calcar.,2025-12-18 12:00:19.728+00
145,8a73d2c1-dd12-40bb-8681-103136f31c96,30,5,Deporto eius dolore aperio arbitro degenero antiquus tollo statim a creptio denique. Trado corrupti subito civis angustus deleo provident. In absorbeo adipisci careo sunt rerum. Alius textilis clamo volva comburo ter thorax. Civitas quis eius claudeo soleo varius vesper. Armarium degero adeo soleo ea trepide cruentus.,2025-09-30 20:56:21.954+00
146,6974c8e7-3106-4ac7-afdd-165c28f489c6,24,1,,2025-11-07 18:54:14.830+00
147,9c9688cf-d8d0-4971-b5d7-79bdfb4c7738,36,5,,2025-11-08 17:55:16.915+00
148,f3774039-b0a2-4a6d-9555-2b3923065aae,34,2,,2025-11-29 13:10:37.560+00
149,c40bfc1f-645e-458a-bbd2-4181011cb1b8,31,4,Curatio magnam supra alveus nulla utor suppellex quibusdam vado claudeo. Admoveo contego communis cohibeo nisi pariatur tergeo talus. Ars amicitia trado vulticulus convoco crebro creator quia canonicus. Spero tabula absque calamitas arguo tamisium curiositas angelus ambitus.,2025-09-19 23:57:46.488+00
150,e98cb144-9825-40c3-bc6b-5251c77edecf,27,5,,2025-10-20 11:00:41.269+00
\.

-- Move sequences past the loaded ids.
DO $seedforge$
BEGIN
  PERFORM setval(pg_get_serial_sequence('"catalog"."products"', 'id'), (SELECT COALESCE(MAX("id"), 0) + 1 FROM "catalog"."products"), false);
  PERFORM setval(pg_get_serial_sequence('"public"."orders"', 'id'), (SELECT COALESCE(MAX("id"), 0) + 1 FROM "public"."orders"), false);
  PERFORM setval(pg_get_serial_sequence('"public"."reviews"', 'id'), (SELECT COALESCE(MAX("id"), 0) + 1 FROM "public"."reviews"), false);
END
$seedforge$;

COMMIT;
