-- seedforge 0.1.0 - scenario "blog", seed 42, reference date 2026-01-01T00:00:00.000Z.
-- Generated file: do not edit. Load with: psql -v ON_ERROR_STOP=1 -f seed.sql

BEGIN;
SET LOCAL client_encoding = 'UTF8';
SET LOCAL datestyle = 'ISO, YMD';
SET LOCAL timezone = 'UTC';

COPY "public"."tags" ("id", "name") FROM stdin WITH (FORMAT csv);
1,surculus
2,abstergo
3,vel
4,verbera
5,torrens
6,possimus
7,tum
8,convoco
9,denuo
10,audax
11,amitto
12,colo
13,angustus
14,ultio
15,benigne
16,doloremque
17,crustulum
18,paens
19,deleo
20,vereor
21,rem
22,tempore
23,defendo
24,reiciendis
25,uberrime
\.

COPY "public"."users" ("id", "email", "display_name", "bio", "avatar_url", "role", "created_at") FROM stdin WITH (FORMAT csv);
1,admin@blog.example,Ada Admin,,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/female/512/41.jpg,admin,2025-01-29 06:01:20.119+00
2,author@blog.example,Jacqueline Stamm,Thalassinus nam calcar arbor accusamus timidus crapula harum abstergo crur templum. Beatus deficio aggredior blanditiis. Addo canonicus admoneo subito tabernus corrumpo. Cognomen occaecati sollers sit vivo ara. Tam nobis cupiditate curso suscipit collum civitas ambulo amplitudo debitis.,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/male/512/38.jpg,author,2025-10-16 02:00:32.398+00
3,celestine.lubowitz34@blog.example,Cassie Christiansen,Curis centum commodo vomica alii. Corrupti attonbitus confero tero terebro. Adnuo cavus causa doloremque sulum voro adnuo cupiditas circumvenio candidus.,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/female/512/60.jpg,author,2025-09-26 08:52:25.045+00
4,gustavo.becker31@blog.example,Effie Buckridge,Valens deleo carpo aer vito aurum. Cuius tempore totus verus. Vinum tergeo crepusculum vis velum sordeo. Clementia aiunt deorsum vitae. Facere nulla arto denuo. Odit tribuo dolorem administratio accusator vociferor articulus centum utor.,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/female/512/8.jpg,reader,2025-02-13 03:36:27.184+00
5,dwayne_williamson72@blog.example,Lambert Hodkiewicz,Aiunt ciminatio pecus atrocitas voluptatem alius solio curso aliquid ipsa. Defessus culpa cursus acidus claustrum corpus demens tibi molestiae astrum. Est cubitum caute compello ademptio aeger accedo.,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/male/512/4.jpg,reader,2025-05-06 06:17:55.157+00
6,anabelle.bergstrom10@blog.example,Agustina Hand,,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/male/512/31.jpg,reader,2025-05-14 11:21:05.801+00
7,margarett.farrell20@blog.example,Reanna Schultz,Asporto praesentium repellendus usitas inventore chirographum ver caveo. Nemo iusto vulgivagus dignissimos dedecor. Talio vado defluo curriculum condico cubo arca avaritia. Curia atqui tantum urbs undique coniuratio adulatio comprehendo. Defendo quo sodalitas attonbitus cur. Canis spes territo vitiosus viduo eaque tardus voluptates.,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/male/512/20.jpg,reader,2025-09-22 20:32:18.990+00
8,chet.wolff15@blog.example,Adelle Kohler,Utpote decor bardus antea ubi vigor. Advoco voluptatibus vociferor cunctatio tepesco subvenio absens tego patria tardus. Certus tonsor sortitus officiis video sto alii apostolus tribuo decens modi canis. Consuasor neque architecto culpa cursim decerno degenero condico dolorem civis.,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/female/512/70.jpg,reader,2025-05-25 07:23:32.851+00
9,irma.kilback70@blog.example,Faith Beatty,Tabernus cupiditas delibero creber vobis. Atqui alveus utroque caste adeo. Paens contra valde adfectus. Vel patior nostrum quae atavus corona vilitas theca cilicium cribro tondeo culpo.,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/female/512/63.jpg,reader,2025-01-19 09:41:21.902+00
10,rafaela.deckow88@blog.example,Marty Cremin,,,reader,2025-02-15 08:54:44.381+00
11,emilio.schultz80@blog.example,Emma Huel,,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/male/512/69.jpg,reader,2025-09-20 21:49:17.457+00
12,darrick_bayer19@blog.example,Rollin Rau,,,author,2025-12-03 23:51:17.247+00
13,chaim_jones12@blog.example,Valentine Ferry,,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/female/512/69.jpg,reader,2025-10-11 00:11:21.310+00
14,lacey.oberbrunner73@blog.example,Heaven Wilkinson,Stillicidium caelestis terga universe ambulo quam torqueo correptius verbum versus autem. Amoveo tenetur titulus contigo alo coma iure terror. Occaecati tamen cursus copia vilis numquam inflammatio dolorum. Suppono defendo vero ambulo non. Beatus caute vinculum adversus basium asperiores textor terga quam cras.,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/male/512/91.jpg,reader,2025-02-23 19:34:27.402+00
15,jaren.lubowitz16@blog.example,Aric Mayer,Unde concido acer molestiae stipes. Adeptio tenuis eius alii alienus constans arbitro callide arx. Adipiscor viscus aggredior beatae versus peior. Vomica cupiditas pecus cimentarius deripio dedico pecco cultura creta cresco.,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/male/512/38.jpg,editor,2025-04-10 02:21:21.148+00
16,johnpaul_mosciski79@blog.example,Willy Hane,Agnosco complectus confido pecto adimpleo callide ventus eveniet vinculum nemo ducimus. Supellex arbitro natus toties. Conqueror commodi occaecati consequuntur surgo utroque ubi tripudio valetudo aspernatur abbas.,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/female/512/78.jpg,author,2025-07-01 05:46:18.731+00
17,german.rutherford68@blog.example,Evan Hane,Suscipio adhuc cedo aiunt ea demulceo appello vulgo animi deporto temperantia vesper. Labore apparatus tondeo uter. Beatae supplanto victus infit sponte cetera appositus cedo votum via. Speciosus trans doloremque alias venustas consequatur cometes callide atque super alioqui annus. Beneficium absque libero curriculum. Officia accommodo aranea calculus dolorem.,,author,2025-03-13 04:22:04.534+00
18,carolyne.grimes45@blog.example,Rupert Trantow,Crepusculum ullam trepide omnis valeo aperte approbo combibo. Delinquo cattus consequuntur collum suffragium una vergo crastinus sursum vesica utrum. Sunt appello vinculum curiositas circumvenio facilis suffoco enim uter aggero.,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/male/512/46.jpg,reader,2025-11-13 10:48:28.116+00
19,danny_ernser97@blog.example,Mabel Ritchie,,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/female/512/89.jpg,reader,2025-07-04 23:10:10.886+00
20,viva.zulauf41@blog.example,Madge Borer,Amaritudo animus consequuntur vehemens thalassinus creta a tergiversatio tabula voluptatum adstringo vito. Convoco alo delectus aiunt usitas contra suffoco adhuc subiungo astrum cetera desparatus. Venustas thorax colligo depono patria ultio conservo tero. Testimonium conqueror sponte annus adstringo supra architecto vere desolo pariatur. Patria torrens certe absorbeo tero conitor vester color curriculum ipsam. Vallum tolero solus aggero.,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/female/512/61.jpg,reader,2025-10-25 16:38:18.144+00
21,mckayla.lesch39@blog.example,Danika Ebert,,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/male/512/47.jpg,reader,2025-01-07 02:03:17.873+00
22,athena.homenick90@blog.example,Laron Fadel,Clamo caritas approbo vinitor atrocitas utor tibi tolero. Carbo terebro verecundia sufficio pariatur porro baiulus. Angelus tremo illum vicissitudo cursus.,,editor,2025-04-08 14:30:52.187+00
23,rod.smith49@blog.example,Hallie Nienow,,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/female/512/50.jpg,reader,2025-05-19 05:48:51.374+00
24,rae.pacocha35@blog.example,Amya Wisoky,Iusto videlicet calco ratione crustulum credo defetiscor ab patria natus. Pauci itaque clamo tollo absorbeo artificiose reiciendis totam calco contra synagoga. Vesper tubineus pariatur excepturi ver administratio sperno alienus. Corpus triumphus exercitationem patruus rem ventito ciminatio quibusdam subnecto adsum mollitia. Statua aeneus id temeritas credo credo attero. Thalassinus delectatio degenero provident.,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/male/512/56.jpg,reader,2025-03-08 17:33:36.032+00
25,tommie.dare85@blog.example,Johan Haag,Cernuus pauci ambitus nihil administratio sordeo tersus carpo. Iure caelestis demum temperantia. Charisma suffoco spectaculum aestivus. Totus curo alo dens tres crastinus sollicito aperio. Tenuis vinitor adimpleo apostolus. Delibero quisquam vesper molestias velut auctus aliquam beneficium consequatur sum aggero versus.,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/male/512/85.jpg,reader,2025-09-01 15:41:25.932+00
26,stefan.hyatt37@blog.example,Jessica Gottlieb,,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/female/512/45.jpg,reader,2025-06-06 23:03:59.471+00
27,vernice.von29@blog.example,Freddie Erdman,Voluptatum cinis tam attero varietas. Color conitor cicuta civis vox aegrotatio. Decipio degenero utor dolor.,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/male/512/63.jpg,reader,2025-01-20 20:35:50.037+00
28,domenico.weber99@blog.example,Domingo Gottlieb,Terra absorbeo argumentum nisi comburo sordeo. Nisi summa denego astrum tenetur adeptio sui iste ventosus aptus. Consuasor defetiscor dapifer velociter synagoga cibo commemoro facilis. Campana vinum acer conspergo casus ipsum alienus. Aliqua utor aequus versus calco. Usitas ambitus altus amita demoror quos crudelis inventore ultio clam.,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/female/512/25.jpg,reader,2025-09-17 05:15:30.838+00
29,sophia_pacocha40@blog.example,Tyson Wolf,Deputo subnecto pauci voluptates viduo. Animi pax cras magnam. Sol clementia acies amaritudo quas accusator deprecator. Defaeco curso textilis vitium corrupti doloremque talis peior cornu usitas averto. Vomer cultura vulgivagus excepturi torqueo. Terror tyrannus synagoga alveus ater cohors corroboro contigo aetas vesco validus cumque.,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/male/512/59.jpg,editor,2025-03-19 16:06:10.289+00
30,savanah.heller59@blog.example,Quinton Sanford,Amplitudo vulgus peior trans voluptatem certe suppellex vorago amiculum absum. Alveus timor teres verbera. Cruciamentum tempus substantia attollo.,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/male/512/24.jpg,reader,2025-07-18 00:35:41.006+00
31,lue_klein18@blog.example,Damien Carroll,,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/female/512/34.jpg,reader,2025-02-24 00:29:48.168+00
32,lynn.ritchie22@blog.example,Lura Simonis,,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/male/512/66.jpg,reader,2025-06-02 03:38:37.056+00
33,jorge_deckow93@blog.example,Dorothea Mertz,,,author,2025-11-08 18:17:42.785+00
34,german.ferry69@blog.example,Alden Cremin,Crux sursum aestus pariatur adeptio tandem trucido provident atavus. Amo sollers derideo debeo confugo terga vitiosus. Carbo sonitus centum credo. Causa aperiam voluntarius uterque tolero amiculum.,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/female/512/11.jpg,reader,2025-08-06 22:18:07.527+00
35,harrison.klein84@blog.example,Leopold Borer,,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/female/512/11.jpg,reader,2025-10-23 23:16:59.390+00
36,maegan_kuhlman76@blog.example,Ada Runolfsson,Antea velociter decens infit cinis apparatus. Nulla voluptatem vapulus repudiandae aegre thesis. Aequus utrimque timor tubineus tergeo compello totidem thymbra cimentarius.,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/male/512/60.jpg,reader,2025-05-16 15:40:06.862+00
37,junior.hackett11@blog.example,Eladio Wolff,Quisquam attero tenus error vado. Tero arbor surgo vos turpis ter in. Conatus tracto dolorum ulterius demonstro sit. Antea abstergo adstringo arceo depulso censura pecto desipio cumque repellat clarus vilitas.,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/male/512/76.jpg,reader,2025-11-23 18:48:57.492+00
38,abby.kilback53@blog.example,Payton Donnelly,Ambulo quae defessus ulterius nihil totam spargo cotidie curto creber nesciunt porro. Alter tenus esse canto nulla tam. Socius sint altus enim bibo tergiversatio civis. Pecco eveniet temperantia vero timidus admitto. Molestias colligo vetus custodia terga provident decumbo. Charisma officia suppellex nobis socius aeternus amissio comminor balbus.,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/female/512/48.jpg,author,2025-09-23 16:25:38.982+00
39,cornell.rath23@blog.example,Keshawn Kohler,Adsidue solio laudantium clam volup titulus cunae tabula tergiversatio urbanus. Tonsor decerno tero alias veniam trucido unde vaco tero ad solum. Depereo argentum aequitas iste comptus.,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/male/512/82.jpg,reader,2025-02-23 14:53:59.806+00
40,gordon_watsica94@blog.example,Marquis Bauch,,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/male/512/16.jpg,editor,2025-04-12 17:35:15.748+00
41,jennings.emard13@blog.example,Lina VonRueden,Demo tabella coepi constans odio rerum celebrer succurro adaugeo cervus causa vulgo. Sortitus carmen arceo clibanus occaecati apostolus crinis coniecto dedecor. Cimentarius trucido ab charisma sumptus quaerat confugo aestivus conitor damno sit. Cohors cruentus corona acceptus cauda cimentarius absconditus aer canto cariosus ademptio. Adimpleo absque claro aliquid tantillus clamo cohaero patrocinor libero deduco patria. Somnus apud demitto temporibus accusantium.,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/male/512/52.jpg,reader,2025-05-31 08:04:23.126+00
42,russ.leffler62@blog.example,Sherman Effertz,Denuo aegrus arcus pauci denuo pecco aperte sequi. Autem sum aestas tandem candidus villa animadverto. Adflicto catena ratione voro cohors.,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/female/512/62.jpg,editor,2025-03-17 03:25:29.481+00
43,spencer_feeney47@blog.example,Lloyd Schulist,Vinco charisma arcus et possimus tristis administratio stabilis curvo infit crur denique. Facere deficio verto verto tamdiu abduco coepi stips thalassinus tibi repellendus. Circumvenio approbo stips peior basium velum. Vobis maxime ubi quam decipio ipsa beatae videlicet coniuratio contigo.,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/male/512/88.jpg,reader,2025-05-12 15:11:08.853+00
44,jordane.runolfsdottir46@blog.example,Soledad Weber,Amet caelum caries curia agnosco vaco. Delicate aro coerceo stella adficio subito aperiam. Tersus eum decumbo accendo tredecim adhaero. Crapula administratio undique claro trado adversus. Vinum summisse videlicet depopulo usque aegre cogo advoco undique culpo.,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/female/512/3.jpg,author,2025-04-23 11:40:56.597+00
45,bryant.parisian42@blog.example,Shane Howell,Spes spero ventito ubi suscipio varietas alii videlicet alius condico. Culpo harum tenax tyrannus. Reiciendis acer ea ver.,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/female/512/35.jpg,editor,2025-04-02 22:43:31.869+00
46,cedric.romaguera87@blog.example,Bennett Schaden,,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/female/512/6.jpg,reader,2025-11-07 03:22:32.032+00
47,stacy.brown91@blog.example,Evalyn Haley,Arcesso cupiditate aperte odio ea corona cunctatio cariosus inventore acquiro ventus approbo. Auctor quam tibi aegrus cruciamentum tamen. Summa tabernus aedificium ceno nulla vitae cupressus titulus. Absque spargo dapifer recusandae tepidus ulciscor turbo culpa vulgus.,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/female/512/19.jpg,reader,2025-11-06 05:43:10.157+00
48,antoinette.schulist57@blog.example,Lenny Breitenberg,Aequus capio utilis animadverto vesica ait. Pax ademptio adsum cumque suspendo reiciendis territo voluptatum sapiente certe depraedor theca. Utrum sub tepesco odit.,https://cdn.jsdelivr.net/gh/faker-js/assets-person-portrait/female/512/13.jpg,reader,2025-06-09 06:31:44.567+00
49,emmanuelle.legros28@blog.example,Joesph Bashirian,,,author,2025-11-14 11:26:57.723+00
50,maria.goyette27@blog.example,Merle Parisian,Debitis audax et combibo cervus carcer arceo. Aeneus tot sumo spoliatio adeptio traho claro crustulum verecundia subito. Astrum depraedor absque terga autus teneo taedium. Tremo caries labore calculus circumvenio victus. Arx cedo eaque adhaero excepturi. Celebrer auditor alioqui peior virtus theca comedo vacuus dignissimos.,,author,2025-06-08 04:59:02.158+00
\.

COPY "public"."posts" ("id", "author_id", "title", "slug", "body", "status", "featured", "read_minutes", "published_at", "created_at") FROM stdin WITH (FORMAT csv);
1,1,Welcome to the blog,welcome,"Conservo ulterius abutor appositus cubitum traho depraedor voluptatem aureus. Ascisco abscido talio veritatis. Vinitor solutio amet vehemens abbas vulgus allatus testimonium cibo tego bestia. Tamen suffoco basium vis cumque acer brevis valens. Conventus cavus urbanus bene stips torqueo surculus attero. Utroque aveho corrupti copiose bonus patria cunctatio caste comis.

Constans vere comparo amissio ver voluptatibus tabella defessus adsuesco aeneus. Carbo tenax speciosus adamo aeternus solium. Vilis xiphias una accendo aranea confido curiositas.

Conspergo cultura concido valens claro ipsum mollitia quam aequus. Atqui acies vel supellex omnis. Bellum balbus temptatio ventus absens despecto.",published,t,30,2025-09-28 03:14:41.999+00,2025-12-04 07:51:59.656+00
2,27,Audeo amissio audio.,audeo-amissio-audio-2,"Degenero sunt ventus cresco studio. Solutio benigne unus arca attonbitus volup. Assentator curso cursus statua. Caput solium pax cuius cum aequus unde. Textus cogito delinquo tondeo.

Patior aperte credo crur doloribus tamquam enim. Adficio trucido viscus verecundia cilicium aurum tredecim accusator quis ara. Solum debilito crux acquiro eveniet arbitro chirographum charisma cattus vociferor officia.",draft,f,9,2025-09-05 20:47:35.821+00,2025-09-24 20:27:52.086+00
3,27,Causa anser aliqua solutio demonstro adopto ventus deporto.,causa-anser-aliqua-solutio-demonstro-adopto-ventus-deporto-3,"Assumenda crebro spargo vergo amitto accusamus velut adfero suscipit. Congregatio debitis surculus traho. Tonsor creptio curiositas antiquus ocer admoneo vinculum cubitum.

Amicitia aegrotatio atqui deludo nesciunt canto admitto talio. Deleniti cedo verumtamen vigor crux tripudio coadunatio thermae atrox auctor. Terror cupressus brevis vilicus degusto viduo consequuntur eum amicitia.",published,f,7,2025-11-17 08:01:46.290+00,2025-08-02 22:28:22.917+00
4,22,Desolo confero derelinquo alveus alii terra.,desolo-confero-derelinquo-alveus-alii-terra-4,"Agnitio versus antea cum molestiae reprehenderit antiquus. Vetus absum cohaero cura tenuis vere curriculum. Voluptates cogo crustulum cicuta. Vomica suppellex arto caveo repudiandae claustrum. Decumbo adulescens asporto vallum tergo uberrime considero vereor charisma tardus supellex demens.

Viscus dicta ascisco angulus creber comburo defleo arma. Soluta thermae acquiro adulatio denique commemoro cras cibus deleo. Ars charisma alienus sint bis adficio. Ulciscor ter architecto conscendo occaecati supellex asperiores verus adinventitias.

Convoco considero coniecto maiores aedificium labore adflicto conforto confido cogo. Ab utrum architecto vacuus tribuo conitor. Conculco trepide aegre argumentum consequuntur acies sui caecus.",published,f,27,,2025-11-08 04:59:59.166+00
5,31,Distinctio abundans xiphias totam aiunt curia ventus solum.,distinctio-abundans-xiphias-totam-aiunt-curia-ventus-solum-5,"Nostrum ultio civitas alias. Uredo conqueror tumultus quas odio. Canto tribuo cupressus rem iure coma. Aeneus civis denuncio voluntarius sustineo.

Similique succedo verus vitiosus color decet adsidue defendo consequatur. Magnam suasoria volo repellendus virtus crapula deleo corporis astrum nam iste acquiro. Defessus comparo ascit vulgivagus denego. Combibo accusantium amita votum comminor vergo utor velit sunt. Autem baiulus repellendus tenax sint demum comburo cras ademptio cura. Amo aperiam cohors sublime tertius vomito totam adficio caritas acervus adhuc conqueror.",published,f,13,,2025-11-19 18:38:43.330+00
6,35,Velit corona maiores commodo.,velit-corona-maiores-commodo-6,"Magni comburo deleo hic subseco vulgus volaticus praesentium utrum versus. Sol confero collum crebro coepi bos nobis. Tremo adipisci ante pariatur vero totidem torqueo calcar depereo. Defleo aliquam cuppedia canto ciminatio tredecim volaticus spectaculum patrocinor casus terror reprehenderit.

Ancilla derideo voveo curtus tubineus victus. Averto tabula spectaculum quod pecco umbra. Solus animadverto curatio animus thesaurus. Arbitro anser thymbra tutamen alveus vix artificiose theca tabella. Aqua peior depulso adstringo correptius trans compono odit. Nostrum voluptatibus copia suppono aperte custodia porro adulatio damnatio cui denique tergum.

Odit ullus aegre utique. Theatrum eaque vilicus amicitia pauper cresco vigilo. Vigor rerum summa calco curia cupressus arcesso pax vomer depulso. Cohibeo altus aranea degenero viridis subvenio beneficium deficio sublime adversus varius. Labore adopto aperiam cohaero vilitas vilitas voveo vacuus timor depraedor. Aequitas curtus aveho officiis thermae vito corrigo aer valde sulum tabesco vulnus.

Tener vallum terror vomica annus ante vallum volutabrum recusandae taceo cribro callide. Ustilo provident damnatio coerceo repellendus consectetur vere cicuta. Tamisium aliquam adnuo peccatus absorbeo textilis earum video vesica viridis aurum. Acquiro aegrotatio accusator canto creta cursus claro ventus vicissitudo demulceo. Coniecto animi ademptio adversus veritatis tubineus crustulum spero deserunt debitis.

Somnus adamo spiritus cultellus degero vetus architecto tui cohibeo error stultus bibo. Deorsum curto vulnero varius supplanto catena suspendo concedo congregatio alveus. Nihil balbus arceo tandem aspicio veritas sumptus iure benigne tripudio complectus studio. Cohibeo ultra agnitio consuasor decretum vulticulus universe minima expedita vita demo. Ut supplanto absconditus sponte. Vesco delinquo articulus sollicito cursim via administratio supellex vir pel concedo deserunt.",draft,f,6,2025-12-15 11:31:31.532+00,2025-04-17 13:47:27.404+00
7,42,Amicitia coma nemo.,amicitia-coma-nemo-7,"Conor temeritas barba conturbo concido spoliatio animadverto explicabo deficio damnatio cui tego. Consectetur curatio ago delectatio vitium vado spiculum. Sed spes sollicito argumentum aiunt solutio delectatio talus officiis optio. Spiritus uxor consequatur ullus derelinquo adeptio nobis. Delibero nesciunt antea abscido.

Torqueo ea degusto aufero adfectus stella deputo derideo iure coniecto cattus. Trado tego vulariter vicinus quae suadeo agnosco ulciscor timidus bibo confero. Conatus stipes socius defetiscor.

Cibo denego tabula nam dedico textus claudeo beatae aveho civis tabula admitto. Terra vulgaris adhaero illo depulso tutis fugiat. Cena despecto appositus vulpes quis quos curia volva cernuus calamitas adhuc currus. Beneficium spiritus callide tam pectus derelinquo spiritus cerno totus ascisco. Caste nisi delicate crinis.

Vetus adeo vinco eligendi. Assumenda aegrotatio adamo apparatus argentum viduo cuppedia. Molestiae pecco spes pecto adipiscor venustas conduco tripudio ulterius in deorsum. Eveniet terreo sperno texo enim sapiente cultura iste toties. Vulgo adduco taceo terra veritatis avarus acsi succedo pel. Quia virtus aduro magni aggredior cauda.

Tot conculco ullus acervus amaritudo cervus ullam. Cometes subseco color pel debeo nulla audentia patria sapiente. Curia aegrotatio aestas exercitationem vallum.",draft,f,16,2025-03-18 15:36:40.685+00,2025-01-08 17:37:56.360+00
8,10,Vix volutabrum labore demum peccatus turbo debilito supellex.,vix-volutabrum-labore-demum-peccatus-turbo-debilito-supellex-8,"Terga balbus vicissitudo nam deleniti conculco coniecto deserunt taceo contigo conturbo. Vitae aegrus voluptates somnus trepide casso cunabula degusto cura totam. Utrimque vivo bene atavus vir sub termes tener. Summopere bonus vereor curia.

Vobis quis cuppedia stillicidium. Esse amplexus deficio vinum cognomen. Aspernatur cur conspergo tamen bellicus caterva ullam absorbeo thermae tandem.

Corpus cum assumenda sapiente cedo. Crinis adhaero turbo derideo. Admoveo abduco utique dolor tenax vos carmen commodo angustus. Verecundia adsidue vilitas conitor constans perspiciatis barba theca admoneo. Arto attollo depromo campana.",draft,t,8,2025-09-06 03:46:52.718+00,2025-05-07 21:53:56.639+00
9,35,Recusandae communis suus armarium trans truculenter assentator.,recusandae-communis-suus-armarium-trans-truculenter-assentator-9,"Deputo succurro appello nobis attollo adopto solus clibanus. Crepusculum ustulo acies crinis accedo hic conventus ver. Velut adflicto itaque desparatus tres sapiente adaugeo dedecor tego demergo delicate triduana. Culpa umquam ancilla comparo aperiam utrimque sopor sustineo tollo alienus credo minima. Patria aequus alienus dedico. Ducimus admoneo careo bestia tremo.

Ter sopor antea cursim utrimque venustas temeritas. Ustilo suggero tam auxilium auditor cuius. Culpo fugiat beatus decimus adulescens utrum. Corrumpo atrox credo trepide thema conturbo volutabrum caput.

Deleniti sodalitas adiuvo cupiditas. Vis commodo sed beatae vereor amoveo urbanus celer thorax. Canto blandior id apparatus adipisci audio talis. Vester cicuta defendo sublime vado corroboro. Charisma capitulus cupiditate decet tyrannus decerno perferendis corroboro vir vinculum. Versus turpis auctus callide exercitationem quam crapula degusto accedo atqui alienus.",published,f,24,2025-05-20 01:04:21.104+00,2025-06-12 04:45:19.271+00
10,50,Cedo curtus quis.,cedo-curtus-quis-a,"Bibo altus triumphus vomito esse despecto considero comminor. Suasoria censura amo solium tergeo canto. Pecto amoveo sortitus tutis comedo ea vulgus totam talis animi. Voluptatum pax traho cupio. Solitudo alii defessus ter.

Suadeo ciminatio spectaculum calculus sub. Appello deripio supra aequus cariosus creo venia corona spectaculum subito vita. Tenus cetera verecundia coaegresco annus caterva incidunt spero impedit barba convoco.",published,f,9,2025-01-04 16:45:59.573+00,2025-05-13 03:16:59.083+00
11,44,Ocer inflammatio caput.,ocer-inflammatio-caput-b,"Illo voluptates laborum deprimo tumultus clam cum modi bene curtus repudiandae recusandae. Autem valde copia tersus centum advoco arcus apparatus attero vivo despecto. Ambulo thymbra cernuus molestiae culpo. Tepidus deripio vulgivagus tero cruciamentum talis accusator nobis texo sint sub. Defluo caelum urbanus a distinctio depopulo caute.

Textor ascisco vomito cotidie nobis adhaero ratione. Soluta tumultus umerus amiculum audeo vomito subseco tres universe celo ustilo suffragium. Avarus pauci arcesso super adaugeo colligo vivo dignissimos.

Victus valens doloremque sapiente. Conculco curo torqueo cicuta suus agnosco aufero bis utique. Cursim coepi triduana sopor defluo. Vulticulus tertius sum eaque complectus usque minus sui. Vitae villa cohaero amo ducimus tenus alius appono.

Stabilis adnuo tandem cupressus similique demergo. Videlicet verbera caterva vereor ater labore confido. Conservo aranea peior argentum desipio. Amiculum reiciendis admoneo mollitia demergo autem adsidue solvo consuasor sursum ulterius.

Tonsor placeat averto vilicus. Utroque volva autus ait patria appello repudiandae suadeo terra. Angustus admoveo omnis suppellex infit debeo viscus thymbra credo. Corrumpo fugit natus suus thymum terebro comminor deporto carmen adiuvo desino casso.",published,t,20,2025-10-19 22:21:11.911+00,2025-09-05 09:59:50.459+00
12,28,Cohaero vulpes canonicus asperiores.,cohaero-vulpes-canonicus-asperiores-c,"Verto argentum suppellex aufero adfero quibusdam. Uterque conscendo minima calamitas catena curiositas barba audio. Uberrime triumphus atqui terra dedico coerceo correptius. Vilicus spiritus coniuratio tabesco aveho delicate acidus suus addo. Video iure tandem verecundia velit tres ventito constans pel. Spes molestiae tristis cenaculum quibusdam animus.

Contabesco ver ambulo vulgo tres speciosus. Spargo bibo cito creta civitas aetas ante decimus. Apparatus avarus subiungo curvo contabesco vinum. Vomito defero cognomen tutis. Titulus sollicito victus validus conatus sub acervus tempore occaecati averto coerceo denego. Arcesso abundans vulariter quis territo thorax curto cognomen.

Concido adulatio coerceo clibanus. Complectus tracto abbas atque atque curtus talus. Urbs subvenio cattus solus.",published,f,7,2025-10-04 21:35:36.907+00,2025-09-28 04:16:01.579+00
13,15,Amor blanditiis adficio tyrannus subseco architecto sum.,amor-blanditiis-adficio-tyrannus-subseco-architecto-sum-d,"Terror conqueror adipiscor vobis curis civitas surgo spero voluptatem absum crux impedit. Adeptio vespillo ocer stabilis bonus agnitio spiritus suus careo caveo demitto. Ducimus amoveo cumque tabernus annus totidem argentum tenuis triduana itaque truculenter. Totidem anser comitatus barba aliqua maxime.

Texo spectaculum artificiose veritatis celo caries doloremque sto. Perferendis tot subseco aperiam sint quis. Vulnus avarus agnitio attonbitus urbs celo volutabrum coniuratio. Aspicio coerceo ea vilitas thymum demens cena temporibus cupressus vulnero. Cotidie cimentarius decor asper asperiores. Candidus coma cicuta colligo canto patior barba deporto colligo avarus ulciscor succurro.",published,f,19,2025-05-30 04:11:47.173+00,2025-12-05 09:42:22.477+00
14,44,Cohibeo deripio sulum facilis ager.,cohibeo-deripio-sulum-facilis-ager-e,"Asper eaque illum amaritudo atavus provident adhaero tendo ager asperiores causa crebro. Deleniti defaeco delego compono carcer baiulus capio ager recusandae curo. Suscipio deinde demo arcus sublime tactus tamdiu dolores damnatio illo. Earum capitulus aestus trans abduco via adhaero denuncio confero. Cavus thesaurus vulgaris baiulus adsidue corrumpo solus abduco adstringo dedico.

Blanditiis peccatus aequus volva. Acidus deprimo approbo tepidus comminor defessus vox vomer crepusculum clam. Somnus utilis vere tergiversatio vulgaris spectaculum cohors solium adhaero cedo adstringo enim. Cultellus cupressus aufero tribuo sed appono ver aveho.",published,f,13,2025-12-12 13:41:18.446+00,2025-10-15 05:40:03.881+00
15,7,Asper amo defetiscor amplexus tardus acervus velociter ullam.,asper-amo-defetiscor-amplexus-tardus-acervus-velociter-ullam-f,"Creator solutio tubineus vobis calamitas uterque vir turpis commemoro vitium adhuc. Provident curto capitulus decens suus stabilis volo. Accusamus creo attollo solutio textor iusto textor. Decipio reprehenderit validus crustulum acervus certe curo tam somniculosus viridis communis.

Delibero alioqui abundans abduco. Una somnus vado suppono tyrannus ait arbor. Degero adaugeo ago adulescens sublime vester argumentum illo repellat arceo consequuntur cupressus.

Tamen vulticulus credo adeo curso amoveo combibo autem attero amicitia. Conventus claro ut trucido confido vinitor denuo ademptio sodalitas inventore antiquus. Vitiosus suus coma damno ipsam calco nihil dicta civitas uterque aegrotatio crapula.

Adhaero aer vox aureus unus conicio. Fugit demum surgo tricesimus abduco auctus teres. Verto et pecto minus dolores coadunatio accusator tunc benigne. Demitto calcar quo summa provident dolorem quia.",draft,f,17,,2025-02-10 15:19:00.572+00
16,47,Caecus adficio desparatus thorax vomer vulgivagus varietas.,caecus-adficio-desparatus-thorax-vomer-vulgivagus-varietas-g,"Supra uberrime versus cado. Cado urbs impedit aut torrens coma coma admoneo ea. Votum vilis tutamen amor tertius.

Soleo compello decens attollo dens victoria sufficio. Traho tabernus cumque suadeo adopto stipes. Minus argumentum testimonium cotidie verecundia. Solio voro natus quisquam corrumpo certe compono ventus. Crustulum decretum recusandae vilitas ab xiphias adversus conicio velut accusantium absum turbo.

Conculco ager aurum tero sapiente degenero urbanus conculco. Sulum strenuus cruentus amissio aiunt dapifer chirographum. Dolores addo aer varius trucido ascisco.",published,f,28,2025-06-21 11:00:52.293+00,2025-07-24 10:24:01.284+00
17,29,Ad aestas conduco articulus absens.,ad-aestas-conduco-articulus-absens-h,"Basium cras strenuus cursus adnuo. Decumbo comis audentia verbera videlicet alienus. Voluptates quis aliqua aestivus.

Ocer ex adsuesco aperio pectus desidero amicitia delibero. Congregatio tum utilis vinco careo. Cunctatio vinco deripio acies textor cur substantia thema. Ulciscor arma alter defetiscor vespillo totidem antepono verbum valetudo uredo cruentus quibusdam. Tardus cursus cornu strues quisquam verus cito defleo. Quam decumbo validus vinco.",published,f,25,2025-05-11 05:22:24.446+00,2025-01-06 20:55:53.359+00
18,42,Apostolus ex nemo atrox voluptatum ascisco exercitationem.,apostolus-ex-nemo-atrox-voluptatum-ascisco-exercitationem-i,"Angulus concedo cariosus adeptio solum quisquam. Dicta vox laudantium totus strenuus degusto alter aptus provident ademptio taedium certe. Apto alias culpo vitium vergo degusto. Natus cunabula cresco volutabrum volutabrum vilis. Optio territo sulum nobis aptus bardus defero tersus ultio amiculum creber.

Voluptates contabesco astrum anser quasi ter tenax dicta reprehenderit. Beneficium adimpleo sequi conqueror. Attollo trucido coma tardus ullam reprehenderit caritas suspendo depopulo derideo stips verbera. Sonitus cuppedia assumenda terga tandem arma. Cultura amicitia modi conturbo ullam minus veritas adnuo magnam.",published,f,19,2025-07-12 17:45:00.027+00,2025-11-23 03:22:39.074+00
19,18,Adeptio caecus tui sint pecco sollers adsidue expedita.,adeptio-caecus-tui-sint-pecco-sollers-adsidue-expedita-j,"Texo qui tonsor absum vallum uterque auctus damno id super. Argentum capio adsum stillicidium alter texo cilicium colo veritatis civis vetus. Vulticulus vomito libero atavus curso. Alii speculum subseco adeptio quos dolorum voluptas vix utrimque corroboro.

Assumenda agnitio pariatur utilis cuppedia audeo utilis sint autem libero absorbeo. Tremo audeo canonicus cibus hic perspiciatis repellat quae campana suppono solio. Angelus adsuesco cattus supra comptus nulla statim depromo solutio urbanus. Civis vulariter vero commodi.",published,f,6,2025-07-26 08:01:20.413+00,2025-08-17 15:31:13.192+00
20,27,Templum vergo repudiandae placeat.,templum-vergo-repudiandae-placeat-k,"Tunc arto utilis confido facere spiculum suppono arx agnitio urbanus. Cunabula trepide desino cena deorsum. Demo vestrum terminatio pauci ambulo degusto approbo tabula. Trepide adiuvo velociter strues. Aequitas vulgivagus comes aestas omnis torqueo celer pel caries comptus tenax uredo.

Alveus quisquam pariatur conitor amoveo sodalitas cicuta quaerat dolore solum strenuus. Sufficio delinquo crudelis conduco acceptus soluta collum. Studio adaugeo approbo id est repudiandae.

Depopulo statua doloremque temperantia canis auxilium strues succurro tepesco. Temporibus tendo ter ipsa debitis. Magni bellum volo custodia vos autus vulpes super ascit. Sumptus amoveo ducimus adeo velit celo vita. Suasoria paens aveho velit aurum. Libero demonstro demonstro thesaurus adinventitias.

Eaque conscendo quod subseco volo comprehendo autem coepi vita aeneus ratione. Cresco praesentium voluptatum desparatus vinco crapula dolores cavus allatus. Cubo dolore distinctio vindico umerus.",draft,f,7,2025-12-21 09:26:01.187+00,2025-04-02 03:55:11.792+00
21,35,Stips ver arcesso.,stips-ver-arcesso-l,"Considero casus clibanus strues sopor cursim audeo clibanus corrigo convoco. Perferendis creptio terra tenus conturbo. Sortitus sordeo adiuvo adsum. Nihil vulgo facere catena suasoria. Pecto cupiditate creptio veritatis bis voluptatum utpote claustrum turba quia una. Ab theologus ut socius apud provident vivo astrum suppellex dapifer tristis sulum.

Modi coerceo tenuis vulnero dignissimos accusantium aranea. Tardus caelestis officiis adinventitias. Amita concedo tego aufero custodia termes tego aequitas angulus cariosus. Cruentus sapiente amaritudo admoneo textor calculus deinde aggero. Copia acerbitas repudiandae titulus veniam acceptus. Trucido cui tardus cruentus tenetur acidus vulgus comptus teres adversus.

Vicinus demergo abutor amet tyrannus. Illum cauda optio aestus adficio decens. Defungo casso aperiam temperantia cubitum nemo dicta vespillo. Assentator conforto sollers temperantia catena vilis basium vomito ait tubineus summa. Accendo conicio combibo antiquus dolorum vivo approbo adfero verus calco acidus usus.",published,f,24,2025-12-03 16:32:01.261+00,2025-06-30 21:55:24.310+00
22,50,Suffoco porro correptius terra suppono cetera.,suffoco-porro-correptius-terra-suppono-cetera-m,"Venia truculenter theca centum. Video combibo aureus sublime absque sursum utique utrimque ad curvo vallum. Ullam villa curia censura laudantium vere animadverto.

Vereor aspicio veritas vulgo volubilis color barba blanditiis celebrer. Incidunt acceptus depulso adulatio demens voluptatum umbra attonbitus derelinquo usitas sub. Vomer nobis cubicularis odit vinculum demens abstergo reprehenderit. Conduco cumque labore aequus candidus statua.

Aut distinctio stips traho suggero tardus coma auditor. Umquam peior cerno alveus curiositas sortitus armarium cribro. Ago triduana architecto triumphus auctus amor alter curvo celer crux apto defero. Caput quis cogo arbustum cultura agnosco. Acervus benigne vicinus cunctatio triumphus sto subnecto abscido cinis. Vobis accendo terga cumque cavus sopor texo cattus.

Absorbeo deorsum cur vitae animus. Audentia aliquid tondeo corrigo nam arcesso voluptas admitto artificiose sonitus acsi. Caste expedita ante desino adhuc sequi valetudo clibanus commodi cernuus voluntarius taedium. Bis copia ver accusator cito eligendi tamen arca eius vulariter.

Cauda talio crudelis umerus viridis denuo temeritas odit acceptus peccatus. Canis deripio varius tricesimus incidunt ara doloremque virtus sublime. Tergum incidunt acceptus clam civis delicate armarium coma defendo causa uxor.",draft,f,7,2025-04-25 01:49:58.459+00,2025-04-16 18:03:35.564+00
23,22,Patruus crudelis termes cubo vesica esse debilito corrupti.,patruus-crudelis-termes-cubo-vesica-esse-debilito-corrupti-n,"Curriculum apostolus ulciscor utilis calculus volutabrum. Stella tonsor claro arbor tripudio dolor tabgo causa basium comptus tracto. Dolore deripio crinis amita verus.

Cetera causa acquiro adficio alveus tenus collum admoneo. Stabilis vorax aeternus cubicularis arca thermae agnitio surgo. Deficio aggredior ipsam quod. Pecto antiquus dolores alii valens. Delectatio agnitio subiungo veniam itaque degero triduana sequi toties. Astrum vir aro error.

Cogo tantillus denuncio suasoria attero depono in cognatus aequitas anser. Amet cenaculum defessus arma tamisium angelus cursus desipio corona defungo dens acerbitas. Calamitas ago acidus thesaurus statua. Aggredior adduco cenaculum coaegresco tabernus corrigo. Angelus pauper alienus totus tribuo tutamen adiuvo deprecator surculus contra trado. Doloremque aeger bestia vilicus similique carbo sapiente iste in dolores in quia.

Explicabo somnus tricesimus concedo alienus arbitro volutabrum spargo. Spoliatio arbitro est comis cresco angelus cunabula sui casus atque accusator dicta. Strenuus volaticus officia commemoro aegrotatio vado correptius.",published,f,6,2025-10-16 06:15:08.699+00,2025-03-10 11:14:42.780+00
24,39,Adamo vulpes explicabo.,adamo-vulpes-explicabo-o,"Vesco accusantium id auditor conor adiuvo adduco tutis cado cerno consequatur coadunatio. Xiphias vigor degusto capio deludo undique veniam calamitas defendo volaticus molestias. Defessus vitae civis aestas uberrime cursim acceptus calcar utpote cuppedia. Curso celer peccatus acceptus.

Acerbitas victoria totus cras copia velit atqui agnosco venustas nihil confugo vilis. Claustrum comminor stillicidium pariatur quos solus sui. Addo facere error corrupti cernuus thymum delibero tendo animus. Constans claro adversus adimpleo tot cicuta teneo thalassinus adfectus.

Uterque cogo peccatus adhuc admoveo molestias volo votum crustulum tricesimus. Capto deleniti maiores quia undique vacuus vesica apud torqueo vestrum vesica. Triduana cubicularis apostolus crustulum conicio vereor asporto nesciunt adamo. Aequitas aestas ciminatio tolero abutor coerceo caries demo culpo corrumpo canto dignissimos.

Temperantia minus adhuc clam tamen arca avarus fugit conventus bonus cruentus. Voluptates cavus temporibus succedo vesco adulatio coepi qui aspicio. Volaticus vis bonus acceptus vitae combibo charisma.

Attollo toties sum ipsum correptius thesis collum soluta tabula ambulo. Carmen nihil curtus tam derideo officiis doloremque utor commodi vitiosus. Capillus aro caste cognomen sublime crinis tenetur eum exercitationem. Usus vicissitudo modi crebro adduco pariatur depono tum. Quasi nam conor repudiandae torrens corrumpo cruentus quos dedico sublime.",published,f,26,2025-12-10 06:02:55.631+00,2025-03-02 15:47:41.040+00
25,35,Sponte pariatur quo.,sponte-pariatur-quo-p,"Adversus temporibus vivo barba allatus cursus. Temperantia adficio tendo concedo tutamen quidem uxor somniculosus alias esse. Desolo pel stultus caste absorbeo quidem alius. Solus adsum umquam animi volva sed deprecator culpo bene nihil. Tardus bonus animi absconditus crux culpa minus aeternus absorbeo. Culpa adhaero substantia amoveo necessitatibus argumentum despecto cras adulatio.

Vulnero vinitor colo causa nostrum charisma. Defluo tertius cognatus ver desolo subseco tristis compello summopere alioqui alioqui capio. Vereor creber iure iste tepesco cultellus suffragium ciminatio. Vero ab beatae aeneus ascit sint delectatio damnatio admoneo crux vox blandior. Vomer iure tenetur demum cito confido cognomen audio spoliatio viscus debilito.

Cupressus dolor vel vicinus deludo tardus. Conculco defleo auctor crinis ustulo suppono soluta aut spectaculum demoror audentia. Aureus antepono tibi distinctio. Desparatus cicuta tenus vallum cernuus appono subseco ater triduana. Appono coerceo video atque capto amplexus uterque comprehendo coerceo. Cena consuasor vis tenus voluptatum carus.",draft,f,9,,2025-11-10 20:50:47.344+00
26,21,Xiphias debeo verus adficio custodia convoco.,xiphias-debeo-verus-adficio-custodia-convoco-q,"Amaritudo consuasor urbs caput occaecati commodo. Callide contego cras cotidie adopto suspendo harum alius. Adficio textor comedo acidus agnitio absconditus sursum deduco utilis cuppedia. Theologus solio cibo bis absque tenus subnecto. Accedo capto illum spargo usus turbo uredo. Peccatus acies crur coepi convoco clamo beneficium undique versus cunctatio thesaurus.

Tempus ultio depono amplitudo curis vespillo stultus. Tam pel crinis pel utique ipsum ager taedium vaco. Subiungo tricesimus cupiditas spoliatio unde dolorem careo vinco solus. Thermae averto casso advoco patria aranea defaeco thesis.

Absconditus vae ara aliquam uter doloribus accedo ubi volubilis vulgivagus abstergo eos. Patrocinor tametsi cicuta accusamus templum laborum. Eos aer vinculum bos anser infit. Praesentium deporto ulciscor strenuus cito clementia absque cubicularis turpis.",draft,f,4,,2025-07-12 17:32:21.441+00
27,6,Balbus capillus in eos optio.,balbus-capillus-in-eos-optio-r,"Excepturi turbo conspergo temperantia. Aperio debitis sustineo votum ulterius pauper fugiat delego adeptio sufficio deleniti. Veniam auxilium tardus advoco atqui trepide autus urbanus vulgivagus. Bonus benigne tenus careo.

Alius dedecor conqueror claro absens universe quasi arca suffoco aegrus. Verus solitudo rem arcus confero solum trepide artificiose. Deprimo solium conqueror aveho speculum crinis adflicto. Patrocinor abduco officia ambitus iure aurum caveo varius spoliatio quae sui. Tero desino crudelis decens admitto suadeo celebrer torqueo centum.",draft,f,26,2025-06-29 15:00:38.797+00,2025-01-28 07:36:30.709+00
28,35,Conscendo abbas vetus assumenda nam.,conscendo-abbas-vetus-assumenda-nam-s,"Ea arcus aegrus cur nostrum vociferor dolores velociter stipes brevis adiuvo. Aqua copia temperantia solvo bestia cibo cogo deputo caste vitium angelus. Aestas sordeo angulus utrimque teres facilis curatio maxime. Viridis validus repellat vestrum terreo vulnero summa minima cilicium odio necessitatibus coma. Saepe in aliqua decerno suscipit amicitia sponte appello animadverto atqui vinitor deripio.

Textilis decens taceo aeternus usque accedo tego adeptio dolores attonbitus. Armarium appello color cognatus carmen blandior ex strues virgo crux. Victoria eos depopulo quos. Certe auctor abeo vilicus defluo tondeo spiritus ara soleo.

Adulatio delego accedo arcesso aut stella tenuis audentia enim suggero. Recusandae baiulus thesaurus tergeo peior. Ascit vir voluptates sordeo cetera aeneus nisi. Desolo verbum dolorum depereo vir aggero avarus curatio. Adiuvo supplanto abundans usitas illum tego. Tenus tondeo adeo via studio condico.

Creo consectetur certus nam. Thymum deputo asporto verus trepide aspicio. Abstergo vix timidus articulus deduco. Tergiversatio audentia truculenter aestas temptatio abbas libero qui arca tristis vestrum clibanus. Terra acquiro contra inventore coruscus tactus adulescens confugo vitae ubi clarus.",published,f,17,2025-01-26 21:51:17.070+00,2025-12-15 13:19:21.596+00
29,35,Amita consequuntur causa ater.,amita-consequuntur-causa-ater-t,"Stabilis ustulo sponte acsi pauci conservo accommodo curtus suspendo eos vigor corrigo. Texo suadeo compono umquam taceo. Valeo thesaurus dicta tricesimus amitto clementia demoror sortitus arcus. Universe cresco beatus auditor. Debitis acsi aptus vesica careo agnitio turpis conspergo nostrum praesentium. Volo theatrum arguo tutis arca solio atavus ventito vulgaris.

Totidem carcer ventosus aveho tabella correptius super sperno vapulus capitulus conventus. Bibo theologus numquam alienus pax cras tremo. Colligo clementia victus supra ascit tubineus esse crastinus. Cursus repudiandae adhaero doloribus compello cribro solvo conicio barba audeo. Sub advenio aut nisi volutabrum antiquus vesica abutor attollo labore ver. Censura inflammatio clementia strenuus speciosus derelinquo absum defero debeo.

Vigor allatus decet vicissitudo ancilla. Beatus beatae cena deduco apud eius tot vacuus. Spoliatio coaegresco non assumenda omnis sollicito cotidie corrumpo centum vereor. Deprecator utrum necessitatibus sollicito coaegresco stultus. Viduo supplanto velum stultus triumphus termes terror sumptus subseco una. Conturbo vinculum sponte voluptatum ulciscor appositus tres crux canis victoria cui creptio.

Atavus vulpes deficio umbra atque depono solitudo antea capillus. Demulceo desolo tergeo varietas adflicto rerum deripio trucido utpote doloribus aveho. Aedificium varius degenero testimonium error sopor auxilium ascit. Atrocitas arcus nihil tempore tamquam adhaero tempore.

Absque debilito depereo tremo supra creta apud molestiae concido crastinus baiulus. Valde perspiciatis alveus celebrer abutor advoco est accedo depraedor talus. Delego voluptate thymbra blandior. Caries explicabo adipisci cito.",draft,f,14,2025-10-28 23:31:45.167+00,2025-09-27 13:22:07.502+00
30,50,Virgo tui adipisci venustas.,virgo-tui-adipisci-venustas-u,"Damnatio beatae tempus altus sperno. Corporis centum blanditiis degero tonsor excepturi cunctatio magni degusto aliqua. Adsidue vitiosus laborum carbo vindico tumultus cinis aut ante valeo tempore.

Carcer absorbeo alioqui audentia carcer angustus adipiscor triumphus cubo. Derideo aestas avarus fuga vulticulus debilito celebrer occaecati absens carus tremo molestiae. Attonbitus asper suffoco aranea adsidue absconditus uberrime. Combibo administratio cur admoveo tollo.

Facilis deorsum adsuesco vaco aurum. Tunc argumentum et tabula appello arto bellum civis condico causa asperiores verbum. Fugiat ratione decipio curvo tum synagoga. Aperte cenaculum quas aeternus terebro. Vereor paens caelestis est ventus sollicito damnatio cunctatio ulterius aggero clementia ulciscor.

Absconditus sumptus teres conturbo cupiditas tabgo tenax. Patruus conicio caritas depraedor bellum vulgaris verbera desidero cohors labore articulus arguo. Accusamus adversus crapula conqueror tonsor aurum bos somniculosus. Suppellex degenero cornu taceo cometes balbus vito ante tempora sum.

Aptus valeo creator audio caute defessus terreo cupiditate defero teres. Exercitationem stipes dolorum iure triumphus sufficio. Infit curtus curis tui balbus adduco atque vere curvo succedo verus abbas. Tui inventore vir aequitas sulum dolores. Cursim depraedor claustrum varius depereo maxime. Circumvenio labore complectus decerno considero crustulum illo desidero viriliter ulterius solio minima.",published,f,1,,2025-03-23 02:15:00.871+00
31,37,Mollitia cribro speciosus auctor compello demoror adficio vicissitudo.,mollitia-cribro-speciosus-auctor-compello-demoror-adficio-vicissitudo-v,"Culpa autus laborum contigo error apud ultio summa vitae porro arto. Conor bellicus antepono asper vesco uberrime certus crinis. Amoveo autus adiuvo vado admitto apparatus rem expedita arbitro conturbo.

Sponte bene subvenio crastinus eos rerum. Inflammatio accendo terminatio degusto. Pectus campana adopto utor temeritas sophismata cauda surgo deserunt.

Cerno vivo magnam vergo subnecto paulatim volva suspendo cattus vilicus conspergo illum. Neque ulterius error ascit adficio. Comburo natus vitae decretum sponte adficio pel conduco caecus tot usus magni. Terebro statua demitto allatus allatus uredo templum condico. Allatus solus creator suscipit cursim adulatio coepi tres cohibeo amitto.

Claustrum aliqua aestivus theca balbus tempora aiunt aestivus adsum xiphias architecto. Dapifer adulescens vulgivagus texo iure velit laborum credo. Copiose turbo atrocitas anser civis. Volup culpa solus tantillus ter cohors. Cognomen convoco patruus cohaero tibi sopor spero conqueror vox.

Corona vulticulus deduco alias vitiosus deporto condico aer adeo videlicet. Pauci adeo sulum timor torqueo vilitas vir accedo vinum. Ustilo subito cruciamentum ubi vindico cado stipes cedo quas comes. Depono spargo strues sui tondeo dolore ex optio. Debilito deripio utpote amissio turba tabula tendo explicabo caute. Collum tandem voluptatibus crapula vallum sufficio alias thorax.",published,f,23,2025-08-23 02:00:05.128+00,2025-04-06 01:22:59.216+00
32,22,Debitis clamo suus aeternus ultio velociter.,debitis-clamo-suus-aeternus-ultio-velociter-w,"Combibo cunctatio demens advenio votum communis. Aequitas conatus sortitus coniecto avaritia tantum solvo verbum alienus mollitia audio crapula. Caveo tenus stultus solio vesper coniecto tum vinitor creber crustulum brevis. Ventito architecto calamitas spectaculum soluta cariosus clamo acies comburo suscipit umerus. Civis vestrum bos vinitor aurum vicinus creptio defessus solitudo aperte. Accusamus cimentarius pauci charisma sollicito.

Cinis porro blanditiis aperio voluptate arbustum depulso cornu possimus. Terga aperte beatus architecto caute modi certus trans. Vicinus aranea trepide vulnero voluptates aiunt subito suscipit tamen vitae.

Sublime vetus quas benevolentia tepidus tonsor. Demens conduco astrum angulus casso thermae beatae eveniet. Deinde eaque volo volo corroboro avarus cerno subvenio fugit deputo thema suppellex. Comptus solitudo animi absque consuasor voluptatem agnosco universe acervus sophismata vallum suppellex. Averto tui curvo tepidus. Viscus spoliatio tantum suspendo succurro.

Solus aureus tergo creptio victus strues rem. Aestus absum dignissimos cohibeo tonsor. Astrum amor censura nobis strenuus abutor cilicium convoco allatus delectus bonus. Ultio absum sui succedo colligo conor culpa. Rerum tertius odit sollicito advenio voveo aliquid chirographum adficio somniculosus.",published,f,16,2025-02-13 10:57:12.269+00,2025-03-21 00:41:45.057+00
33,50,Asperiores commodo pecto amitto.,asperiores-commodo-pecto-amitto-x,"Nam totidem thesaurus succedo nesciunt aspernatur sequi admitto torqueo amet. Atque depopulo temeritas auxilium utrum vicinus talus vorago. Tabella credo derideo adeo tot vulgo. Vitium vitiosus territo demens decens corroboro claustrum. Magni fugiat spiculum clementia absque.

Caput astrum adipiscor deludo. Adicio tergeo inflammatio conitor vereor. Temptatio suadeo totidem labore aegre tenuis. Patruus tenuis at suscipit depulso trans trado. Defendo crastinus timor labore acies amet volup itaque vicissitudo deinde.

Patrocinor crur video artificiose tibi vesica cena cinis comis crustulum. Ipsam vomer ager voluptatem solvo vulpes audeo. Commodi viriliter suggero sopor benevolentia caterva. Tandem confero vomica adinventitias magnam.

Caries totam tutis ipsum stabilis. Universe sustineo ascit cotidie trado tristis strenuus coma apto vix astrum odit. Vinculum suscipit sopor damno enim earum cui minima reiciendis officia ducimus. Sublime solio aequitas sto ambitus defungo arcesso sordeo centum surgo.",published,f,16,2025-05-08 11:55:00.569+00,2025-12-29 09:09:18.713+00
34,35,Vaco cimentarius clibanus adnuo pel decretum defaeco campana.,vaco-cimentarius-clibanus-adnuo-pel-decretum-defaeco-campana-y,"Vita casso bibo delibero adeo ullus volutabrum avaritia textor contigo crebro nisi. Ago reiciendis saepe apparatus tamquam. Mollitia fugit quis cubitum nemo voluptatem. Quidem dolor aurum corpus.

Allatus pel censura annus celebrer calcar. Terra tum administratio verumtamen tabernus averto. Admiratio avaritia ustilo conduco pauci cupiditate tantum undique solio iusto speculum. Argentum versus tabula canis vestrum thesis maiores adsuesco at clementia cupiditas peccatus. Admitto custodia certus clam sursum adopto averto tepesco sulum cogito arcesso ventus.

Aliquam cariosus tamisium administratio occaecati vir. Advoco xiphias tricesimus adinventitias debeo delinquo vesco dolores tumultus dedecor. Creber defluo deduco adicio cognatus voco delectatio demoror sint totidem decor solium. Tenuis tergum ratione cernuus dolore virga. Avaritia claustrum auctor statim soleo comminor acceptus placeat conor.",draft,f,1,2025-12-28 00:47:02.768+00,2025-09-14 13:06:39.471+00
35,32,Alo adaugeo damno cedo.,alo-adaugeo-damno-cedo-z,"Error subvenio coaegresco adiuvo celo perspiciatis a. Cerno tepesco nulla autem via animus. Dens amoveo victoria sulum cogito. Talus cupressus cenaculum auctus assumenda paens accusator advoco. Corrupti vetus depraedor abundans.

Aequitas crinis cogo valetudo tolero cogito ex sophismata curso dedico cognatus. Termes aggero adsuesco tyrannus volutabrum socius accedo pectus cupiditas causa caput. Tribuo tenax admoveo tondeo vehemens cavus ustilo animus suus.",draft,f,6,2025-11-11 10:38:53.332+00,2025-08-29 05:28:16.893+00
36,44,Aestus reiciendis vergo quae ademptio vigilo.,aestus-reiciendis-vergo-quae-ademptio-vigilo-10,"Turbo volo spiculum succedo defluo curo possimus dicta spero suscipit suppellex coniuratio. Tredecim claudeo est casso crebro aetas aetas tergeo somniculosus adfero traho. Adhaero conduco ipsa dedecor condico sordeo. Angulus cotidie amissio adulatio damno adopto aeternus denique victoria conspergo cognomen abduco. Terebro absum vestigium saepe creator textus autem anser tibi. Capitulus vitium aveho volup thorax summisse carcer urbanus somniculosus.

Vito vita hic varietas sublime universe tergeo unde amplexus ara quasi. Terreo audacia usitas bardus animi. Arbitro una cometes rerum carbo caute. Ultra theca assentator circumvenio. Textilis cuius abeo sint comprehendo tui deprimo taedium architecto molestias adamo.",archived,f,4,2025-03-02 01:49:55.063+00,2025-08-06 19:59:12.033+00
37,44,Vilicus acceptus argentum.,vilicus-acceptus-argentum-11,"Cena doloremque placeat certus vallum adulescens utroque. Tamdiu chirographum coepi tantum aduro absum venustas labore casso verbum. Adiuvo vox tamen adfero infit tergo absens conventus sono laborum verus. Tabula conspergo animus iusto conventus vulgus comes vereor allatus aeneus.

Tergo ea defero conatus tersus sapiente tripudio comedo vallum assentator ratione perspiciatis. Reiciendis defetiscor ustilo universe cupiditas aequitas creo succurro eos. Ara subito audax studio delibero tamen spes thorax calculus vergo.",published,f,19,2025-02-23 19:17:27.814+00,2025-08-10 00:29:13.054+00
38,35,Creator abstergo delectatio damnatio.,creator-abstergo-delectatio-damnatio-12,"Caelum volubilis vociferor cultura voluptatum. Concido arcus condico denuo quisquam thalassinus eius cunctatio absens catena. Speciosus celer bellum ut. Harum tergo aureus vaco cedo. Adhuc peccatus spoliatio conscendo tyrannus vado audeo sum conitor territo tactus turpis.

Tricesimus cariosus titulus pax viscus advenio venio cerno amplexus. Alter vespillo cultellus clam accusantium cui repudiandae astrum omnis. Suadeo vos corporis abundans maxime victoria tergeo strenuus calculus calco admiratio aufero.

Arbitro decumbo cernuus colligo volubilis amita compello capio tergeo supellex avaritia apparatus. Constans adhuc crapula audacia ceno. Abduco cervus videlicet depromo arx utor solitudo. Concedo demitto aestas desidero coma tolero utpote.

Sunt utilis totidem taceo tamen debilito. Corroboro apparatus corrumpo crinis decretum ocer trucido. Contigo vitium volaticus conservo vomer accusamus. Recusandae cupressus subito civis substantia callide vinculum ager decimus.

Audeo auctus aeneus amplexus vilitas defleo tamquam. Thymbra expedita curriculum vallum vox demo aestas celer varietas. Tum comptus calculus deputo quas deinde sortitus aegre desparatus. Validus sophismata damnatio tenax spes cunctatio cerno solvo vester sapiente teneo. Speciosus spero decet territo aedificium.",archived,f,19,2025-11-15 05:31:52.852+00,2025-05-02 09:56:46.831+00
39,8,Vociferor confido cupressus soleo audentia tenetur labore.,vociferor-confido-cupressus-soleo-audentia-tenetur-labore-13,"Creber ager corpus cometes tubineus ubi subvenio adeo cohaero. Quam cui tumultus tantillus celer ultra animadverto tergum soleo. Verus decumbo ustulo animi suppellex. Desipio tergum asporto peior apto distinctio amet.

Nam maxime iste terreo unde. Temeritas cimentarius cauda eveniet velociter coniecto decor sordeo. Demo concido vir vester vereor deripio adduco laboriosam vae tollo tolero synagoga.

Ustilo sortitus tempus delectatio cupiditas demitto urbs viridis. Stella baiulus perferendis ustilo deporto decet ascisco antea viriliter expedita. Voluptatum damnatio distinctio acquiro tero calcar accedo dens. Surgo vere beatae talus crinis. Defungo cunctatio aut amiculum crinis eum uredo animadverto aequus.

Ab depulso virgo templum paens. Eaque despecto caute substantia voluptatum clamo quas tardus cubitum dapifer nemo cariosus. Demonstro deputo dedecor acsi reiciendis sponte arbor.

Sit vos usus demoror depulso sponte atqui maiores aegre suffoco. Vigor corrumpo vallum spiculum alter vulnus crur. Tempora curriculum aspicio clementia cerno avaritia cimentarius provident. Templum sunt nemo ratione delego cometes vita templum verecundia despecto totus. Solium acerbitas quia textilis adopto arguo.",draft,t,19,2025-07-28 04:18:37.119+00,2025-07-26 18:40:20.163+00
40,35,Adsidue cauda antepono caecus aperiam bestia absorbeo.,adsidue-cauda-antepono-caecus-aperiam-bestia-absorbeo-14,"Socius conduco esse pel. Peccatus uberrime audentia ara vorax sulum vulgus quae. Cubitum caecus eveniet summopere. Crur aperio pel dedico amplitudo laudantium. Conitor fuga credo tutis temeritas argentum argentum. Vis enim qui quae aggero talio crur culpa voro absconditus sit audacia.

Alioqui summisse cuppedia timidus sumo subito conforto substantia. Tabella demens altus nostrum corpus. Thymum vulnero voro ocer videlicet. Numquam aetas denuncio trucido tenetur administratio assentator numquam damnatio odio crudelis. Cohibeo cetera demum via abeo. Auctus delibero tempora vobis bestia vergo officiis curvo trucido averto.

Beatae super appositus ratione. Coruscus voluptas tum temeritas derelinquo volutabrum. Contra averto adulatio deleniti. Totidem absque blanditiis fugit deludo.

Sustineo conduco virga harum derelinquo comedo deorsum valeo facere. Aegre volaticus exercitationem valeo tredecim voluptate alo agnitio solus. Sono minima ara culpo laudantium defessus abstergo. Sunt ex iste tantillus cilicium colligo calco adversus. Spero aer cauda audeo vulariter tantillus. Subvenio speculum clamo doloribus sono barba decretum auctus.",draft,f,29,2025-09-30 13:47:09.134+00,2025-09-07 09:31:49.187+00
41,35,At umbra aduro tempus.,at-umbra-aduro-tempus-15,"Venia demulceo amet circumvenio agnosco. Curiositas traho amo adinventitias talus degenero venia texo talio ulciscor toties sponte. Desipio cavus taedium demens caute ambitus cultellus clamo odio.

Defleo tenuis vulgaris brevis. Suffragium amplus tracto accusator quo combibo assumenda adipiscor adulescens talis. Totam tot desipio clamo ustilo veritas complectus. Somnus appono defaeco defungo tempore vicinus.

Calamitas ipsa spero praesentium carcer communis quidem uberrime derideo cometes surgo argumentum. Sulum articulus adficio curriculum tam cuppedia adinventitias amor bellum. Ducimus alii confero tam tunc accedo arcus. Crudelis conor verbera atque.

Vis deorsum rem ambulo maiores comptus cornu aliquid. Vetus accusator spargo atqui civitas spoliatio tubineus cauda. Terreo amitto vester magnam soluta dens acer abeo adamo asper. Demonstro degero aegre coniecto deduco sint tabella quis. Defetiscor supplanto ocer adhuc explicabo ea culpa turbo anser super solio. Vulticulus quibusdam earum torqueo comprehendo brevis vorax inflammatio.",published,f,28,,2025-10-06 14:28:55.201+00
42,10,Reprehenderit beatus talis addo tristis decipio absum.,reprehenderit-beatus-talis-addo-tristis-decipio-absum-16,"Cultura adimpleo blandior cariosus assentator amplitudo. Necessitatibus curriculum bene spargo. Autus tam apostolus verto suppono thalassinus.

Angulus confero substantia color perspiciatis atavus ustulo undique degusto viscus atrox. Clementia dolorem vulgaris sono tempore tracto cogito conor pel abstergo. Dens eligendi tracto cimentarius creator. Laboriosam valetudo damnatio consectetur vesica cursus vado triduana cunctatio. Calco ante deripio currus beatus auditor. Adicio ager delinquo capillus ad denuncio adduco recusandae studio.",published,f,10,2025-10-04 03:25:04.709+00,2025-03-23 02:39:31.133+00
43,35,Ver cras curto iste cicuta ante.,ver-cras-curto-iste-cicuta-ante-17,"Coadunatio acquiro curo distinctio vulgo suspendo. Et caecus aequitas conventus possimus. Demum approbo nemo atrox substantia vapulus varietas complectus. Blanditiis pauper ipsum similique. Videlicet amplexus contra ustilo vetus verus delicate uter asper inventore.

Varietas comminor viduo nostrum super ventosus creta creber. Aperte calco comburo aequus alo eaque animi. Averto abbas utpote congregatio vulgaris conculco umbra complectus repellat deficio. Curtus comburo victoria ventito sodalitas ait. Ciminatio agnosco vereor aurum vulgivagus sollers articulus careo pauper.

Agnosco celer defluo abundans careo adamo deleo defendo vespillo suspendo ventosus curso. Alienus cito natus volubilis trans sit verumtamen possimus. Utilis tergum communis sub solitudo turpis nulla ademptio. Ad conitor debeo canto uter cubitum.",published,f,4,2025-08-30 01:32:53.543+00,2025-12-16 18:52:35.721+00
44,35,Audentia delicate clementia custodia.,audentia-delicate-clementia-custodia-18,"Exercitationem argumentum arbustum veritas theca maxime ceno facere asperiores suasoria. Nam decumbo tabernus via. Correptius trucido cito artificiose denego pax sodalitas. Ambulo uberrime alioqui aggero culpa cicuta commodo. Administratio adflicto bardus terebro autem condico tergo tibi voluptatibus sursum. Utique coruscus amet theca occaecati delinquo ara.

Totam curtus crinis bonus. Tantillus cura curriculum una talis commodo spero deludo. Solus crepusculum stipes tendo cauda conventus. Deinde damnatio tenax laboriosam apto.

Decipio somniculosus explicabo vehemens vesco dolores sequi trado suscipio blandior. Aliqua bibo vorago texo crinis blanditiis. Atqui absens tantillus alienus omnis denego vigor arma cupio utroque recusandae aequus. Vulariter carcer acsi neque absens angustus repellat supplanto abeo.

Tribuo vetus civis caelum coerceo aeternus video cariosus. Corpus tremo usus tempore. Cornu nisi reprehenderit aqua tui tamisium talus. Comitatus inventore cribro decens veritas porro certe tremo. Aspernatur tabernus defleo tenax carmen amoveo.",published,f,12,2025-04-17 14:10:05.552+00,2025-06-30 23:55:24.285+00
45,49,Undique uterque quas aeternus corrigo porro unus.,undique-uterque-quas-aeternus-corrigo-porro-unus-19,"Vehemens strues inflammatio somniculosus amita claro spectaculum sortitus subseco textilis carbo quaerat. Caelum auditor texo cogito cernuus comptus alo. Ipsam tepesco pel arbustum capto aestus. Concido claro acidus magni cohaero arca inflammatio sumptus adversus. Facilis absum defleo accendo valens solutio capto tego amplitudo.

Depraedor molestiae spectaculum canis coadunatio sordeo fugiat conduco spoliatio audacia. Valeo acervus deleo absum sui studio bonus. Anser quidem cado canto alii accusantium decumbo cinis cervus sit aspicio.

Certus auditor sed adhuc neque verbera speciosus ventosus casso. Summa tactus atrox commodo charisma pectus aqua tamen amplexus. Thermae beneficium vis desidero. Adduco cura cometes viduo voluptates cuppedia sumo cedo. Terra porro doloremque clamo caput doloremque.",published,f,17,,2025-06-09 09:12:01.575+00
46,35,Verumtamen campana nostrum color depono degenero.,verumtamen-campana-nostrum-color-depono-degenero-1a,"Agnitio subito magnam tego defleo autus culpo. Fugit adfero statua agnitio venio spoliatio cinis asporto suffoco delinquo distinctio. Veritatis supplanto comburo demergo absum. Acsi aegrotatio spiritus sit stultus absorbeo.

Quia cuius sunt tutamen assentator infit paulatim argumentum correptius addo inventore harum. Amo molestias volup vere coerceo placeat corporis conduco thorax argumentum aggero tollo. Temptatio spargo claro tumultus currus saepe creber. Volup demens textus tumultus. Tubineus velut collum quibusdam quaerat quaerat cursus deprecator degusto aliqua aperte admoveo.",draft,f,21,2025-03-29 05:43:32.805+00,2025-09-02 01:34:36.042+00
47,27,Tam careo id.,tam-careo-id-1b,"Vae subiungo antiquus adsuesco tutamen corrumpo. Pecco adfero astrum dens vallum benigne. Vapulus vorago suus dolores tero neque dens aegrotatio demonstro arbitro. Aliqua curis ea doloremque admitto appono super velum cupressus. Dolore stella vesper velum.

Autus dedico super constans allatus viridis auditor velociter consectetur quos possimus. Tondeo acerbitas angelus coadunatio averto tenuis tergeo animadverto color aestivus. Claustrum claro valeo abstergo teneo. Vere antepono callide alioqui valens dolore decipio. Arbitro adulatio mollitia ea cilicium optio antea.

Sublime videlicet denique tam cervus adipisci cornu cito. Venia aeternus caritas demo colo solutio amitto. Ademptio amissio suggero pauci velut antea derelinquo acsi corpus acceptus comedo.

Cilicium decor cultellus alveus concedo cupio ultio. Animadverto canonicus adhuc tres vilicus demum tollo solutio tubineus dignissimos crux. Trans comburo ascisco peccatus stipes vulnero timor. Deleniti verto vestigium sufficio. Sum vos fuga coepi ocer vitae spectaculum defleo crepusculum.

Votum calamitas vinculum comedo trepide inventore ullam aliqua tamisium ex. Curo tantum demulceo auditor arto surgo utpote delinquo victus voro amitto chirographum. Centum claro expedita suus deorsum abundans. Abeo omnis virga concido cuius annus reiciendis conitor blanditiis.",published,f,3,2025-04-25 17:47:43.729+00,2025-11-05 11:55:08.943+00
48,7,Vinculum vilis clementia trans sui assumenda conturbo suppono.,vinculum-vilis-clementia-trans-sui-assumenda-conturbo-suppono-1c,"Curso tero crebro cornu dedecor impedit cariosus spero vitiosus id quam crebro. Sumo hic vesper carus ipsa talio attollo suffragium venustas accendo. Censura vis caelestis aetas vicissitudo magni terminatio. Tracto dolorem carmen virgo placeat placeat sordeo recusandae torrens una desparatus.

Ciminatio subiungo armarium thesaurus tabernus abduco. Aveho audio ex alo textor. Compono apparatus circumvenio reiciendis tabesco.",published,t,14,2025-10-28 22:08:06.490+00,2025-04-18 18:23:30.123+00
49,45,Delicate quam colligo velum utrimque.,delicate-quam-colligo-velum-utrimque-1d,"Arbitro vito deorsum carus. Deserunt demergo urbanus derideo damno. Celo antea dolorum degero commodo ter corona suffragium.

Vita undique rem vesper contego velociter magni molestias viscus capillus. Venio tumultus synagoga stips virga debilito utrimque comminor debilito admoneo. Adeptio combibo ambitus stipes aurum cometes cohaero solio aer. Contego textus vulgus provident adaugeo circumvenio tenus. Bis uter vehemens casso. Advoco comprehendo patior stultus compello.

Bos alii desolo vulgaris claudeo cenaculum tenuis. Absum cumque demitto ante ultio vomer totidem. Creator cras cetera validus constans sulum acer casus pax. Alias video civis possimus compono torrens theca terreo architecto umerus. Urbanus verecundia statim summisse doloremque eum quod tenetur ab voluntarius xiphias.

Aveho contigo tametsi sortitus veritas cuppedia eveniet verecundia aveho teneo. Utrimque aspernatur caelum eveniet dignissimos aegrus dens. Deripio porro amita crinis curtus vindico facilis ambulo.

Via advenio conduco talio peior tracto quo creta demulceo. Cultellus in aggredior ocer vestrum. Comedo totus spectaculum amplus peior.",published,f,11,2025-09-20 01:48:36.274+00,2025-08-31 12:19:54.097+00
50,10,Temptatio subiungo commodi.,temptatio-subiungo-commodi-1e,"Tenax conservo utrum culpa antiquus uredo itaque eius callide facere complectus tremo. Cursim officia thymbra aperiam aeternus crapula. Turba tamisium absorbeo capitulus vigor.

Tondeo varius volva antepono derideo testimonium cui sum tolero commodo adimpleo denuo. Adinventitias demens tabula arbustum abundans admoveo substantia abundans. Cado adulatio adficio adsidue subseco acidus arca deduco clarus adimpleo verumtamen.

Tempus decretum sollers audentia spes vilitas velum cultura crinis. Universe ademptio valens subvenio coaegresco comminor tres. Commodi alveus verus et urbs itaque quae. Bene cuppedia bis acsi temperantia articulus. Tendo ustilo tamen sulum cunabula cito supra aestivus arbor id tabesco.

Sopor beneficium possimus earum terror consequuntur. Provident dolorem tandem verumtamen. Stillicidium apostolus voluptate vae vaco. Explicabo thesis cupiditas molestias capitulus arguo vetus sono ambulo comprehendo tibi cognatus.

Cervus vae ullus vilitas depraedor vapulus qui. Arbitro alveus cerno cunae debeo tergo acceptus cunabula apud viridis pax. Vapulus terra damnatio benevolentia terror uredo derelinquo cras adfero explicabo cum temptatio. Demens pectus tenuis vomito corrumpo aeternus. Coadunatio teneo doloribus similique.",archived,f,5,2025-09-09 04:41:27.979+00,2025-08-23 09:52:35.705+00
51,27,Catena urbanus chirographum commodi compono deludo inventore.,catena-urbanus-chirographum-commodi-compono-deludo-inventore-1f,"Sed antiquus utrum cena tempora cursim degenero tego aro deserunt. Voluptatibus denuncio bibo quod thalassinus tempora dignissimos cursus curto adversus decumbo cilicium. Inventore deludo ater sopor magni curo iure. Admoneo curia viduo ager tertius. Cicuta at ascit carcer degenero spargo ars curso corrumpo. Ambitus voco complectus alii aperiam varius cauda volubilis demum vitiosus trucido.

Quasi adinventitias coniecto ulciscor. Tabesco animadverto triduana vorax vos subvenio delectus acer. Benevolentia vado derelinquo contigo eius clarus conicio. Tui vociferor sollicito adinventitias. Bellicus clementia accusator officiis talus illo deinde defungo. Amplexus clamo conqueror ullam terreo votum voveo coruscus terga ait adopto defetiscor.",published,f,6,2025-07-04 09:51:56.513+00,2025-12-29 08:07:02.819+00
52,2,Auctus tui carcer capitulus coaegresco censura.,auctus-tui-carcer-capitulus-coaegresco-censura-1g,"Averto sodalitas sustineo depulso vestrum acquiro suggero demens colligo curto titulus cresco. Comminor spargo eius pecco creptio audacia. Conscendo advoco adeo tricesimus averto celer tempore harum unus sulum beatus.

Aer teneo repudiandae caute arbustum. Vulnero error careo degenero suppellex tardus ambulo tantillus cornu. Conduco velut undique callide attollo. Strues desino appono curso theologus tamdiu defendo deprecator cenaculum carmen trucido acidus. Defungo coepi animadverto est abduco tergum carpo denuo celo harum.

Minus considero cursus deripio. Vilicus una vir curtus adfectus eos maiores vigor beneficium. Damno cernuus abeo catena demergo occaecati canonicus. Ara verus sufficio bardus agnosco agnitio labore. Spargo uterque sto comminor conscendo terebro voluptatibus ventito quam condico apparatus. Absens audeo nemo infit absque.

Suscipio celo vulariter colo tamen excepturi voveo delinquo cubitum. Tutis celo consequuntur est alias crebro blandior magnam adhuc certus tendo. Anser vomer provident coerceo corroboro. Canto acies tergiversatio depono.

Ocer commemoro vulnus venio tremo quasi suffoco cribro conscendo talus. Amita curriculum viriliter thesis quis. Utor curvo collum comes una utilis voveo vestigium cattus demens dapifer arcesso. Corona desparatus auxilium vehemens usus apto curiositas. Usus demitto virga copia ustilo video hic altus tabernus.",published,f,4,2025-03-07 11:31:35.071+00,2025-02-16 11:14:10.850+00
53,3,Doloremque terra tempora utroque culpa aspicio fugit.,doloremque-terra-tempora-utroque-culpa-aspicio-fugit-1h,"Viridis consectetur culpa admoneo argumentum. Clementia adfero magnam atqui tabgo cupressus tibi civitas aperiam venia candidus dolorem. Clibanus aut thesis comedo apto laborum. Demo eaque adamo ciminatio est triduana aveho aegrotatio villa spectaculum conduco. Creta alii suffoco arto ustilo eum cena quasi.

Carbo perferendis approbo solium argumentum coruscus virtus explicabo aliquid cariosus terra. Amissio cubicularis aedificium vespillo pectus adeo aestas explicabo voluptas alter solitudo altus. Cur conicio quos curiositas avaritia sapiente. Vestrum varietas sponte cunctatio.

Adhuc textus accommodo aveho vindico communis trucido acidus sint arx canto. Arx ustilo claudeo comburo altus casus adhaero. Cribro adulatio confido perspiciatis suppono vito decor doloribus deleniti crastinus vivo virtus. Sapiente calcar adimpleo crinis perspiciatis.",published,t,15,2025-12-29 22:26:08.422+00,2025-05-21 22:30:03.720+00
54,35,Valens cognatus comes alii.,valens-cognatus-comes-alii-1i,"Crepusculum thermae delicate dapifer vesco patruus aegrus vacuus. Damno fugiat demitto addo dolorum pax vulgivagus. Acsi ambitus capto vir territo sub assentator voveo admoneo est surgo. Sapiente cultellus derelinquo aegre fugiat. Acervus at adamo speciosus cogo umerus tandem maxime verumtamen.

Vero tertius pauci tendo strues vitae aufero thymum vereor. Arceo terminatio tandem desipio vereor sumptus deserunt utpote videlicet cupiditate iure. Aer adulatio capillus velociter adflicto curis spes accusantium. Coruscus vigor custodia abeo vulpes conqueror eveniet adicio eligendi alveus ad quis.

Cognomen advenio harum arcus undique decretum thalassinus. Adamo cetera amet synagoga uxor cilicium tardus deleo temperantia termes talis addo. Summopere assentator credo paens avaritia utpote tamdiu volva thesis eum credo admoneo. Conservo totam corona tardus adhuc aggredior. Temptatio adhaero decumbo iste sortitus aliquid.",draft,f,18,2025-10-01 20:28:17.784+00,2025-07-31 08:34:00.445+00
55,43,Certus certus quo vestrum tutis speciosus porro.,certus-certus-quo-vestrum-tutis-speciosus-porro-1j,"Id defluo acervus concedo dedico calamitas pax. Suscipio reprehenderit suscipio vinculum. Magnam teres vero ipsa vulariter blanditiis spargo vinco. Voluptate arbustum suadeo tibi administratio conduco virga torrens harum. Cicuta alii demoror cogito celer caput supellex perspiciatis facilis ustilo ventosus.

Commodi autus patruus acervus calco. Acidus uxor vorax tenetur minima vorax cogo tandem crinis ara. Attollo sodalitas alveus conturbo atrox. Spoliatio aveho deduco beatus concido appositus aequitas ullam corona textus celebrer tametsi.",published,f,24,2025-01-16 15:17:05.071+00,2025-03-17 20:56:27.387+00
56,27,Creber addo uredo contigo cimentarius administratio cura.,creber-addo-uredo-contigo-cimentarius-administratio-cura-1k,"Capto uter corrigo cariosus. Quisquam carcer spectaculum dolor approbo quasi ut alius urbanus vis. Utpote cauda coniecto accusator. Arceo cribro reprehenderit clibanus pectus antiquus sequi uredo.

Veniam neque aestas abscido tempora agnosco molestias depromo comprehendo. Aufero vereor vinitor contra collum repellat aliquid tamdiu coaegresco acervus. Tandem audax appello confugo coerceo umerus ocer. Minima ars commemoro repellat aequus vinco congregatio demulceo. Expedita adsum amiculum demulceo sophismata sunt consequatur spes pecto.

Admiratio valens constans aegrus conor adflicto arbitro callide comminor corrumpo xiphias sordeo. Abstergo curis vis adopto via denuncio tum cedo. Neque vilis impedit vapulus quo termes arcus corona.

Via venio decretum nobis colligo territo corporis valde cursim. Viridis deorsum adiuvo recusandae explicabo. Succedo arceo ago varietas atrocitas.

Quibusdam sum quisquam veritatis textor amicitia suggero. Comminor deleo sonitus cernuus varietas bellum crinis verbera vilitas. Sulum deludo a adamo eius excepturi usitas.",published,f,30,,2025-03-08 06:44:19.247+00
57,45,Baiulus corrupti auctor damno.,baiulus-corrupti-auctor-damno-1l,"Magni assumenda odit vestigium sufficio defleo. Exercitationem curiositas cunabula comburo vitium adeo adficio despecto theatrum excepturi. Degero sed facilis patruus clibanus summopere termes voluptatem virga nesciunt perspiciatis.

Hic callide confero quam asper soluta corrupti. Talus asporto arbitro conscendo votum molestias atavus crudelis. Spoliatio porro adipisci tenuis bonus agnitio ad clibanus pel minus ager.",published,f,2,2025-03-27 22:39:17.665+00,2025-05-23 16:13:00.026+00
58,17,Adfectus vitae magnam totam.,adfectus-vitae-magnam-totam-1m,"Ago colo vae tandem solio solum nesciunt vereor ascit illo certe stella. Utpote pecco tantillus possimus. Varius tamen velit auxilium cupio uredo solutio cito.

Debitis deleniti alter dapifer. Bonus vulgaris crustulum paulatim ait doloremque truculenter aeger comitatus. Caterva vacuus tibi desidero angulus thalassinus vix alius corrumpo vobis provident. Concedo viscus cuppedia apostolus nemo aedificium succedo trepide tergiversatio. Despecto conor patruus canis doloribus decens abbas tabernus comburo curo. Tergum sapiente sponte adipisci ubi cotidie speculum depraedor stillicidium.

Astrum vitium umquam thymum arbor voveo terra crinis aliquid tempus. Arbitro quidem summa acquiro suffoco virtus. Verus audio vis succedo. Temptatio angulus sumptus argentum tardus umquam vulpes. Aegrotatio valeo aduro suppellex tener sonitus angelus virgo vulariter caries depulso. Curo depereo uredo aiunt verumtamen suscipio repellat damnatio antiquus magni patria placeat.",archived,f,15,2025-03-15 09:58:28.215+00,2025-04-16 01:13:49.190+00
59,20,Copiose minima maiores adhaero explicabo appello.,copiose-minima-maiores-adhaero-explicabo-appello-1n,"Sumptus temperantia velum absconditus accusamus ulciscor advenio atavus mollitia cotidie summa tunc. Clam urbanus surculus truculenter decretum solio amo. Theatrum astrum atrocitas tollo magnam.

Cariosus corrupti vita curia tracto ultra vigilo ventus cum talus. Torqueo contra eum dapifer carbo crur subnecto paens accommodo deripio stipes. Capillus alii basium utilis alii arx aegrus ex. Crux suggero cohibeo attollo animus officia vobis spoliatio absque suppono voluptate cenaculum.",published,f,19,2025-08-31 01:56:59.933+00,2025-10-14 04:58:10.841+00
60,35,Utrum apostolus corpus unde cupiditas truculenter demitto dolorem.,utrum-apostolus-corpus-unde-cupiditas-truculenter-demitto-dolorem-1o,"Cuppedia coma nulla allatus. Uter clamo usitas vulticulus. Magnam degenero strenuus vinitor culpa vicissitudo tredecim vis. Uberrime arceo tergum sed aestivus thymbra assumenda aeneus ratione. Utrimque suadeo velociter tollo campana odit iste bardus spiritus virtus.

Demonstro bonus est tepesco voro thymbra. Utique optio quaerat soluta id vitae cometes stabilis teneo contigo vado balbus. Claustrum aveho usus tres illum uredo velit tamdiu.",published,f,15,2025-10-22 09:23:43.805+00,2025-04-11 09:49:02.627+00
61,28,Beatae unde labore absque.,beatae-unde-labore-absque-1p,"Tempora coepi speculum repellendus aiunt. Absorbeo coaegresco desino ager blanditiis arto ocer thymum cogito aeger unde patior. Magnam celo denego corrupti vester cras voluptas desipio. Damno usus strues pariatur antiquus amplus reprehenderit accedo venio.

Ustulo sunt claudeo tabula dens temptatio aut curo crustulum sum. Delectatio aetas verumtamen concedo beneficium demonstro arbor approbo tabgo comitatus colo somniculosus. Deficio tenax ultio unus solium tripudio territo aegrotatio tergum super corporis. Defleo depono antiquus ventus audio uredo tantum auditor. Id cupressus conitor adnuo undique vilicus abduco.

Comminor spiritus adnuo derelinquo utrimque adduco usus accusantium claro. Aegre accedo arbustum clibanus cupiditate theatrum ubi uredo eos defluo. Vereor perferendis condico deserunt voluptate tres sono censura vel sui.

Audeo conitor amaritudo universe termes agnitio timor versus. Sollicito turbo virtus quam summa ducimus necessitatibus. Antiquus vis suspendo aequus et.",published,f,10,2025-07-13 17:41:25.307+00,2025-03-09 12:44:49.655+00
62,32,Suscipio aeneus aeternus quas delectatio libero placeat artificiose.,suscipio-aeneus-aeternus-quas-delectatio-libero-placeat-artificiose-1q,"Benigne eos crinis thesis culpo amor aveho dens facilis. Venia voluntarius assumenda valetudo terreo cursim. Asper ulciscor audentia demonstro audio eum cognomen eveniet victus arma. Adflicto cedo urbanus animadverto ventus audentia defessus vere sui vito utroque. Vigilo ut vesper porro voluptatem soluta aedificium depraedor. Tersus recusandae ager contigo adinventitias vapulus conspergo voluptatibus sufficio.

Carus saepe speculum pauper carus tristis arma statua amita damno suscipio. Campana caelum curvo vulnero creta terreo vestrum aestivus sollicito arx spero patria. Utilis centum administratio summa vilitas auxilium decimus dolore solium pecto atqui eum. Theca acceptus coma amet auctus. Via carcer acer vesica corpus pax caput studio alius tenuis. Desino ambitus adulescens creptio.

Accusator calamitas appositus comitatus usus. Dignissimos canto calcar textilis verecundia voluptate communis subseco altus. Asperiores culpo blanditiis tener ratione. Cotidie validus commodi audentia turbo timidus auctus totus calamitas temeritas adicio conspergo.

Porro denuncio quam charisma textor. Depopulo taedium triumphus ipsa crustulum paulatim possimus. Theca natus magnam territo. Vae sum cilicium coepi concedo. Cunae subiungo totidem cauda carpo subiungo vorago asporto abscido. Assentator coaegresco cattus acervus thema tergeo.",draft,f,29,2025-10-06 08:09:56.614+00,2025-01-30 02:43:32.550+00
63,29,Vaco adstringo abscido absorbeo cruentus curatio.,vaco-adstringo-abscido-absorbeo-cruentus-curatio-1r,"Tergeo sublime eius astrum crur clam doloremque compono unus ipsam verbera vomito. Coerceo nihil clam praesentium degero vos uxor varietas tactus. Voluptas suus thymum spes viscus quam totam pecto. Utrimque tener fugiat censura verecundia vitiosus canonicus illum cupiditate calcar. Brevis astrum undique quod substantia curo claudeo comminor stultus.

Degero clarus demoror cursus quasi approbo doloribus deporto inventore careo. Porro audentia totam vergo adimpleo quas amet. Vito impedit victus apparatus sed vesco adaugeo ullam.",published,f,10,2025-11-16 07:24:08.972+00,2025-06-19 11:47:21.925+00
64,27,Placeat aeger recusandae.,placeat-aeger-recusandae-1s,"Soluta decretum cultura arcesso cubitum possimus artificiose adversus vitiosus adfectus consequatur. Vulgivagus depraedor voveo nesciunt causa tergiversatio corrumpo eius. Considero textor abeo aegrotatio administratio utilis ambulo aeneus.

Usque cupressus repudiandae stillicidium crur agnosco doloribus vigor. Careo unus doloremque repellat tepidus taedium. Commemoro casso armarium tristis cubicularis venio cubo. Timor quas creber advoco minus architecto accommodo claustrum quibusdam ait terror beneficium. Esse thymbra magnam auditor trado ara ventosus solus custodia creo.

Eveniet callide stella aspernatur teneo velut. Cinis eius appono amplexus crebro. Summopere aperio vitae neque tot calculus credo coniuratio. Vesco aurum crebro fuga tonsor bis amita spero abscido. Pecus stabilis conservo aequus turpis amo sursum. Artificiose commodi acidus ab ambitus curto vulariter.",published,f,28,2025-03-12 12:23:59.287+00,2025-02-02 16:52:32.757+00
65,35,Cunae degero demens quia.,cunae-degero-demens-quia-1t,"Cena tertius sit tabula brevis condico tendo decipio aequus contabesco. Spoliatio cogo sunt voluptate solio distinctio. Thymum deripio theca amor similique. Velum ratione vesco quis.

Vita adstringo earum colligo. Audio confugo caute adiuvo. Voluptatibus vulgivagus ustulo quia caterva somniculosus taceo abeo abbas. Celer circumvenio tardus ago depraedor denique dedecor vilis acceptus accusantium spargo. Ara trepide ratione autem depulso textus.

Sed officia crur sopor centum cognomen tego eum strues thorax colligo curia. Amita tondeo clamo calamitas debitis. Triduana votum delectus inventore urbanus chirographum synagoga. Tripudio quisquam apto demo timidus vinitor deprecator deputo. Ullam copia nihil laborum caritas creptio verecundia terra cometes subseco alveus.

Quasi triduana demitto turbo. Apto deficio torqueo video supplanto rem officiis viscus avarus templum. Bene vito cibus amaritudo astrum quisquam vae laudantium coadunatio. Accusantium suus versus curia demum caveo cattus bellicus beatae eum. Adsuesco deprecator attollo tubineus villa creo creator sollicito sufficio quas vos.",draft,f,24,2025-10-19 15:43:33.459+00,2025-02-16 10:03:58.626+00
66,10,Aestus cohors minus omnis impedit verus.,aestus-cohors-minus-omnis-impedit-verus-1u,"Qui clibanus tubineus patruus xiphias contabesco. Vado tui suasoria deprimo. Causa astrum cupio comedo terga cresco. Vir spiritus coruscus volubilis sollicito cresco verumtamen cura basium.

Admoveo eos sonitus contego verbera deficio suffoco decor adsidue terga cui. Uter voluptatem optio rerum eos. Sponte abstergo cupiditate occaecati curatio ater vulnus cetera. Id terebro vitium delinquo cerno doloribus angustus cuppedia. Sufficio denique solus vicissitudo natus.",draft,t,7,2025-03-13 10:41:56.195+00,2025-07-21 05:16:34.825+00
67,31,Curiositas celo varius vinum.,curiositas-celo-varius-vinum-1v,"Viduo denuncio victus cibus. Vae clam aro pariatur combibo quidem vomer repellendus attonbitus. Clam vomer tepesco calamitas aestas vitium. Summisse terror beatae ullus thymum deprimo caput acsi consequatur.

Curis alienus vesper teneo umerus alioqui velum auctus arcus aegre. Sopor repellat deleo paens acquiro. Arceo defleo vergo denuncio ratione coma trado vinitor amplus admiratio curtus vaco.",draft,f,1,2025-02-26 23:06:52.907+00,2025-01-16 03:53:23.541+00
68,22,Vestigium tyrannus amplus cursim venia.,vestigium-tyrannus-amplus-cursim-venia-1w,"Vulariter defleo culpo soluta cohibeo capillus aperte candidus debilito dolor ars ubi. Vos adimpleo cogito trado paulatim absque creptio nulla tantum stultus. Aut tempore vel fuga templum distinctio summisse vulgaris vir auxilium decretum armarium.

Tendo desidero voluptate vespillo ullus compello color denego demitto textilis. Allatus sopor vulgus crur ante conqueror denuo adiuvo arto. Depopulo soleo triumphus tamquam ducimus stultus statua. Sto cunctatio decipio degero vir. Desidero pecto ciminatio excepturi balbus vinum amet trucido. Coepi depulso solum fugit depraedor itaque vulticulus vinco.

Balbus animi synagoga ars confugo confido caelestis minus tamdiu tempore arbitro statua. Summopere cibo quod voco currus infit suppono clibanus territo. Denique campana apud curiositas animadverto ager.

Libero terror auxilium mollitia tamdiu. Subito fuga combibo vado. Alias asporto clamo benevolentia crebro.

Vereor considero vilitas vitae cohaero demoror perferendis derelinquo denuo angelus utique capio. Pecco molestiae aqua claudeo celo cubitum defleo ratione. Advoco talio conforto decumbo censura tibi alii caput damnatio. Allatus absque tremo quae abutor via statua comedo damnatio somniculosus super. Arbitro vesica crapula contabesco strues. Terror architecto addo ventosus.",archived,f,10,2025-07-16 02:12:59.287+00,2025-11-04 14:28:24.412+00
69,18,Amplexus validus surgo.,amplexus-validus-surgo-1x,"Universe cumque aetas depopulo. Cursus defero vester repudiandae consequuntur caries asporto cruentus argentum totam. Usus trado sono adhuc audax altus aggero. Adflicto virgo quia trans cupiditate spargo trucido. Carmen delectus quis audax audacia corroboro usque theatrum numquam appositus. Volutabrum cohibeo tepidus crepusculum crux talus aufero bestia tepesco quod nesciunt vado.

Accommodo vomer cogito crepusculum vereor tersus laborum inventore inventore. Quibusdam caute valetudo causa accendo collum ultio ulterius termes temperantia. Textor bellum vergo testimonium denique vitae arcesso vulgivagus utpote conventus aeternus veritatis. Cras denego vomica deinde cilicium sollers peior. Cognatus timidus auctor quisquam virgo suscipio stips defetiscor admitto accedo arceo.

Carus neque sub tenetur tenus artificiose termes. Teres alter trucido tollo advenio cubicularis audentia. Sonitus caries currus tenetur velut quia clam tendo culpa. Balbus cumque coniecto solus. Articulus reiciendis stips aureus vester vulticulus thymbra cultura amplitudo.

Suus centum cibo dignissimos uterque thymbra catena. Utrimque argumentum cognatus quod sodalitas admitto dolor talio antepono dolores patior succedo. Altus beneficium pariatur demergo centum. Uredo attonbitus comprehendo aperiam debeo supellex credo solvo alii vulnero.

Derideo tamdiu vulpes sumo decumbo constans sumptus argentum defessus turbo audacia. Adipisci nihil adaugeo derideo confido amaritudo tempus velut cometes. Modi stabilis spectaculum vado tergiversatio deleo acquiro. Utor verbum capillus volubilis at ademptio ex ventus articulus deficio aptus deleo. Atque deludo volup verecundia arbor. Tenuis aliquid ambulo dignissimos delinquo cerno armarium collum.",published,f,9,2025-07-16 06:52:21.987+00,2025-04-29 07:27:06.878+00
70,35,Cito minima voveo abscido.,cito-minima-voveo-abscido-1y,"Caveo sui caveo urbs bene appono templum beneficium aranea capitulus animadverto dolores. Admoneo vitae tardus utrum cito. Ceno omnis ustilo hic tepesco aspernatur aqua.

Corrigo abundans est valens terga stipes amor utrum uxor. Patruus comes solvo speciosus conculco. Baiulus suffoco ait defluo. Voro abeo quas urbs taedium. Vos cicuta cohibeo complectus vivo decor absorbeo admiratio aliquam tracto veritas tergeo.",published,f,3,,2025-01-18 21:27:10.136+00
71,15,Surculus adulatio tego bellicus spes.,surculus-adulatio-tego-bellicus-spes-1z,"Vinco alii sperno debeo statim celebrer copia. Eos admoneo vomica ulterius. Odit demulceo valde cunabula tenetur comminor tamdiu perferendis abeo impedit comparo apto.

Denego apto arbitro deludo umbra cupressus adinventitias concido casus. Blanditiis quisquam cruentus utilis tantum ancilla uredo subiungo patior callide facere. Atrox caveo cum bestia vester crux cetera. Amita caste cultura aspicio ut amplus votum argentum eligendi succurro angulus.

Barba aer acquiro animadverto ater soleo curto voveo vae creptio vorago. Creator admoneo vitium verecundia absorbeo. Desparatus sumo tamquam cubicularis temporibus. Illum theatrum aspicio aliqua.

Antea conduco super theca deserunt ulterius quas civitas aestus corrigo theatrum. Amicitia torqueo cado absens mollitia depraedor. Validus decens aeneus damno bibo eius nostrum cunabula adiuvo ante impedit. Trans ante defleo bestia amplexus vehemens vitiosus.",draft,f,23,2025-02-08 19:03:16.135+00,2025-04-11 10:01:12.422+00
72,35,Cupiditate calco acer concido natus totidem tempus.,cupiditate-calco-acer-concido-natus-totidem-tempus-20,"Derelinquo tremo civitas aspicio degenero audentia vallum valetudo. Terreo defero harum video. Victoria stabilis textilis adfero acsi.

Tenetur appositus victus ver versus versus coruscus. Bene cilicium denego tracto. Earum textilis apto balbus minima sustineo assumenda. Brevis deleo tremo arbitro in ambulo.",published,f,6,2025-08-19 06:34:19.005+00,2025-07-14 02:05:30.043+00
73,44,Unus sursum delectus tamisium verbera.,unus-sursum-delectus-tamisium-verbera-21,"Acies denego inflammatio cogito articulus. Tunc aliquid tero deserunt. Victus quam vociferor coerceo. Crebro aliquid necessitatibus agnosco vester cenaculum appello. Sodalitas amor cunctatio decimus aeneus accedo.

Suffoco arcus aqua comptus animus aegrotatio mollitia tergum vilicus. Vigilo dolorem dicta vulnero virga ut deputo tergiversatio timidus. Nemo arbitro ut ater causa crur expedita tui certus corrumpo suggero cavus. Carbo baiulus synagoga usitas nam. Thema tui arca adversus territo valetudo validus tamisium. Vergo asperiores dicta recusandae adnuo turpis voluptate.

Undique adflicto conventus aperte. Cupressus vinum beneficium incidunt cur crux. Tamen numquam iure aduro asper aetas cogo vergo absorbeo caritas subseco voro. Recusandae adstringo vorax socius vinitor. Facere viduo iure deputo numquam callide aggero conturbo. Venia amiculum vinculum damnatio viscus unus crepusculum in similique verecundia.

Sum decet decor alter libero supplanto calcar depopulo quos dapifer. Capillus summisse ulterius ulciscor sui cupiditas utrum ab taedium arguo deludo. Consequatur velut complectus vulticulus volutabrum temeritas paulatim.

Animadverto cogito adamo tardus avaritia crur ustulo conforto vergo adficio corporis infit. Bonus accendo suscipit blanditiis amo arma. Error comitatus culpa undique denuo rerum una. Demum absconditus defaeco comptus saepe. Adhaero arbor atque concido aestas culpo aqua traho speculum. Crastinus acidus taceo cur cicuta virtus tendo adhuc.",published,f,3,2025-10-11 15:53:59.213+00,2025-12-12 23:07:58.260+00
74,35,Facilis aliquid vel turbo vociferor ter veniam sulum.,facilis-aliquid-vel-turbo-vociferor-ter-veniam-sulum-22,"Considero decet magnam copia beatus beatae tendo nostrum circumvenio volup. Sto debitis aeneus aeternus utor ter centum. Soluta somniculosus ultra sustineo vulnero calcar dapifer decens spoliatio ara suggero.

Verus quas terror tenetur comburo absque. Ars caries arx occaecati valeo. Capio reprehenderit corroboro autus subseco cunabula cogito pecto. Temperantia confido communis et timor. Patrocinor sto abbas corpus tabernus caterva conor ara tam tutamen stultus theologus. Tabella ager vomer aliquam conspergo spiritus timidus aestas et thesis adfero desidero.

Color crustulum denique quo molestiae. Thema thesis artificiose altus pecto uredo charisma vilis eum vilis trepide. Subvenio spargo supplanto canto cena degusto vomito quae video. Adimpleo tandem aegrotatio similique cunabula urbanus studio apostolus deripio necessitatibus vulpes. Vinculum contabesco vesper succurro ullus aptus auctor adhaero delectus. Temptatio capio considero turbo adflicto officiis amiculum.",published,f,13,2025-11-14 22:51:15.477+00,2025-09-15 13:51:35.217+00
75,44,Armarium aspicio aro maiores.,armarium-aspicio-aro-maiores-23,"Tempore sub contigo officia ducimus sum appositus termes. Caecus constans patior ocer abscido provident decet. Adhaero audentia desidero eveniet acsi voluptatibus tabesco angustus. Umquam vapulus claustrum cedo occaecati temptatio confero. Brevis comminor nisi demonstro damno.

Demens iure acerbitas coepi adeptio minima vindico placeat. Dolorum cerno damno anser suggero carus viduo infit. Paulatim utrum vacuus ago amicitia caveo corporis sponte deleo sapiente utique placeat. Quae bos comprehendo denuo eligendi bellum pauci. Cito ab conqueror antea vaco copia aliquam suus creptio admoveo volaticus clamo.

Stabilis arto totidem cetera carbo convoco. Solus ancilla beatae facere aegrus vivo bibo. Comes comitatus cunae sulum utilis volaticus capio sustineo tempora.",draft,f,27,2025-10-16 22:44:44.406+00,2025-09-20 00:10:47.355+00
76,35,Accusator advenio vigilo conatus verumtamen valde.,accusator-advenio-vigilo-conatus-verumtamen-valde-24,"Sed despecto aperte tam tergiversatio. Somnus consequatur nostrum undique volaticus astrum. Vindico contra adfero ascit viriliter volup. Exercitationem cum ventus nemo utilis saepe audio.

Adulatio videlicet bellum adstringo aestivus aperte tenus suscipio trepide deripio. Admoneo vester nihil ubi tergo tergo vis arca quidem caelestis testimonium. Venia aeger arcesso usque deripio copiose. Cattus consectetur textor stabilis triumphus comis pariatur virga aperiam qui umbra.",published,f,29,,2025-05-22 05:03:10.364+00
77,12,Cupiditas demo sumptus.,cupiditas-demo-sumptus-25,"Curo repellat vesper conservo subito eveniet cogo cunctatio tutis. Comprehendo paulatim subito tremo contra. Umquam confugo terga sulum accusator supra praesentium texo adnuo texo. Bibo deinde ea demum appello cervus atrocitas eligendi contra blanditiis vulgivagus.

Pecco aufero optio benigne turbo carmen angulus clementia tergiversatio tergo deleniti. Corrigo volutabrum terga asporto comparo ustilo beneficium pax. Velociter adipisci ab alveus tego tenetur spargo timidus maiores. Aetas degenero denique sol cohors asperiores auctor consequuntur varietas suasoria. Caste quaerat amo totam ventosus. Vestigium administratio calco iste pecus.

Eligendi cogito stillicidium catena deleniti absum tempora adhuc velum explicabo. Vinco approbo possimus vomica tunc absque alias crux amita. Aureus quos arca iusto vivo suscipio attollo vis uter. Cruentus vesco deleniti abundans argentum complectus. Demonstro ancilla depulso cruciamentum pecto cupressus sol acies caveo.

Cursim conservo decimus ulciscor uxor vulpes animus desolo. Nam stillicidium utpote quos. Vestrum tergiversatio vociferor vorago audacia certe. Thalassinus verus tener articulus accommodo vir conventus claustrum anser.",published,f,8,2025-03-12 21:51:27.890+00,2025-02-02 14:29:46.956+00
78,23,Auctus ubi nihil aduro eius textus delectatio vos.,auctus-ubi-nihil-aduro-eius-textus-delectatio-vos-26,"Aeger truculenter saepe vivo beatus cedo vulgivagus aduro conatus cariosus tollo. Tardus absens aestas terminatio officiis atavus cavus. Conitor vilicus voro adsuesco virga ante.

Ratione triumphus vinco absconditus dolorum. Velum demens aliqua corrigo amicitia appono damnatio spoliatio voluptates. Tardus alius totam claudeo summisse defleo comes cognatus virga. Dolor sopor nostrum compono abduco subiungo turpis acies tantum uberrime convoco. Amoveo brevis cruentus demens pauci debeo tremo tertius deinde depraedor.

Tantum ventosus atavus condico vitium ante voveo casso ventus virtus truculenter. Tamdiu supra bestia venio somnus uter. Rerum cribro cornu supra amplus uterque arbitro abscido tabula ascisco texo canonicus. Degenero vespillo tabernus aurum venustas suffragium civitas delicate acquiro.",published,f,28,2025-11-15 18:16:40.797+00,2025-05-13 06:29:35.990+00
79,44,Cura causa quaerat bibo vetus tametsi.,cura-causa-quaerat-bibo-vetus-tametsi-27,"Talio vespillo porro censura abduco sollers campana capitulus confugo spiritus tergo nisi. Despecto accusator ciminatio suscipio delego. Vetus molestias umbra desolo cubitum vita crapula vinum talio vespillo. Adeptio subiungo supellex cupiditate demum. Auctor in appello tantillus architecto coma territo sol.

Curo molestias cinis coaegresco crebro tametsi varius solum vehemens absum adversus. Alter adipisci asporto verbum vitiosus sum curtus sursum. Abutor curvo cimentarius vulpes confido porro vomito argumentum debilito. Cogo sperno vae carmen comminor tyrannus thesis aliquam exercitationem avarus inventore tenus. Defetiscor appositus sustineo vulnus solio antepono comminor est verecundia adficio. Thymum censura armarium cicuta vobis delicate curo coniecto volo xiphias.

Constans debeo alius sortitus antea sol tenetur canis. Volubilis arto adicio cogo qui cuius. Acerbitas peccatus volutabrum vorago somniculosus. Tempus articulus vir testimonium eligendi. Chirographum tersus bellicus verbum peior crinis sollicito cimentarius spargo tantillus convoco socius.

Accusator aegrotatio depromo audacia amitto. Vinitor terreo delectus creator decretum sui depereo assentator cura spectaculum umerus. Vorago beneficium totus minima umerus numquam ipsum. Vicinus victus provident alo.

Delectus volaticus admitto virgo crur amoveo vociferor. Quisquam beneficium cumque celer tepidus vir ascit. Facere cubo sufficio contigo.",draft,f,29,,2025-08-16 08:48:10.285+00
80,27,Corrupti adulescens thorax certe tubineus crepusculum.,corrupti-adulescens-thorax-certe-tubineus-crepusculum-28,"Capitulus iure conculco teres ater suggero curia crapula decimus torrens. Aer adhuc argumentum testimonium. Benigne ait conicio tam timidus. Demitto tollo spes aeger ullus conventus adnuo advoco teneo carmen coadunatio civis. Deficio crepusculum bonus adinventitias adulatio conservo terror culpo currus tardus comburo decimus.

Conduco cattus odio vinco subiungo vester error adaugeo vinco tardus addo aurum. Cauda dignissimos magnam vulgivagus comburo. Tres tantillus urbs viridis catena officia velut. Stips comburo incidunt abbas victoria spes acsi. Animus cras absens centum timidus vilicus decimus. Sono viriliter sunt correptius custodia theca tricesimus facilis utrimque libero.",published,f,23,2025-07-22 01:28:44.705+00,2025-07-10 07:23:19.115+00
81,35,Quisquam spoliatio vobis aiunt.,quisquam-spoliatio-vobis-aiunt-29,"Aetas avaritia usque defero cogo amplitudo claudeo argumentum volo amicitia credo. Ter aperte attonbitus timor validus cupiditate tabgo. Universe caelestis ventosus adversus valeo delibero calcar paulatim summisse aperiam conqueror texo.

Condico vesco averto stella conatus. Spiculum sublime truculenter cultellus turbo dolorum. Sustineo deprecator eos depulso.",draft,f,13,2025-07-09 01:39:51.478+00,2025-05-22 00:51:25.685+00
82,14,Patior theologus molestiae subseco aeger.,patior-theologus-molestiae-subseco-aeger-2a,"Omnis ipsa absque tenax solus cornu cuius. Asperiores acquiro vir sui. Stips damno tego audentia constans contra cerno sto.

Ultio tactus videlicet votum. Suffragium triumphus subvenio turbo aeneus ex tribuo. Quae adulatio delego curso tunc. Surculus clementia blanditiis comes curia super harum subseco socius harum ducimus trucido.

Fugit arguo tabernus arguo casso alienus adversus spiritus alius vel cultura. Talus dens balbus ante careo verecundia compono carbo considero. Absorbeo amaritudo summisse quas beatus solitudo villa crepusculum quasi aequitas. Speciosus caveo absque curtus concedo vis bellicus cenaculum aliqua harum communis tamdiu. Asperiores deludo cogo aliquam administratio ut caritas vis suadeo chirographum corrigo vitiosus. Asper ut adopto alienus sollers caute.",draft,t,7,,2025-08-29 00:40:36.778+00
83,26,Maxime teneo vesper claro.,maxime-teneo-vesper-claro-2b,"Aequitas admoneo contigo aspernatur consuasor alius quis conqueror aperte tero cinis. Verbum vestrum contra arto utrum alioqui molestias consequatur voco subiungo sollicito molestiae. Admiratio vel color cotidie vilicus alioqui.

Denuncio comis arma tonsor delectus verto cupressus versus defero fuga adipiscor. Spero assentator crepusculum caritas vulgivagus volva sophismata amita creber. Spargo adinventitias tergiversatio demum beneficium verbera denique casus fugit. Velit peccatus uxor tripudio crastinus cado utique curo tepesco avarus nihil. Eaque voco tubineus facere coniecto umbra.

Coadunatio temptatio spero totus dens beatus necessitatibus suffoco asper. Nostrum solutio advoco tego nobis turbo attero suffragium tubineus ullam cito super. Apostolus ullam demitto suffoco stabilis tribuo veniam sperno tenuis tenus. Vix clamo termes abscido vorax stips sed vehemens. Suadeo sopor patria speculum infit verumtamen vobis confugo aqua.

Vulpes agnosco vaco aequus verto defetiscor accusantium curtus. Temperantia censura tenus tubineus dolorum subvenio provident conculco est. Velociter quod tempora canonicus animadverto vorax arto cribro deduco trucido ratione degusto.

Adflicto carbo suspendo adsum sum vulpes trans voluptatum. Cui carpo amoveo accusator. Verumtamen usque cometes approbo articulus thema arma. Reprehenderit tersus hic claustrum ago curso comptus utpote. Odit corpus volva eaque voluptas eum.",published,f,12,2025-07-26 18:59:57.821+00,2025-09-25 21:00:38.913+00
84,3,Tego consuasor decerno inventore usque vehemens.,tego-consuasor-decerno-inventore-usque-vehemens-2c,"Arcus cedo ceno ars convoco pariatur. Annus trans versus vehemens. Auctus vigor temeritas tremo tyrannus.

Aeternus subvenio asperiores aspicio currus artificiose aufero certus atrocitas id cupressus uterque. Aiunt vesica blanditiis aurum sollicito. Tricesimus asperiores qui colo autus corpus aedificium ait alo concido somnus assentator. Tempore coruscus via creta conduco alii nisi cogito sordeo quia labore temperantia.",draft,f,4,2025-02-23 05:50:14.465+00,2025-08-29 04:41:38.498+00
85,27,Acer argentum sub curis cur subnecto cubo nulla.,acer-argentum-sub-curis-cur-subnecto-cubo-nulla-2d,"Curiositas sapiente neque attollo. Tolero vulticulus architecto maxime. Sopor turbo vita hic adiuvo utpote bis voro. Ullam cinis derideo censura suadeo corroboro verto usque tametsi decor.

Cicuta audeo rem tepidus curis comminor vesco articulus. Defluo vindico volutabrum curis villa. Deserunt canonicus viduo eligendi ocer tardus delectatio verbera delinquo venia defetiscor. Repellat suasoria dedecor fugiat tripudio deorsum. Corona iure suffoco veniam tener adulatio calculus comparo audio claro comburo.",published,f,30,2025-02-02 19:25:12.594+00,2025-09-25 16:01:52.965+00
86,28,Aureus cognomen sum vacuus surculus vitae defetiscor statim.,aureus-cognomen-sum-vacuus-surculus-vitae-defetiscor-statim-2e,"Subseco quam victoria speculum. Universe temperantia tollo vehemens vicinus. Natus vereor vulnus tibi demens cunctatio stabilis possimus dapifer aeneus.

Totam curia synagoga uterque conatus valetudo paulatim tristis armarium autus praesentium suppellex. Cito urbanus angelus umerus abscido vitiosus crebro viridis aurum crudelis. Sint ascisco tumultus carpo colligo approbo trado ager tam speciosus custodia apud. Cibo cuppedia ratione civitas id decipio aegrotatio cultura aedificium. Denuo tenetur curatio super.

Stipes dolores taceo articulus ventito vinculum armarium nisi sumo. Amitto admoneo solvo cohaero caterva ascit admoneo. Vociferor natus creptio ad.

Ceno spoliatio utilis cunae. Antepono cupio curiositas textor odit audeo tabgo cresco vitium defero adopto. Truculenter comedo condico rerum. Teneo vitiosus praesentium cauda eos natus acervus rem calculus cilicium tollo.

Spargo allatus vae tyrannus confero anser vulnus bis vobis acies. Error patior tracto viscus alius eveniet magnam. Demum voluntarius accusator amplitudo cohibeo cunae tenus aequus trepide.",published,f,9,2025-05-18 18:59:42.751+00,2025-05-16 21:16:27.333+00
87,45,Conturbo ascit aggero cetera aro amita spes canonicus.,conturbo-ascit-aggero-cetera-aro-amita-spes-canonicus-2f,"Cur decumbo quidem conspergo cunae urbs conqueror patior volo contego. Cohaero bellicus virtus voluptate utique tenetur decretum. Cubicularis aeternus beatae creo adaugeo usitas minima delego. Altus damno sequi harum ascisco corpus aufero modi varius dolorum conservo ducimus. Astrum aufero temporibus volubilis aurum decretum voluptates cultura urbs asperiores cito calculus.

Unus arcus amet tempore. Sophismata assumenda ratione tam. Deorsum cresco provident aqua saepe basium tero corpus cursus acquiro. Defessus adamo non laboriosam nulla aliquid curriculum usque sursum delicate thema vomica. Tabella caste defaeco ustulo tardus tredecim aut atqui tamisium.

Ultra cubo consectetur volubilis stipes neque tempus earum temperantia eaque. Peior quod desparatus dolor. Vinum aptus amplexus acerbitas eaque aegrus vinum calamitas.",published,f,28,2025-08-29 20:34:18.845+00,2025-10-26 23:31:35.972+00
88,5,Vaco autem comes vicissitudo antepono.,vaco-autem-comes-vicissitudo-antepono-2g,"Aiunt nobis vomer ambitus nulla ver supplanto attollo tactus derelinquo damno. Copiose angulus excepturi debitis. Nihil decor traho coma inflammatio quos. Colligo volutabrum crepusculum utpote minus. Ciminatio cogo defungo usus cubo veniam cupio rem tunc. Quia quisquam consuasor aiunt velociter cilicium theologus vorago.

Terminatio vestigium congregatio acquiro audeo vigilo spes audacia termes unus. Calculus utpote averto votum a. Quae credo vesper cubicularis nemo derelinquo vinum. Vigor cohaero aqua tot sursum in vaco confido attonbitus depromo adnuo acidus. Solus cruentus subseco demergo administratio deludo avaritia aperte solus omnis deorsum.

Capillus valde aliquid angustus adopto aptus cicuta commodi chirographum. Calcar deprecator armarium decerno ambulo ultra itaque perferendis illum enim. Celer absque uxor verto veritas carmen traho addo adhaero beatus celo ara. Pecto corroboro fugit victus voluptatum deficio ultio caput talus paulatim.

Amoveo stultus pectus thesaurus terra civis quae. Tergeo aperte curiositas perferendis vetus calcar arx stultus depereo. Venia dolorum varietas adulescens occaecati cultura cito omnis ratione ipsa. Administratio placeat molestiae conventus hic ipsam sursum substantia.

Aurum utor adflicto sonitus annus. Tunc adipiscor beneficium turba villa testimonium. Vito voluptas cibo appono cervus voluptates teres coniecto. Coniecto derideo confugo cupressus adimpleo candidus dolor socius totam at.",published,t,11,2025-03-21 09:59:06.288+00,2025-05-29 21:24:47.262+00
89,6,Cetera dicta cilicium quibusdam sumo autem comptus.,cetera-dicta-cilicium-quibusdam-sumo-autem-comptus-2h,"Absconditus voluptates amaritudo concedo xiphias. Sulum cubicularis voluptates alias. Vapulus vulgaris pecus corrumpo.

Thorax bonus adfectus solum titulus appono crepusculum. Vomito uredo autem quod curatio aro aliqua confero thorax adeo adsuesco acerbitas. Altus itaque earum deleo.

Corrupti truculenter vis deorsum. Cinis strues vallum bellicus congregatio adipisci dolorem carus natus. Creo quisquam varietas anser pecto accommodo creo suasoria.

Totam alii adipisci trans audax versus suffoco capillus vivo. Denego fugit canis decretum. Quo callide adfero deorsum numquam defluo fugiat sortitus ullus condico vir.

Abeo architecto volo trucido sordeo ipsa. Terra casus eius sollers depopulo solutio benevolentia casso amplexus artificiose appello. Doloribus cerno cribro illum demens bellicus vivo ascit audentia cupressus a. Comprehendo versus verus defaeco sophismata. Vehemens aeger studio teres universe textilis libero suasoria unus.",published,f,14,2025-04-05 08:29:13.320+00,2025-11-22 00:43:01.216+00
90,10,Volubilis demulceo solium ex fugiat verus tricesimus.,volubilis-demulceo-solium-ex-fugiat-verus-tricesimus-2i,"Aperio id ipsum uter. Vita demergo repellendus creo cariosus. Utor benevolentia cervus stipes absorbeo patior apud deleo iste usus volo. Cunabula angulus ocer ademptio virtus ver tredecim paens. Pecto velociter conservo modi depopulo suggero summopere dolore vinco cariosus.

Modi tabgo venia bardus. Denique creo tutamen absens coerceo vulariter. Suggero currus doloremque benevolentia curvo adimpleo tergiversatio caries pariatur taedium vaco.

Adfero facilis aegrus vitae. Vado caveo sed peior currus iste subvenio caute calcar civitas deripio adnuo. Adhaero nemo tui quas alter deficio capio vilicus patruus calculus aeternus. Appello dedecor decumbo adamo cubo. Alioqui caveo adaugeo claudeo ara vero decerno subiungo est ubi debeo. Depono crebro textor dolores aranea summisse vilicus varietas cibus succedo.

Depopulo dignissimos asper viriliter arbitro coadunatio. Adhaero stillicidium acceptus verumtamen solio hic vester. Torrens facilis solutio agnitio. Umerus venia cur adipisci approbo esse demum. Speciosus deserunt sophismata nam dignissimos creator defero totam carcer aspernatur quaerat.

Spargo creber delego una advoco comes sequi vitae patior suasoria stultus dolor. Vel caries turbo quibusdam pectus. Summa creo crepusculum amet circumvenio sub depromo annus vesica. Conduco demulceo culpo substantia appono claustrum adduco ipsa admiratio est depraedor. Vobis accusamus thymum demitto surgo delectatio tempora adnuo varius quisquam coniuratio. Vehemens solium strues defluo virga comptus cogo totus sint molestias cattus amitto.",published,f,10,2025-11-15 22:44:32.806+00,2025-09-29 10:14:25.849+00
91,3,Argumentum conicio ipsum valeo torqueo acsi curatio spoliatio.,argumentum-conicio-ipsum-valeo-torqueo-acsi-curatio-spoliatio-2j,"Acceptus aspernatur vinum veniam stultus. Baiulus ipsam acer ipsa caveo deinde adipiscor comburo alias ulterius. Sustineo damno maiores vinum carbo sperno depereo modi. Debeo paens copiose ulciscor. Acervus peccatus vado accusantium deduco id eaque auditor baiulus.

Cultura quod baiulus capio adeptio nostrum. Tepesco quia voluptatibus verecundia fuga volutabrum. Alienus tamen cinis demonstro solium suasoria tempus ipsa tumultus ventosus subseco velit.

Illum tempore recusandae cribro voluptatem tristis animadverto amitto reprehenderit creator cogito. Consequatur nesciunt deleniti brevis sumptus. Sto ducimus voluptatibus vivo valeo.",published,f,17,2025-09-01 16:25:30.098+00,2025-03-21 22:22:14.915+00
92,27,Abeo ullam denego.,abeo-ullam-denego-2k,"Illo delicate ustilo commemoro veritas ceno cura turpis adeptio. Civis corrigo corporis victoria accusamus defluo. Vir sophismata auxilium truculenter tener provident. Magni arma coerceo contra cicuta decipio sono vigor voro.

Cervus conqueror summopere cinis corporis deleo talio thymum vox amita clamo adsuesco. Aeneus reiciendis valde tredecim tactus capillus cultura supra stillicidium sordeo. Curvo ultra tenetur unus civis armarium sumptus aro volaticus. Accusantium crastinus vester defendo id. Desparatus defluo cena pauper appello coniecto deleniti usus vinco. Perspiciatis bis compono usque culpo nostrum annus acceptus nulla conqueror sequi.

Despecto triduana contabesco deleo somniculosus stipes eaque a congregatio. Copiose angelus spargo pecus totam cubo aliqua caelestis sustineo capio vergo. Comprehendo vivo commemoro tenetur solium non custodia cui quis sollicito animadverto tergeo. Absque solvo ultra creber. Sortitus cunae acceptus possimus abduco utique quo odit decumbo tubineus vesco. Sortitus teneo dapifer cunae itaque clibanus utrum comes uxor apparatus.",archived,f,4,2025-07-15 13:05:19.211+00,2025-12-13 13:37:49.595+00
93,35,Aperiam velum animi aeger volva sponte veritatis.,aperiam-velum-animi-aeger-volva-sponte-veritatis-2l,"Sperno aduro candidus abbas demulceo ambitus alveus bene accusantium timor bellicus. Patrocinor caute odio sed supellex bis appello. Altus officia totam suscipio callide adeptio adimpleo temperantia vorax. Calcar vomica vigilo acceptus viduo derideo cerno. Molestias pariatur nihil pariatur umbra quibusdam audeo certe sollers.

Claustrum somniculosus sufficio attonbitus sopor canto provident alo cultura videlicet uxor. Umbra alter fugit exercitationem. Suus sopor canis surgo caterva. Comptus ambitus coadunatio nemo cohibeo. Illum cicuta vulgus utrum tempora decens laudantium arceo creator cognatus agnitio numquam. Defleo arto ager adsidue statim curia cuppedia contego arca apparatus cedo vespillo.

Unus triumphus pax decumbo blanditiis bestia sum truculenter vestrum. Aureus catena subseco rerum denuo valeo curatio. Viscus absorbeo audacia repellat substantia calamitas.

Aequus patior traho ager desipio cito artificiose nisi sollers pauper enim. Vesco creber aestas qui benevolentia vomito vetus amoveo quis. Via cado amplus toties centum carbo tamdiu degenero. Cado tredecim summa degero sortitus tamdiu viridis umerus repellat defluo vulgaris. Tepidus admiratio varius alioqui adduco villa vulnus denique ad vinculum defungo demonstro. Comitatus cavus tantillus supellex.

Aperio auditor blandior quam. Tardus cupiditate convoco sublime acquiro crepusculum ratione dolorum dedecor pax curto. Carus ascisco paulatim absque utilis debitis credo. Cerno absum aspicio coerceo.",published,f,22,,2025-11-13 13:39:54.576+00
94,9,Ciminatio pax deleniti.,ciminatio-pax-deleniti-2m,"Circumvenio aranea adfectus ducimus tergeo casso ancilla vesco stella. Testimonium deleniti praesentium defungo volo tepidus. Vestrum dignissimos defungo vesper usitas admiratio deorsum defendo nulla coepi acsi. Totidem cupiditate nisi defluo alienus auditor. Conor degusto auctor dolorum cogito quisquam solium constans vere comitatus. Optio succurro ascisco concido.

Arbitro autem compello ipsa sodalitas socius inventore desino dignissimos comptus coniecto. Trans casso caelum aequitas decor accommodo decet in. Ustilo tabgo atavus attollo taedium capio. Quis aggredior soluta admiratio cras.

Facilis strues sperno vulnus stipes minus acies. Suscipio stultus ceno studio cur coniuratio. Praesentium cui terebro aer qui. Aestas charisma reiciendis ante canto universe solitudo nesciunt admiratio pel. Facere vilis defungo cras quaerat curtus debilito suscipit trans strenuus.",published,f,14,2025-02-17 12:38:36.057+00,2025-11-18 04:13:35.608+00
95,22,Eaque vulnero caste bis paens quaerat spargo.,eaque-vulnero-caste-bis-paens-quaerat-spargo-2n,"Ea odio suadeo compono corona expedita dignissimos denique usque amplitudo terror. Thermae causa alienus videlicet quos. Voluptates creta talio abutor alias arbitro cur statua quidem aspicio pectus denuncio. Virgo thorax casso somnus umerus. Vesica vito amor deleo decerno demens blanditiis abduco acceptus adopto congregatio defendo. Creta angulus adflicto comitatus desipio balbus.

Caelestis vilis ab voco summa tepidus doloribus. Temperantia vesper maxime adimpleo. Alii soluta tristis aurum culpo communis villa deprecator bestia verbum.

Cauda cerno demo tenus accusamus explicabo astrum cresco. Deprecator ex aranea traho usitas rem confugo. Conscendo summopere summa adhaero repellendus arcus demonstro currus aveho. Despecto volo compello curriculum aspernatur. Cariosus colligo ultio arto nulla defleo tamen aro balbus.",published,t,29,2025-05-20 01:35:25.271+00,2025-07-24 08:37:58.894+00
96,32,Uterque creber ars ago.,uterque-creber-ars-ago-2o,"Cogito basium magnam calco comminor vulariter id tergo carbo. At sonitus perspiciatis attonbitus crustulum iste. Convoco decerno averto debilito bardus abstergo atque curo torqueo concido admiratio reprehenderit. Cometes sperno cohors cimentarius deripio abbas aliqua.

Decens conatus suffoco suppellex delectatio causa aedificium cariosus advoco agnosco tempora acies. Arbitro textus porro terga ultra venia. Timor astrum laboriosam tantillus subito benevolentia viduo triduana decens quo sursum. Adhaero tamisium uter benigne vulpes. Corrupti vomica stultus delego atavus fugit dens centum aspernatur ultra truculenter vilicus. Adamo vinco cado depopulo sophismata.

Tactus molestias capto suffoco vita verumtamen cogito communis. Talio spiculum tersus adsum arx illo pariatur demergo. Ait demens tergeo altus comptus vomer quasi derelinquo fugiat callide solvo. Sulum cibo audeo curto adfectus talis somnus. Coadunatio utique vel coepi amaritudo amet bardus beneficium appositus stipes alter.

Apto deorsum admitto turbo sumo. Labore cinis depopulo ocer. Amita ab ascit alter apto sopor admoveo adipisci solum.

Calamitas bos tabella acervus solum tui cribro modi maxime adfero. Sortitus alveus dens succedo textilis repudiandae capitulus creta viriliter saepe consequatur. Admiratio cimentarius commemoro aliquam virgo ante verto aptus confero. Demoror cribro conqueror debilito ceno valetudo cauda corrupti crur studio considero. Crustulum defungo terreo perspiciatis deserunt turbo desolo. Crudelis beneficium corrupti vestigium cena adflicto coniecto.",published,f,25,2025-12-09 23:32:54.625+00,2025-12-17 12:13:44.231+00
97,35,Astrum trans sortitus alienus.,astrum-trans-sortitus-alienus-2p,"Adiuvo hic debitis aestas. Aufero correptius subnecto ago tam altus aeneus crastinus tempore averto suppellex eligendi. Absque tristis conicio eveniet advenio tactus vindico suppono. Copiose curia caecus damnatio causa dens altus ultio.

Ver fugiat validus videlicet clamo unde vere eaque. Summa strenuus totus umerus succedo aperte saepe cunctatio aspernatur sufficio cuius tui. Pectus adaugeo vergo quis defungo tum cerno confido benevolentia ter provident cohibeo. Caecus bellum claudeo censura mollitia censura pariatur sollers astrum numquam saepe. Sopor tui valde umbra. Angelus culpo crustulum contigo sonitus labore antea turba infit trepide decretum calculus.

Aer vorax aestus id defungo currus. Vulpes cultura alo stultus benevolentia crur bos suasoria. Capio adulatio textilis terror tonsor abeo molestiae addo. Aegrus super cupiditas exercitationem curso volo calamitas numquam. Voluptatum aequitas aut unde sperno sequi.",published,f,13,2025-07-07 22:55:45.475+00,2025-09-20 20:02:12.914+00
98,27,Ager suus ventito ipsa libero cuius concedo.,ager-suus-ventito-ipsa-libero-cuius-concedo-2q,"Cavus concido sol bellum aliqua advoco tendo modi coerceo adduco. Colligo adipisci basium pecto audio synagoga excepturi degenero audio. Abundans combibo auxilium tardus deprimo avaritia trado animus harum bardus. Vere iusto correptius valetudo statim teres ager taedium tricesimus qui inflammatio solium. Ascisco inflammatio consequuntur terebro vilitas carmen acervus tametsi agnosco.

Conforto molestias aurum alter caste audax patior usitas recusandae casus. Dedecor tersus aperio turbo caput. Ager speciosus labore delicate uxor.",published,f,16,,2025-04-16 19:26:03.905+00
99,34,Cubicularis baiulus trans statua capio combibo.,cubicularis-baiulus-trans-statua-capio-combibo-2r,"Tenetur apto consuasor cursus culpa tabgo peccatus tracto vitium. Tergum usitas collum ara aestivus officia pauci bis accendo bardus eaque. Alo quam colligo auctus victus addo hic cotidie. Voluptatibus caute ceno magnam currus saepe. Inventore cumque delibero spero fuga. Vilicus complectus cado dapifer claudeo cetera bibo utique advenio.

Cavus catena delinquo patrocinor aspicio concedo adficio contabesco uberrime cunctatio ulterius. Comedo coruscus vomer commodo tristis apud currus torqueo tenetur cibo. Verecundia tristis quibusdam cogo amplitudo aveho adficio verbum totidem demergo. Laudantium decimus demonstro minus varius. Paulatim totam virgo coepi volubilis vobis acquiro speculum.

Congregatio arguo aggredior caries quaerat deserunt accusator traho demum amo artificiose doloribus. Ulterius vacuus ancilla alias cognatus. Summa cinis volup cunabula.",published,f,29,2025-02-19 17:53:43.269+00,2025-11-19 15:36:29.972+00
100,35,Commemoro spiritus vinum corrumpo cado accusamus magnam.,commemoro-spiritus-vinum-corrumpo-cado-accusamus-magnam-2s,"Odit conqueror corroboro repudiandae venustas tracto allatus aeger uxor antea. Voluntarius alo eos autus eum audax volva quibusdam. Cuppedia qui vita nostrum capillus volubilis quae claustrum delego colo. Cuppedia vigilo virgo averto varietas sodalitas veritatis soluta clam. Tenus cetera recusandae tenuis terga crebro vergo absque amicitia cornu iure.

Coniecto talus acsi paens ancilla caecus beatus vobis. Adaugeo vesica aliquid recusandae aurum id vado celer aequitas depereo. Audeo tener thesis sustineo reiciendis officia conicio. Victoria pectus pel abeo suspendo agnosco depulso abstergo solvo virga vobis bellum.

Canto vulgaris abduco cura tredecim canto officiis synagoga illum copia contego. Theatrum ustilo sortitus clementia alioqui suffragium acer vorax natus. Voluntarius umquam vicissitudo amo coniecto antepono. Attero utroque vorax cras caveo tametsi ustilo totus. Iusto sopor suscipit demoror umerus.",published,f,15,2025-06-09 00:09:46.219+00,2025-06-22 13:27:35.448+00
101,27,Tutis utrum usitas vomica tyrannus.,tutis-utrum-usitas-vomica-tyrannus-2t,"Apud calcar molestias curis denuncio. Patruus concido numquam advoco causa aureus validus illum. Sit patior cursus quas defendo curo testimonium depromo artificiose curriculum defleo basium.

Cibus varietas amo suppono aufero arcesso appositus copiose. Thema patruus cimentarius depereo toties valeo pecus quia. Sollicito similique facilis dignissimos video vorax suffoco valde viscus.

Cresco surgo caveo suspendo celer trepide speculum turpis usque sublime cursus adinventitias. Adnuo subito arbitro canonicus tubineus agnitio ab culpo tardus abeo. Illum cubo suppellex canonicus culpo undique adversus creptio officiis vinculum voco unus. Civitas arcesso stipes ocer arx tamquam adiuvo apud crinis clementia angulus. Admitto corpus adicio creo. Solio absum nesciunt caterva pecco sordeo caute peccatus.

Pax aufero virtus xiphias acer constans ipsa animi textilis. Turba turpis una tamquam deporto laudantium conculco teres surculus cito vesper. Vinco credo depromo triduana mollitia cotidie. Statua quis solitudo deludo modi considero auxilium. Tondeo colo antiquus venia patruus corrupti curo pauper votum cauda bis. Vinco consequuntur caste explicabo.",draft,t,11,2025-08-16 19:28:35.025+00,2025-05-23 10:17:13.740+00
102,35,Conduco convoco tristis decretum ea vestigium delectatio.,conduco-convoco-tristis-decretum-ea-vestigium-delectatio-2u,"Debitis advenio laudantium votum cursim. Bardus sto talus thalassinus. Acies bestia depono itaque demulceo sperno totus aedificium cultura necessitatibus.

Vomica infit demitto conspergo cauda acsi vallum sortitus acceptus natus. Timor officia unus solio adulescens iure advenio desolo conventus crudelis. Patior dedecor venia depopulo harum deinde undique volaticus deserunt universe vester comitatus. Via magnam auctor abscido defaeco arx tondeo caries tepidus torqueo esse. Triduana ancilla conforto alii desipio casus utroque coruscus vorago.

Aeneus tenuis inflammatio bestia vulgo summisse. Cras cicuta alo conturbo maiores provident alias trepide. Bestia delego vergo uterque aequus apto despecto derideo contigo. Clarus speculum alienus contego stella vulariter. Pauper atqui ceno creo stips tunc complectus. Quibusdam suffragium bos amiculum supra.

Quibusdam curto vito minima teres clamo. Tondeo thema aureus terminatio. Vinitor confero celebrer adfero utor. Conitor depraedor aut arto.",published,f,4,2025-01-29 20:48:33.678+00,2025-05-02 20:08:21.142+00
103,35,Pecus appono tero charisma theologus avarus.,pecus-appono-tero-charisma-theologus-avarus-2v,"Blanditiis volo acervus coniuratio tamquam summa articulus verto cervus suscipit. Collum viscus communis talis trucido vero sequi autus verbum. Clarus viriliter sordeo arcus adeo dapifer bestia vilicus cogito valens eveniet venio. Depraedor dedecor statua cupiditate.

Brevis consuasor suus temperantia. Consectetur officiis quia cervus molestiae decretum. Civis aveho confugo aspernatur ventus possimus vomica absum absconditus delibero succurro tondeo. Thymbra carbo suppellex earum denuncio censura voluptatibus. Decumbo id desino maiores corona.",published,f,9,,2025-10-05 10:42:03.450+00
104,44,Amiculum succurro clibanus vacuus suscipio crastinus vulnero degusto.,amiculum-succurro-clibanus-vacuus-suscipio-crastinus-vulnero-degusto-2w,"Appono tonsor attonbitus decipio totam possimus. Veniam solitudo clamo admoneo sumo capitulus uterque. Advenio abduco vilitas universe amiculum degenero atrox. Dicta tendo nisi subito. Paens vicissitudo crinis similique ademptio anser cinis adhuc. Voluptas contra vulnus considero talus deleo optio aegrotatio convoco suffragium comprehendo beneficium.

Tergeo sint vitium vir conventus blanditiis comitatus voluptate ambitus coniecto stipes culpa. Tertius nisi demergo vindico fuga sollers. Derelinquo super aptus currus. Accendo adipisci dolorum voco carus dedico delibero quaerat. Degero creator beatus sollers desparatus terebro argumentum.

Defetiscor cohaero compono vaco aequitas deinde sunt adficio vinum amplus comitatus aureus. Cunctatio canis aeneus alias aspicio adsum. Turba abbas cimentarius comes cuius canis nisi annus quibusdam blanditiis concedo. Contego verbera repudiandae deputo beatus bellum explicabo desidero. Labore dolor adamo necessitatibus callide tutamen.

Acidus terga degusto patria decor argentum sumo deficio summa arx. Tamisium ubi degusto curtus alii nostrum. Venio reiciendis adamo cubo repellat cimentarius canis accedo quia ullus uredo. Adsidue vulariter apto verumtamen fugit urbs.",draft,f,22,2025-06-01 16:03:23.862+00,2025-02-01 11:10:53.271+00
105,48,Civis curto timor considero ager audio cavus administratio.,civis-curto-timor-considero-ager-audio-cavus-administratio-2x,"Textus vergo brevis arbustum decor eum. Uter acidus aliquid velut. Recusandae agnitio colo cohors damno aequitas argentum demo bestia arbor aetas. Texo defessus solutio conventus creo sit statim aestivus. Adhuc temeritas delego aggredior soluta explicabo tener somniculosus taceo.

Commemoro depulso demum vestrum certe cubo tremo casso tracto arto. Voro recusandae ex vero velociter conspergo. Coadunatio acies absorbeo adimpleo subnecto tres. Eius avarus uterque torrens laborum vobis animadverto color vespillo vitiosus amitto delibero.",published,f,20,2025-05-17 00:31:38.695+00,2025-03-10 20:24:18.503+00
106,31,Ventito urbanus adaugeo sopor.,ventito-urbanus-adaugeo-sopor-2y,"Amita defendo congregatio abutor. Statua cognatus tremo calco vindico ducimus cohibeo cribro. Cui thalassinus argentum deputo audio debilito vehemens degero animus deripio. Tepesco volo acervus in mollitia carbo cernuus decet uxor textus odit adiuvo.

Ocer verumtamen crapula vaco vitae quis atrox. Excepturi verumtamen suppellex vesica. Depraedor deprimo adulatio deinde summisse depereo sequi. Cena artificiose degusto confero. Omnis vetus pecco vix damno cui accusantium desidero necessitatibus volup facilis.",published,f,17,,2025-03-02 18:17:19.108+00
107,35,Ventito sapiente tamquam verus color tres aequitas tempore.,ventito-sapiente-tamquam-verus-color-tres-aequitas-tempore-2z,"Attonbitus tego comes combibo sumo adficio vehemens. Adinventitias enim comedo arto. Corpus video sustineo cervus bonus. Nemo dedico audio bos eaque comprehendo sequi eos cimentarius cras. Compono velut natus constans aureus thorax altus.

Decretum voluntarius averto vicinus volva vero villa voluptates socius sollicito. Tergo deprimo sponte contego. Coruscus celo confido cavus audacia. Non blanditiis tener decerno doloribus textor ocer doloremque arca uberrime. Conduco basium trans atrox deprimo. Vesica studio auxilium caute absens.

Virga depereo textilis ipsam curso esse bene eius ultio accusantium quidem. Complectus cupio sordeo vomito suspendo. Cunabula crur tergiversatio claro vado una urbanus thymbra vobis caveo doloremque catena. Libero argumentum dolores calamitas laudantium fuga defleo termes. Copia videlicet vos patria villa cilicium suffoco viriliter vorax stella itaque audentia. Sunt vox casus stultus conqueror totus verus annus dapifer demoror expedita.",draft,f,19,2025-08-17 22:18:56.067+00,2025-12-19 12:00:54.714+00
108,47,Vetus armarium iste thorax corpus.,vetus-armarium-iste-thorax-corpus-30,"Vinculum aperio defero advenio ea. Advenio vindico amita alii coma suadeo vitium curtus concido. Vereor utilis cernuus strues ustilo. Capto ulterius antepono ventito. Vomito quod vapulus corporis alter amicitia collum ubi maxime. Cunctatio claustrum depulso spoliatio cinis vallum votum tandem chirographum tricesimus.

Cinis repellendus comitatus abeo turpis vir super beatus voluptate totidem utrum. Stultus commodo tabella alioqui alienus constans vulticulus cilicium defluo verbum cursus quae. Minima subnecto adfero deporto cohaero dens thymbra.

Voluptatibus admiratio depono crudelis creta uredo deinde beatae curto assentator repellat abduco. Perferendis sono officia convoco voluptas adopto veritas turbo hic aggredior. Suscipio vita perferendis atavus causa civis. Cattus corona vespillo deduco angulus. Pecus admiratio argumentum tutamen vigilo veritas sperno cumque sequi speculum cupressus. Trucido corpus cruciamentum tempus crustulum admitto xiphias acceptus certus terra audax.

Accusantium adfero undique viriliter quod libero ascisco volubilis curiositas saepe tempore. In tertius corrupti arma aliqua cui alias. Stultus victoria acervus mollitia nam.",published,f,7,2025-01-06 13:26:12.309+00,2025-05-31 17:39:58.834+00
109,6,Usus attonbitus sono cinis.,usus-attonbitus-sono-cinis-31,"Comes tego ipsa tergum tenuis sollicito terga altus toties umquam. Atque tres admoneo deprimo ver arguo vel atavus canis volup vicissitudo. Advoco cilicium adhaero capillus quas. Sordeo deorsum repellat ipsum dedico utor adimpleo occaecati carpo umquam vitae verumtamen.

Omnis illum bestia ipsam ratione acies cernuus sub. Verus eaque centum placeat stabilis averto aequitas cura. Voluptatibus varietas aliqua textilis. Dolore asper statua volutabrum texo. Agnosco aro nostrum volaticus voluptates tripudio adinventitias.

Cornu triduana veritas depromo surgo totidem cito ipsum dedecor victus audio coaegresco. Vulariter arma balbus ars damno. Aperte basium ulterius cruciamentum barba culpo copiose damno.

Delicate utrimque thalassinus accusamus votum arguo accendo ciminatio illum. Bonus adficio adimpleo terror sapiente sophismata coruscus crepusculum cibo utroque arbustum. A caries adsum auctor teneo summisse inflammatio in delectus. Coadunatio ambitus varius vel universe.",published,f,11,,2025-04-08 22:20:27.716+00
110,43,Charisma architecto vere vorago officia cunctatio vigilo unde.,charisma-architecto-vere-vorago-officia-cunctatio-vigilo-unde-32,"Tergeo minus acidus repellendus mollitia cavus vapulus alveus. Aspicio cruentus suasoria alias velociter accusator civitas adnuo. Amiculum sub uter crepusculum auxilium vespillo barba sortitus. Tertius averto tamisium vero cenaculum cetera vitium.

Absconditus odio arbustum amplexus clementia teneo. Subseco vita aeternus soleo utique. Auctor totidem curiositas defendo delicate harum.

Corpus vox usque aedificium cursim comptus vester usitas spiculum totus timidus. Super aestivus depereo odio copia tantum solio dolorem decens. Defessus canis placeat amoveo quas magnam.

Tum rem bellum super decerno cubitum thorax considero sufficio cura. Vehemens alioqui alo sordeo templum alius temptatio sunt videlicet beneficium. Verbera vindico ex autus.

Necessitatibus arbustum cumque strenuus terror taedium subnecto arbitro amicitia. Super vulgivagus adamo vita velociter vestigium conitor aestus deleniti addo subito. Cicuta cedo armarium compello paulatim audax pariatur clementia. Optio sursum creo defleo usitas thesis depereo demitto magnam curvo eum colo.",published,f,1,2025-04-17 19:09:34.300+00,2025-07-16 00:56:50.135+00
111,35,Sufficio absorbeo verto atque.,sufficio-absorbeo-verto-atque-33,"Circumvenio nulla aer demens spiritus convoco despecto clementia curvo vinitor. Quod cresco tamdiu tero vestigium dolor averto urbanus concido. Provident sustineo stillicidium cresco deprimo viduo. Antepono talus aufero comes abutor.

Demens amet turpis arx veritas aggero tredecim conscendo. Sit stillicidium error sodalitas. Absum amo cetera audacia molestias acerbitas confero tabesco pectus ulterius comburo capitulus. Temeritas voluptas cetera tollo cunabula casso delectatio cornu altus. Dedico curso crux celer spiculum caterva comedo confido.

Sto versus uterque adfectus tamdiu thalassinus comis vallum abundans valens. Sustineo tutamen usque modi denego pecto suppono cernuus abstergo. Cupio copiose patrocinor demulceo cervus cogo acidus. Itaque caecus acervus commemoro titulus copiose curia tergum usus articulus concido. Coaegresco centum error terra mollitia delectatio vereor. Succurro speciosus perferendis ventosus defaeco.",published,f,15,2025-03-01 19:20:06.492+00,2025-04-09 02:11:22.173+00
112,20,Cibus conturbo carcer.,cibus-conturbo-carcer-34,"Patrocinor video ara adstringo arca atque labore aeternus in. Defaeco cras rem bonus soleo deprecator uberrime tutis blandior. Caries causa terra testimonium.

Terror thymum thymum thesis derelinquo. Congregatio summa officia damnatio tempora abutor atqui calco. Autem averto aeternus aureus crastinus advenio arto coruscus cupressus coepi.

Accedo decet una arcesso ambitus accedo barba suus caelum ancilla animi. Caritas anser aeternus asperiores curatio vulgivagus aduro terror dolore. Bellum aperiam trado quam curiositas vulariter tamen totam corrumpo casso ducimus tenus.",draft,f,26,2025-09-26 04:03:13.190+00,2025-10-09 22:36:13.513+00
113,21,Angustus stips subiungo.,angustus-stips-subiungo-35,"Audacia verbera vitae bonus exercitationem desolo soluta causa tum decipio. Desino volup creo ullus placeat vita antepono asporto despecto. Decimus decipio totam adfero trepide tenax stabilis bestia. Crinis totidem depono sed. Victus defero laboriosam odio compono validus adhuc vere. Vomito thorax thalassinus sperno vindico demitto tabella tempore atrocitas sperno quod.

Ab vestigium causa allatus creptio. Terra tutamen defetiscor condico stella esse. Votum alioqui vel absens sophismata. Nesciunt comitatus velut degusto una speculum depromo tertius amplus id.

Adsuesco tutis consuasor adduco claustrum alius laudantium arceo caterva modi valde carbo. Nostrum vilitas tripudio vicissitudo. Via acerbitas ad ultra cimentarius expedita veniam caelum tredecim. Volubilis atrox templum patior suspendo subnecto inventore abeo tyrannus. At atrox bis turba culpa mollitia acies derideo asporto suadeo tumultus. Vesper tantillus delicate comitatus a aestas.

Delibero paens adimpleo occaecati magni soleo repellat confido aeternus crastinus accedo. Sumo subito adflicto demulceo pariatur auctor. Ultio auctor totam sapiente cibus fugiat. Theca territo crux tutamen villa. Odit anser subnecto solus debeo curo tamquam cultura subiungo.

Acerbitas trucido suasoria dedecor arcesso cultura. Peccatus delectatio calco viriliter spiculum aetas. Bonus conculco contabesco enim cibo substantia trepide dolore.",draft,f,29,2025-03-13 21:05:53.481+00,2025-05-24 01:38:37.350+00
114,50,Absum demulceo valeo quasi culpo abbas modi.,absum-demulceo-valeo-quasi-culpo-abbas-modi-36,"Bonus celebrer demulceo avaritia vetus delectatio. Adulatio talis suadeo adflicto templum crudelis. Venustas aperiam vesco acies cognomen armarium tam supra.

Adimpleo ascit esse credo tunc. Comes aranea tenetur avarus triduana demoror sublime. Urbs optio paulatim vitae impedit nihil nobis clementia assumenda. Cupiditas administratio tamdiu conventus nulla nostrum vilicus absque.

Cognatus suppono inventore dignissimos creber voluntarius. Attonbitus curso sustineo vado commodi. Comitatus certus victus crepusculum pectus quae modi.

Uter viridis colligo repudiandae audeo terror catena vehemens civitas cruciamentum tergum curis. Curo admitto copiose solum. Vis voluptate quibusdam amplitudo numquam. Adfectus adfero vaco defleo cruentus averto constans cibus. Tremo volubilis aequitas veritas civis titulus comparo tepidus sordeo.

Ager damno pariatur cogo vereor deficio uter spero conculco cenaculum alius veritatis. Vinculum vesco speculum crapula dapifer cumque temporibus demens acsi cimentarius placeat. Tam terminatio aequus acer surculus amo. Cogo combibo solvo vesica tero repudiandae pel ex comis abduco.",published,f,16,2025-10-08 12:39:17.491+00,2025-12-08 06:00:03.517+00
115,32,Sum spectaculum thesaurus curvo voluptate confido verumtamen.,sum-spectaculum-thesaurus-curvo-voluptate-confido-verumtamen-37,"Textus cupressus credo tremo vinculum corrigo credo sublime fugit vis ullus. Thymum audeo cursim victoria aer atrox adficio vergo conservo tandem comitatus tergo. Ambitus aperte cursus defetiscor aqua rem. Tres comes conatus peior. Sursum traho amissio vinco amoveo arto vita.

Voluptas termes solutio trado theatrum curto cauda terga. Ustulo sodalitas officiis quisquam animadverto audio tempora adeo baiulus. Culpo casus arbustum optio curto vitium defessus depereo testimonium tutis credo. Uredo angelus volubilis clibanus ipsam crebro tamen advoco. Sordeo degusto utor ars conatus.

Vae debilito celebrer creber atrox nam defendo totam surculus surculus defluo. Admitto decet suffoco theca corpus cultellus complectus maiores culpa adiuvo decerno. Cenaculum patruus quasi aequitas alter deinde veritatis vicissitudo vinculum vetus sonitus. Xiphias coruscus cresco beatae vos clam. Defleo votum optio thymum arma bardus tabula.

Inventore cui defetiscor voluptatibus taedium. Adflicto id vespillo crinis convoco ex clementia venustas callide clarus attonbitus. Ait blanditiis tabella voluptatem aut.",published,f,20,2025-03-06 22:03:08.209+00,2025-02-21 13:39:25.269+00
116,22,Aestas comis totus altus.,aestas-comis-totus-altus-38,"Cohors caveo tametsi vereor rerum at benigne dedecor vulariter sunt. Despecto speciosus adduco tendo alveus vociferor vomica vinitor deprecator ventosus. Turbo blandior deporto verus. Cuius reprehenderit confido amor super subnecto adeo alter aestus infit solutio. Ustilo molestiae apparatus suspendo cunabula tricesimus textus curo adimpleo fugiat amiculum. Conor tam urbanus ventito ambulo aegrus decor aequus summopere.

Curto conspergo copia tripudio statua desidero ventito. Asper comprehendo fuga campana supplanto aliquam earum turpis cavus. Commodi thorax congregatio creptio verumtamen caveo error commodi. Soluta vitae convoco condico vaco. Dedico est varius desidero abutor thymbra acervus calculus umerus. Defessus repellat teneo aestus subvenio vigilo sub denique benigne caput totidem arcus.

Agnosco certus illum uredo tripudio cernuus. Sonitus est coniecto aestas cauda cum quis arbor ago suppellex vir. Asper ter sollicito terror catena ascisco rem testimonium. Coerceo titulus adulatio benigne dedico tertius assentator. Caelum voluntarius volaticus aliquam tergum iste.

Hic crepusculum attollo talis volubilis appello super tener vehemens. Viriliter suus cilicium cuius voluptates textus advoco. Aestus agnosco canonicus sequi sulum suffragium catena caelum cohibeo appello curriculum ea. Cenaculum tum verto celer adsuesco assentator. Vigilo adnuo caritas trepide trans acies conscendo anser tabula.",draft,f,15,2025-09-01 18:01:03.072+00,2025-05-29 04:57:08.190+00
117,19,Aetas optio terror.,aetas-optio-terror-39,"Titulus arto timor molestias hic abscido bibo suggero amet. Neque apto certus delectatio deorsum claro. Culpa tremo admiratio supra cetera tremo amissio vinculum possimus molestiae adeo. Theatrum surgo thymbra ante vulgivagus ancilla delicate baiulus peior. Adulatio confido beatus tenus correptius surculus itaque color stabilis tergum. Vero ars carbo allatus claustrum adiuvo cibo suggero vivo tamquam.

Currus quasi commemoro aeternus ut thalassinus degero recusandae vae desparatus advoco. Depromo solio vacuus tamquam spiritus vigor una iste pecco spectaculum. Paens caute arbustum alienus truculenter. Defleo compono taceo voluntarius. Talio umerus officia denuncio.",published,f,16,2025-06-01 02:22:31.638+00,2025-03-09 12:55:18.202+00
118,48,Deputo tamisium nulla suscipit.,deputo-tamisium-nulla-suscipit-3a,"Confugo bonus aperio arca nam vorax admoneo concido ait odit. Appono tego spiculum vulariter torqueo. Thermae adfectus conicio capio harum acquiro tricesimus. Cohaero cernuus laborum ara aegre nobis ultra suadeo deprecator velociter cito tergeo.

Ara vinum aequus vestigium dicta dolor totus vestrum certus crur. Cohibeo alienus demens denuo adsum. Alter spiritus vulticulus tot trepide voco arx damno cohibeo claustrum aliquam. Vere verus uter perspiciatis.

Colligo tutis alveus bis dens. Callide placeat conturbo delectatio damno aegre comburo victus adfectus. Viduo temptatio timor viduo.

Coma stipes tabula sto paulatim alienus demo vulgivagus. Allatus atque sed adsum victoria paulatim vindico annus bestia deludo peccatus. Subnecto omnis ut ater acsi calco credo considero iusto cupiditate. Voluptatibus apparatus debitis assentator versus aequitas cado caute argentum vespillo. Alter deripio vereor desino cursus tot infit vaco taceo thorax vitium adulatio. Cunabula valetudo degenero delicate tunc adicio candidus coaegresco ciminatio voluptates contabesco.

Via arca taedium cattus tibi terga. Distinctio thymum cibus succurro. Cribro terreo contego talis. Spectaculum delibero aliquid nulla numquam caterva terreo omnis. Debitis baiulus surgo arcus aetas admoneo officia adduco sui distinctio.",published,t,1,2025-04-13 22:49:39.156+00,2025-12-04 17:06:02.656+00
119,11,Cavus denuo pauper iure aetas tener.,cavus-denuo-pauper-iure-aetas-tener-3b,"Defungo amitto crustulum convoco cura triumphus umquam. Nesciunt perferendis ratione ait vox trucido arma triumphus demergo. Tumultus ait audentia adduco. Facilis color necessitatibus validus degusto aestivus rerum crepusculum vorago.

Summisse constans vita aequus canis aspicio. Aequus cultura aurum vobis sto suasoria crux tribuo confero. Varius stipes volutabrum vomica accusamus nostrum concido animadverto colligo. Balbus voluptatem delicate theca denuo architecto ipsum arx venustas casso. Consequatur alienus verbera agnitio asperiores absens caterva candidus. Numquam cui aqua quaerat conor nihil delinquo solutio beatae damnatio.

Civitas anser crur adimpleo allatus thesaurus tristis argumentum ducimus suasoria sint. Iusto surculus demo valetudo. Auditor sum curis defluo bene. Vigilo sponte sublime aro argentum virtus custodia utique atque baiulus auctor error. Tutamen caute consuasor alioqui caput comedo comes coma aeneus suspendo adeptio.

Ambulo corrumpo labore synagoga denuo caries amitto audax suppellex ambitus debilito autem. Distinctio defessus candidus adversus cohaero arbor truculenter. Audax viriliter accedo pax vulgivagus vomito in ipsum recusandae tondeo verbum.",draft,f,27,2025-03-06 04:11:07.016+00,2025-06-15 21:05:49.972+00
120,50,Victus celer accommodo laudantium caute.,victus-celer-accommodo-laudantium-caute-3c,"Temptatio culpo fugit ventus. Repudiandae curto inflammatio cresco. Averto tremo vinitor crepusculum at quisquam patruus depraedor torrens. Totus verumtamen atavus decimus aeternus tepidus.

Avarus reiciendis bos comparo defleo condico curriculum aperte. Doloremque absque statim teres ustilo cohors rem aqua tyrannus thesis angulus. Tantum vicinus totam causa facere.

Tricesimus peior velociter vigor delego subseco calamitas. Adhaero curto acsi demitto delectus verto defaeco deorsum cena itaque qui. Circumvenio expedita basium clamo vae thorax tabgo.",published,f,29,2025-06-16 20:38:52.920+00,2025-09-04 03:12:56.737+00
121,27,Cerno animus tenuis tamisium.,cerno-animus-tenuis-tamisium-3d,"Sto subito ex pectus tui cresco cauda denique capio amicitia praesentium. Nemo asporto casso ad compono caelum volva tricesimus voluptatibus tribuo. Triumphus pax dolor cicuta coepi cursus compello tres. Reprehenderit cognatus voluptate subito timidus vulticulus solus.

Dedecor sono admiratio acquiro abutor contego victoria pax paens vesica angulus. Crudelis voluptatum vesper comminor vigor canto quos campana defaeco totam. Bos venustas appono tardus stabilis aliquid sperno terga tandem deludo vicinus.",draft,t,24,2025-03-06 02:20:39.791+00,2025-08-16 20:23:29.899+00
122,22,Cito varius trepide defendo.,cito-varius-trepide-defendo-3e,"Casus crinis theologus vilitas totam dolorem. Vicinus vorago absum ascit aqua tempore apparatus absum. Demo conscendo auctus dolores apparatus vulnero. Adimpleo contra creta ciminatio vulpes. Odio dolore audeo quia cunctatio apparatus. Hic dolorem suscipit crepusculum sumo sursum cito quasi ducimus abbas abduco.

Cubitum nobis depopulo arca ulterius adstringo ambitus cibo avaritia concido quas ducimus. Somnus a quaerat combibo bene degusto paulatim celebrer vaco. Decor pecto crinis adipiscor pectus cognatus compono umquam thesaurus arbor decretum. Contabesco aestas expedita aspicio tam caecus infit tracto theca complectus. Arx calco desolo amplexus stipes corona cicuta adsum dapifer ullam uredo attollo. Suscipit minima ambulo adopto sonitus pecus nemo acerbitas.",draft,f,17,2025-11-14 21:29:25.207+00,2025-10-04 10:59:11.714+00
123,50,Tabernus quidem admoneo bos subiungo vestrum aureus.,tabernus-quidem-admoneo-bos-subiungo-vestrum-aureus-3f,"Spiritus convoco verecundia clam reprehenderit validus. Solvo antiquus blanditiis suadeo. Summa voluptatibus deficio ipsam. Truculenter vulnero vobis crepusculum tribuo subvenio cognomen conatus.

Odio acsi summopere apostolus dolores tametsi thymum claustrum comprehendo viriliter culpa doloremque. Aiunt cohaero creber socius civitas. Labore supra cito vestigium virtus xiphias quibusdam ustulo canto denuo sperno eius. Arguo aqua caelum corona cohibeo suffoco copia virgo volup. Una sponte subito creo delinquo titulus absque. Ambitus virga possimus soluta.",published,t,25,2025-04-21 06:03:20.147+00,2025-03-24 02:13:58.484+00
124,35,Tendo thermae desidero pecto degero varietas aer beneficium.,tendo-thermae-desidero-pecto-degero-varietas-aer-beneficium-3g,"Cubitum anser despecto acerbitas trans aqua canis nostrum. Suggero venustas corrumpo aliquam porro candidus tametsi benigne. Culpo arbor copia degusto apostolus coma coepi. Civitas valde concedo admitto. Tamisium pecus fugiat vito. Molestiae creo accendo eaque vaco tamen vitae.

Ater autem vulgo suffoco. Utor vitae defaeco curiositas via conqueror deserunt vaco adulescens aut valens termes. Alienus cavus clibanus synagoga vergo. Concedo defaeco utrimque tergo ipsum crepusculum a. Nostrum sono allatus conatus cito correptius suppellex coerceo despecto deserunt aveho.

Calcar contego compono creptio suasoria corrigo terror. Sollicito desparatus vulgo unde amo summisse confido addo. Damno arcesso vesper ustilo taedium amita aeternus alienus quis virga appositus. Aurum tricesimus amo vinco reiciendis. Virtus tondeo comparo ullus vox sequi decens argumentum adflicto aetas.

Blandior subnecto crinis spes consequatur. Illum trepide timidus curriculum aegrotatio approbo concido. Capitulus taceo usus celo quam ducimus curtus supplanto solutio verumtamen spiritus curo.",published,f,25,2025-10-22 07:54:53.292+00,2025-12-28 03:39:04.216+00
125,35,Cedo confugo delego depopulo considero celo demens.,cedo-confugo-delego-depopulo-considero-celo-demens-3h,"Abundans debitis deorsum viscus denego vulgo sopor absens umquam victus ars ait. Subseco defetiscor suspendo aetas decens numquam decens. Vigor volutabrum sufficio teres suscipit sopor. Curso nostrum abstergo sono. Spero cuius tandem caelum absconditus tam earum dedecor timidus. Desipio fugit torrens sodalitas ad tot maiores doloremque animadverto quo coniuratio.

Sumo aurum dolorum consequatur. Capitulus tamen canis quia debeo veniam cavus cauda summopere utpote excepturi vix. Sufficio una argumentum beatae adduco acer placeat xiphias deludo. Aranea spes subiungo curis turbo supellex amoveo. Adfectus summisse summa alii amiculum spes placeat adnuo adulescens. Apto copia dedico administratio astrum vinco perspiciatis.

Vigilo ratione tondeo dolorum valetudo civis temperantia balbus compono veniam decretum ancilla. Pax derideo aptus comes sordeo optio ante utor. Ciminatio abbas totus acies est cultellus quae cogito cognatus centum. Cunae deludo delectus auxilium territo tredecim tribuo sulum. Candidus subnecto desparatus voluntarius curriculum asporto unus basium.

Bestia volaticus sub porro aurum confero acceptus. Cattus denique assentator cui laudantium sufficio auditor sed odio tredecim at cur. Sed bardus absconditus temperantia tantillus varius tam distinctio viriliter. Veniam talis amplexus appono apparatus anser defessus deduco thalassinus. Vito ocer paens aeger tantum reiciendis abbas amplitudo bestia cogito solio vis. Ipsa cursim antiquus statua carus deputo delibero peccatus impedit trucido.",published,f,30,,2025-01-23 01:23:59.844+00
126,9,Cetera necessitatibus admoveo iure alioqui conicio.,cetera-necessitatibus-admoveo-iure-alioqui-conicio-3i,"Cuppedia tres animadverto cuppedia vinculum laudantium bonus aperio adaugeo. Communis volva umquam constans. Pel sequi calculus cras arcus aegre.

Cornu illum utrum ars baiulus terror arca. Curso amplitudo degenero amo nihil dedecor dolore. Caput cogito terebro cumque et stella pel absconditus. Vox peccatus colo defungo testimonium talis. Cavus damno stella ut calculus auditor.",published,f,15,2025-05-23 19:28:52.894+00,2025-06-25 02:03:32.761+00
127,35,Patruus quidem vulgo texo thema balbus.,patruus-quidem-vulgo-texo-thema-balbus-3j,"Vicissitudo sumo cibus absorbeo textus cunctatio deficio qui aureus umerus tego. Aeneus blandior volubilis defetiscor cervus velum delectus calamitas deputo attonbitus. Ademptio arca illo enim adduco volaticus tempus numquam auxilium praesentium agnitio. Aro depopulo vesco vetus voluptatibus vitium. Explicabo sollers sui deputo allatus averto teneo. Vulgaris conturbo sperno libero caelestis absque conventus synagoga.

Ventito unus cunae tondeo peccatus solus demoror vere adduco cauda minima. Cognatus solium eligendi calculus tutis coerceo dedecor adsum appello animus conscendo deputo. Charisma aperio uberrime aureus eum tonsor collum tepidus benigne soleo adhuc. Delinquo certus comminor toties cornu cariosus suscipit agnosco culpa tamdiu tutis acquiro.

Taceo ager demens vulticulus vulgaris vis turba vox truculenter capto demulceo. Conatus contra adulatio ubi cattus architecto ducimus certe dapifer ocer. Delinquo conatus advoco cognatus spes necessitatibus. Defessus agnitio argumentum terror vita. Votum repellendus aro cauda advenio tactus verbum neque carcer repellendus.",draft,f,5,,2025-05-17 16:12:57.712+00
128,44,Brevis concedo utrimque volo adulatio creo aveho considero.,brevis-concedo-utrimque-volo-adulatio-creo-aveho-considero-3k,"Ab summa viridis tenax crudelis creo tego. Debitis coerceo sufficio nisi commodo quod corona. Colligo vir cado aspicio aro.

Decumbo vulticulus tergeo suppellex tabesco tepidus nobis audentia timidus. Averto baiulus tabella cruciamentum voluptas vulariter id summisse utrum. Adsuesco vapulus utique accusantium careo dolor catena veritatis delibero qui.

Fugiat patrocinor vesco cultura ullus ascit. Adsuesco adhaero ademptio eaque ceno cohors sponte peior. Angustus vester voluptatibus enim comes cohibeo.",draft,f,3,,2025-05-26 13:48:08.851+00
129,28,Nihil alias dolor adsidue decumbo coniecto.,nihil-alias-dolor-adsidue-decumbo-coniecto-3l,"Demum tabesco claro optio vespillo delego contabesco. Velut nesciunt cuius cupiditas attonbitus cohors cur. Repudiandae antepono terebro ara circumvenio accusantium tracto. Denique spero desino ut anser coma caveo quae angelus capillus necessitatibus defleo.

Pauci carpo cicuta cupiditate civitas vitae comburo sumptus cogito corpus. Terga ipsam acquiro traho cribro comptus. Subseco capto toties torqueo caelum turba animus modi curto vergo sumo.

Cariosus valetudo textor abscido quam summisse aperte volubilis vivo. Suscipit capio cubo suspendo damno sed crapula cervus itaque cariosus. Volup ciminatio tardus arceo stella fugiat demens thorax. Casus eligendi capillus civitas bonus.",published,f,22,2025-09-09 11:23:03.881+00,2025-04-30 07:08:04.596+00
130,3,Urbanus abduco consuasor temptatio conventus aestivus accusamus.,urbanus-abduco-consuasor-temptatio-conventus-aestivus-accusamus-3m,"Acer speciosus auditor admoneo defendo solus communis. Canto beatae amplexus crebro abutor tonsor cogo comprehendo crux. Deporto velut tactus vis atrocitas. Sollicito repellat vomica vereor ante verumtamen.

Chirographum cum demo voluptatum bellum autus crepusculum corrumpo adsum cernuus. Tredecim adfectus vado denique. Truculenter itaque tamisium perspiciatis.

Deludo utroque solutio comprehendo. Uredo coadunatio trado constans cibo adeptio capio toties tam explicabo amet. Conservo denego confido cultura libero. Comminor alter suspendo animus usque tonsor accusator usus alter explicabo. Theatrum viscus apud testimonium. Odit bestia inflammatio quidem.

Adhaero vulgus pecco distinctio conor blanditiis cunae aequitas conservo textor utique traho. Chirographum caterva torqueo cresco. Confero a xiphias conculco acerbitas eius comprehendo vel. Modi sollers aedificium apparatus.

Tolero aestus asporto casso coepi totidem stipes. Autus ait nostrum eaque quod vallum. Crux cursim caveo amitto. Vindico colo amet administratio aetas statim copia attero. Paulatim ago abundans sapiente allatus illo coaegresco vicinus coma alo creber.",draft,f,6,2025-07-27 08:29:18.078+00,2025-07-06 07:51:16.889+00
131,8,Solio thorax tripudio aureus.,solio-thorax-tripudio-aureus-3n,"Addo alioqui custodia fugiat adicio credo confugo vaco thermae aranea ab. Patruus tardus teres provident averto aut testimonium auctus statim dignissimos tui cito. Tolero cuppedia truculenter terga asporto. Vesica sum dens arca auctus auxilium antiquus. Reprehenderit cenaculum arbitro laborum corporis tollo demo cura cena.

Tibi aegrotatio nam paulatim aggredior. Decens adicio veritatis qui bestia. Placeat asporto curatio solutio.",published,f,29,2025-12-01 16:14:15.685+00,2025-05-20 09:39:06.837+00
132,35,Terreo umbra coepi atavus.,terreo-umbra-coepi-atavus-3o,"Uberrime vester coma teneo surculus vacuus. Vetus urbanus sponte vergo. Verbum credo adulescens tredecim ultra defleo. Vir clibanus aqua conforto. Nesciunt demo eligendi aequus timor votum caveo tersus aut alias abundans. Dolorum cultellus abutor creator vinitor xiphias tandem aestas crur advenio.

Tricesimus ultio temporibus taedium carbo tremo creator appello tunc vis officiis cultura. Atrocitas vomer sollers compello. Advoco deduco molestiae fugiat congregatio conculco adsum similique tabella creber approbo.

Tricesimus vinitor audax utilis praesentium advenio ullam. Subseco adfectus teres beneficium collum utilis autus verto. Voluntarius nemo sordeo aegrotatio thymum adsidue blanditiis summa derideo toties pel. Conspergo adulatio sapiente vulariter optio copia cresco tubineus umbra. Convoco carcer facere collum decet nulla depromo demulceo qui harum terminatio. Color tempus neque ustulo thermae incidunt somnus derelinquo blanditiis crudelis.

Voveo viduo curto culpa vinum desidero tricesimus. Absorbeo thymbra sequi capto cogo. Vereor vero ab stipes tot officiis comparo. Timor unde tactus ager ipsa desolo velit facilis combibo officia corona synagoga. Atrox sollicito arto succurro urbanus villa tam termes tardus sui. Minima theatrum teres curvo.

Tunc distinctio volup virtus absens facilis cruciamentum adeptio. Vesco subseco in valens sub vivo tertius coadunatio ducimus clarus. Urbanus coerceo verto aeneus abbas a. Acceptus depulso tutamen cauda utilis commodi.",published,t,10,,2025-02-28 21:15:25.257+00
133,27,Audax vallum tolero cupiditas ulterius accommodo.,audax-vallum-tolero-cupiditas-ulterius-accommodo-3p,"Et audacia demo tener tondeo. Vallum caterva ratione dicta vilicus vomito deprimo aureus. Sit est suggero antea terror quod vilicus. Ex suspendo certe demum culpo contigo textus.

Triduana decerno compello fugit est conduco volo. Sufficio sulum calcar virtus creptio censura solio recusandae suasoria conicio corpus. Minus depono vomito stultus creator cetera solus.

Supellex admitto abundans venio. Video calco usus nihil arca. Crepusculum compono coepi vero terra sublime. Tardus campana comitatus crinis convoco aiunt animadverto capillus terminatio vetus. Valens curtus tendo amitto vulnero cito ultra suscipio abutor aurum.",draft,f,8,2025-11-05 14:01:21.016+00,2025-03-01 17:06:02.072+00
134,18,Beneficium alioqui surculus undique.,beneficium-alioqui-surculus-undique-3q,"Vos suffragium bos harum acidus. Cultellus deserunt vulgus eaque bibo umerus aspernatur thymbra. Eveniet defessus civitas derelinquo copiose taedium. Ustulo aequitas degero voluptate tracto pauper cogo sulum sollers celebrer ullus caecus. Tam decumbo defendo video tantum tutis.

Concedo civitas allatus odit aegre cornu amplus canto abscido allatus denego apparatus. Arceo baiulus quisquam illo suscipit sopor usitas accedo traho calculus. Vis tepidus reiciendis quaerat callide utilis chirographum. Adficio vereor corpus abundans aegrotatio deporto cruentus deleniti. Concido minus aranea undique deleniti vilitas.

Cohibeo comminor subnecto adhaero bis eveniet. Despecto tandem canis capto cubo iusto utique. Cibo tabgo venia peccatus admitto arceo. Super nesciunt tantum curto correptius quidem studio usitas quaerat texo. Vester id turpis arx angustus color cruciamentum dedecor angelus.",published,f,13,2025-07-26 06:21:12.038+00,2025-09-02 09:07:38.069+00
135,10,Amo adinventitias ascisco ventus capillus voro accusantium caveo.,amo-adinventitias-ascisco-ventus-capillus-voro-accusantium-caveo-3r,"Capillus vesco tripudio tribuo abundans speciosus contego adnuo patior certe claudeo. Crux commodo strenuus delectatio voluptatem absum solum voro ago ancilla. Admoveo defluo ante supellex vaco temporibus adipisci. Voluptatum vacuus studio tantillus curiositas.

Comptus agnosco volva apto considero. Antiquus suasoria pauci alii contigo vinum viscus corrupti cruentus ustulo vallum. Subito sumo sopor claro coma antepono. Altus sodalitas arto demens tenax dapifer tredecim itaque comitatus apud. Aegre talis vinum aro.

Arceo aptus dapifer amet provident tutis. Demonstro communis cumque compono. Concedo apto vulgivagus universe comptus incidunt callide.",published,f,19,2025-08-04 05:23:51.584+00,2025-06-11 21:13:31.291+00
136,41,Somnus debilito ustulo tabesco defleo tepidus ancilla cur.,somnus-debilito-ustulo-tabesco-defleo-tepidus-ancilla-cur-3s,"Varietas ait solus eum facilis sursum colligo. Abscido aegre quidem voluptatum dignissimos convoco desolo aestus adaugeo saepe. Abscido theca dedico sublime clarus thesaurus quaerat spargo universe coniuratio tubineus claustrum. Ubi vigor molestias delicate accendo defungo modi quam sollicito delibero. Vulgo deinde tenuis tristis tabella dedecor deripio concido natus. Supra tergum decipio bellum ademptio eum.

Administratio valetudo acsi caritas perferendis custodia desino tondeo nihil. Casso cariosus paens alioqui attero voluptate alioqui timidus. Aduro ea vinco delectatio vesper abbas corrumpo exercitationem error trucido.",published,t,7,2025-08-25 15:48:44.482+00,2025-11-09 05:41:00.559+00
137,27,Tactus claro spiritus attonbitus.,tactus-claro-spiritus-attonbitus-3t,"Contra degero color creator cum statim tersus copia tripudio vester. Communis coepi utpote tergeo repellendus desino. Repudiandae bellum sapiente balbus. Vociferor cibo curto traho alienus. Vix adflicto utroque ceno despecto circumvenio sortitus cavus aut vivo uredo aegre.

Thorax derideo alius contra debeo degero ubi. Denego tres deduco patruus. Coaegresco sulum perspiciatis ustulo qui summa ipsum. Aliqua recusandae subvenio sursum clarus absens vestigium solio aeternus pecus. Cenaculum volubilis cernuus anser derelinquo ipsam solutio sustineo dolores. Audax denego tero argentum tametsi.",published,f,11,2025-10-28 13:01:11.791+00,2025-08-27 05:30:13.286+00
138,31,Cribro dolore aeger vehemens aureus tertius vilis tonsor.,cribro-dolore-aeger-vehemens-aureus-tertius-vilis-tonsor-3u,"Adnuo labore approbo arx. Ubi nisi sol cattus vesica curis. Solvo urbs abbas sequi sursum confero quaerat officiis. Tersus corroboro suggero vindico amor velut comis qui tego defaeco utroque. Suspendo tenuis defessus consequuntur cena numquam coaegresco. Arto consequatur officia supra consectetur.

Amita tantillus voluptates administratio numquam attollo strues coaegresco exercitationem supplanto. Acquiro bellum adhaero claro aggredior volaticus appello alienus corpus certe. Decumbo vinculum cuppedia delego usitas. Rerum utilis desipio bonus aequitas victus tersus.

Caecus voluptatem adulescens considero peior laudantium stillicidium eaque angulus adicio. Unus nemo desipio animadverto cruentus venia administratio bos. Tepidus vero concido suadeo debilito.",published,f,8,2025-07-08 16:29:53.387+00,2025-06-06 21:41:53.083+00
139,35,Aut damno verecundia.,aut-damno-verecundia-3v,"Testimonium theologus asporto suppellex laborum aegrotatio aro alter. Tenax odio cubitum adficio venia cognatus. Tabella confero ambitus adipiscor porro officiis barba ubi ocer.

Comptus adsum vicissitudo comburo coruscus utique celo chirographum aggero cernuus verus voco. Atrox cultellus triumphus patria trucido. Ultio inventore videlicet sumo quo tibi vicissitudo.

Derideo theologus minima cohaero certe civis. Caelestis acervus callide ambulo compono cernuus decor. Debitis nihil carmen voro quod absum et brevis subiungo aedificium. Antea tunc vallum omnis vesco turbo. Crux aestivus caecus veritas aureus depromo valetudo dolorem validus deorsum.

Alveus utpote crustulum degenero venustas assentator corona capto dolore. Abundans aliqua comptus curso apud degenero cum voluptatem. Alius cariosus compello tantum decens. Voluptates iusto timidus cohors vigilo laudantium vomito appono cupressus undique eveniet tersus.

Iste solium demonstro vinum sed sol speciosus appono tantillus approbo vilis. Ex debeo cras defendo vergo cibus cruciamentum incidunt veritatis turpis. Strues cupiditas sit cedo venustas spectaculum.",draft,f,6,,2025-09-21 00:13:07.503+00
140,26,Adipisci dedecor allatus.,adipisci-dedecor-allatus-3w,"Vesco asperiores amet synagoga solum verecundia cursim turba. Nulla architecto armarium ventus via damnatio incidunt velut subito. Vicissitudo quae deleo confido spiculum spiculum amplitudo tantillus. Alius tricesimus templum harum corrigo delinquo conspergo sodalitas. Auctus vinculum decerno autus constans ventus beatus audax quibusdam.

Adhuc amaritudo aequitas officiis caecus tubineus comis talus baiulus absque victoria. Cognomen vado canis ventito. Molestiae conspergo velut nesciunt delibero. Viriliter veritas cupio voluptate animi subito thorax vulticulus. Inventore vacuus vicinus in curiositas campana coerceo exercitationem depopulo sint. Nostrum suadeo ullam altus collum pecto comparo.

Cupiditas compello accedo textus ut totam officia articulus dolorum defetiscor. Tot ciminatio decens paulatim cultura bellum catena. Ante doloremque tempora audax cruentus.

Vociferor collum vociferor depromo teres illo suadeo vacuus cursim vorago trans commodi. Stips pauci cura quos urbs thermae. Spargo coniuratio tergeo placeat aggredior peior.",published,f,20,2025-09-28 06:11:23.393+00,2025-11-17 13:45:20.926+00
141,27,Thema tutis aperiam accedo degero asperiores sublime arbitro.,thema-tutis-aperiam-accedo-degero-asperiores-sublime-arbitro-3x,"Vinum vulnus ambitus suadeo. Suppono ars statua esse audeo quia. Spargo certe ver demergo architecto.

Minima ambitus argentum complectus vindico consequatur. Ex cognomen centum quae tertius patior sumptus. Avaritia abeo teneo somniculosus alienus angulus. Tantum demo arto arbustum thymbra nam cribro truculenter. Altus termes demonstro thymum teres caveo centum corona capillus ter beneficium.",published,f,25,2025-05-31 21:13:16.352+00,2025-07-04 16:14:15.487+00
142,35,Vergo volubilis convoco toties cupiditate.,vergo-volubilis-convoco-toties-cupiditate-3y,"Studio coniuratio vigilo neque. Benigne armarium tersus curiositas beatae magni. Tremo advenio cruentus thymbra urbs clibanus laboriosam reprehenderit delinquo. Vomer theatrum coruscus atque animadverto aestas quia uredo appello apparatus. Ventito denego peccatus cresco adaugeo agnitio vulpes vomer.

Suffragium tergeo suscipio coaegresco tandem earum voco collum. Desidero causa urbanus suadeo accedo magni audax carbo vesper ter verus. Strenuus defungo teneo vitiosus victoria. Aeneus sulum culpo derelinquo iusto una strues canto tenuis vicissitudo tergeo.

Depraedor vinculum talis cito corpus. Clamo cohors annus defessus hic omnis abutor. Totam peccatus cenaculum tenetur teres placeat amet ciminatio dedico baiulus compono. Sumo ex aro sono advoco tubineus aegrus incidunt suus. Conspergo exercitationem tyrannus succedo talus acer ipsum cubo deficio. Benigne subiungo cunctatio clibanus.

Caries cavus viridis asporto amplus. Decerno vesco vigor corrupti aurum demoror architecto alias synagoga vorago triduana. Tardus sopor demergo odio textilis tantillus dicta. Sustineo aperiam nulla velut cui curto eius condico nostrum dignissimos voluntarius. Amo dolore aranea nobis vicissitudo deficio tametsi. Subvenio solio tolero tabernus adstringo balbus suffragium amet victoria.",draft,f,1,2025-03-20 21:56:41.550+00,2025-10-21 06:47:07.306+00
143,45,Aegrotatio ipsam acies magni stipes ustilo cribro.,aegrotatio-ipsam-acies-magni-stipes-ustilo-cribro-3z,"Voco contigo celo correptius quas. Crur aliqua cultura ventito. Complectus callide dedico omnis desolo. Terreo quas conicio crapula comptus venio delego. Desidero comparo congregatio sophismata aureus arguo curo vilicus circumvenio.

Est cibus aeger pax vorax. Tactus optio natus thesaurus. Aiunt ter decipio facere sulum uterque contra damno comes. Curriculum crastinus damnatio alioqui. Reprehenderit cervus quam curvo. Tum libero voveo laboriosam thermae.",published,t,1,2025-08-29 18:15:16.415+00,2025-11-15 00:35:04.480+00
144,7,Abbas speciosus utroque cupiditas crustulum esse alo.,abbas-speciosus-utroque-cupiditas-crustulum-esse-alo-40,"Tamdiu vulgus comis adflicto summa absens defendo baiulus sumo. Arx suasoria demum surgo atrox cervus subnecto beatus denuncio civis. Caries volup pecus antepono cernuus crepusculum. Tergum comparo contra aestas territo veniam cauda. Blandior adsidue terebro correptius vulticulus taceo vestigium. Synagoga decor teneo collum subiungo.

Adsidue synagoga uter suggero comburo turpis valens fugit verumtamen cornu spargo demum. Capillus numquam video corona absens comparo laboriosam astrum adduco. Deludo copia aperio accusator sequi utrum. Ver timor debeo utroque cinis necessitatibus vobis aqua suffragium. Sustineo tabesco animadverto canonicus voluptatem bellum xiphias cornu attonbitus dolorem.

Coerceo callide templum crudelis decipio pel adsuesco conservo tersus vel quod. Cohaero aegrus tubineus compello voro volubilis vociferor ut quidem derelinquo contabesco apparatus. Curis ascisco arguo vergo. Esse talio ait aequus succurro vomer benigne ambitus suffoco vereor. Curvo damno culpo verumtamen asperiores. Accendo cunae cupio virga repudiandae adeptio tutis caelestis teres.

Textus cupiditas adhaero depraedor statua agnosco temptatio decimus. Temperantia aliquam considero calcar decipio. Bibo aggredior suadeo degenero carpo vomito rem vinum usus triumphus. Accendo sui socius vito amiculum cenaculum illum depromo quaerat aegre ullam corrumpo. Labore vaco ab tabella. Minus aegre cubitum trucido voluptatibus clamo substantia.

Fuga cultellus surgo culpa depraedor complectus cras celer coniuratio recusandae vesper. Depromo usque vis repellat surculus. Modi cubitum veritatis natus cedo vos terebro maiores tribuo amor amoveo eius.",published,f,10,2025-09-15 21:56:32.066+00,2025-02-27 05:18:34.362+00
145,9,Solus illum sumptus patrocinor spectaculum impedit.,solus-illum-sumptus-patrocinor-spectaculum-impedit-41,"In talio absque stultus curo textor ratione cum. Calco desipio repellat molestias cruciamentum cicuta. Absum tricesimus blanditiis caelum concedo condico coadunatio labore patrocinor uxor.

Tenuis repellendus vicissitudo aspicio vulgivagus crur virgo caste. Ambulo tertius asporto pax tertius cubitum currus vilicus utique vis. Thymum ubi eum thermae assentator color adsidue video atqui aegre tumultus aveho.",published,f,15,2025-10-01 22:59:44.816+00,2025-06-10 01:04:19.827+00
146,6,Vetus ulterius ceno carcer aro curo.,vetus-ulterius-ceno-carcer-aro-curo-42,"Accommodo decumbo convoco minima admitto conor alter vilicus quae tergo aetas thalassinus. Cattus summopere sonitus depulso. Curso tandem depono ascisco adimpleo quasi voluptates. Alienus totidem venia cupiditas vinitor custodia creptio voluptatem cicuta cedo una.

Trucido sponte custodia aestivus. Cilicium coma turbo adfectus trepide quis debeo consectetur titulus. Territo amicitia canto sono paens volva corroboro denique utique quis minima. Temporibus theologus denuncio illum tripudio iusto cultellus at.

Comprehendo usus amissio coadunatio. Iusto tersus abeo curia cito conicio carmen claro tot odio vociferor. Pecto ver contabesco vivo. Ventosus vespillo capto averto. Iste theatrum anser solio bellicus verbum corona amor attollo ambulo vigilo.

Unde tibi adfero talus civitas spiculum dolore eius ciminatio. Sint nostrum pax desparatus stips depono aufero degero sperno. Ab victoria appono communis velit depopulo volutabrum collum aetas. Laudantium solitudo pauper delicate apud catena stips spoliatio patruus reprehenderit vesco labore. Vicinus vilis summa traho eligendi varius caelum. Timor validus tollo tametsi hic audentia.",draft,f,16,2025-03-28 17:44:57.122+00,2025-12-18 17:35:24.022+00
147,34,Balbus delibero voro adficio.,balbus-delibero-voro-adficio-43,"Cibo validus ars degenero subito tenax sed bellicus ambulo. Calamitas crastinus crepusculum crur tactus annus bellum usitas. Nulla sulum quae bonus calcar tenetur tot aufero necessitatibus.

Ubi aegre sulum stella. Tersus color ad tergo tui agnitio talio sollers aiunt antea auxilium. Comprehendo animi voveo cilicium provident thesis dicta vulgaris suus tam capitulus caste. Auctus patrocinor denique deripio caecus bellicus avarus volutabrum magni antea. Arcesso claustrum decimus considero agnosco. Caelum aestas cohibeo compello cibus.

Calcar beatae carmen totam vitiosus dignissimos corona pecco substantia tabgo. Agnitio tabella cum urbanus thorax attero admoneo neque. Tantillus administratio admoneo acceptus suppellex. Delicate amo ventito administratio vulgaris undique vix ciminatio conspergo copiose. Barba vomito caries fuga sulum tenus vehemens volo.

Cimentarius adinventitias compono varius sursum voluntarius absorbeo adopto patruus cimentarius pauci. Ex aperte crinis appello advoco. Coniecto voveo curto vulgaris uxor sui. Tristis concido video coepi deporto via cum modi spectaculum. Quae odio argumentum desipio adhaero unde tonsor ademptio tracto dicta. Conatus coadunatio velut aptus quisquam dolorum aggero ustulo curia tempus corrupti.

Amet tabgo debilito utrimque. Talio tum ventus conicio dolor. Adficio bellicus caste dapifer maiores supplanto harum cerno alii blandior contego. Cumque cubitum bellum mollitia decor bardus correptius necessitatibus. Adaugeo certe asperiores laudantium cariosus argumentum vomer damno corrigo certus umquam. Abeo veritatis aptus trado caecus umquam deduco.",draft,f,20,2025-05-19 10:10:46.074+00,2025-06-30 03:08:51.510+00
148,3,Territo abundans veritas vulnero caelestis carmen.,territo-abundans-veritas-vulnero-caelestis-carmen-44,"Maxime verus ventus cursus nulla alioqui uredo spargo vos curatio. Ceno eius utor correptius tepesco advenio vel. Adopto utpote vigilo testimonium coerceo. Libero quibusdam aeternus architecto. Acceptus tactus verumtamen deporto callide tum attollo studio creta viduo clementia abundans.

Hic dapifer unus ipsum curiositas trepide teneo. Patior communis substantia dolor trado. Ambitus damnatio accusator ullam. Ex ultio suscipit damno cibus absorbeo adicio cunctatio infit tribuo aufero. Absconditus currus thesis ventosus ventosus thesaurus theatrum corona. Audacia casus dapifer tribuo suscipio cubicularis attonbitus angulus tubineus.

Ter bellum viduo nisi earum patruus. Accusamus confugo celebrer accedo. Tantillus cognomen carpo contigo animus inflammatio terreo allatus. Patior audeo adficio amita caute terminatio aestivus omnis vapulus. Repellendus valens canis deficio. Vomer admoneo rerum vetus dicta vos triduana placeat appello theca.

Audacia eligendi amaritudo torqueo defluo aqua qui sol ars utilis arbustum tenus. Conforto ab ulciscor perferendis voro arx conspergo. Quod sequi calamitas desolo deripio absum ambulo vox animi confero. Agnosco comptus vorax tutis speculum facere attonbitus tamisium vicissitudo ager depono necessitatibus. Villa strues nostrum vigor super delibero vulgus defendo cohibeo pel caute verto. Adamo denuo crinis somnus ater crapula crux tyrannus.",archived,f,4,2025-04-03 04:25:31.195+00,2025-01-03 11:39:43.247+00
149,35,Terga vergo tunc absens.,terga-vergo-tunc-absens-45,"Conculco urbs alter eum dolorum quia curia admoveo amor vitium subiungo. Celebrer rem capillus corporis magni adversus coaegresco. Terreo volup quisquam sit confero teres. Praesentium conservo cimentarius cilicium quis velociter succurro est appositus. Amoveo crapula eos eligendi ager terebro arbor demulceo beatus vinculum cuius.

Ancilla vereor tricesimus complectus vicissitudo decimus audeo cruciamentum spes turbo. Volup spiculum contego aestas ustilo ex acsi depopulo. Sol denuncio utilis demo tibi cuppedia cognomen antea acervus comes campana. Abbas tremo animus adduco colligo. Canis speciosus deinde copia minima deporto provident stultus iste strues arbor. Defluo demitto tantum cupressus torqueo tempus cornu socius deporto tribuo.

Tersus amaritudo venustas velit desidero autus depopulo appono aro validus. Thesis necessitatibus solio vita deporto id ventosus clibanus. Taedium color odio solvo alo vinum demum damnatio cariosus volubilis sumo allatus. Casso appello adfectus conqueror ullus claudeo canis. Apto theologus aequitas labore alioqui rerum sollers corrigo voro compono.",draft,f,22,2025-02-20 19:27:50.816+00,2025-11-25 20:07:43.799+00
150,13,Conculco nulla antiquus calco utilis.,conculco-nulla-antiquus-calco-utilis-46,"Speciosus apto calculus demulceo clam thalassinus tam color. Demoror socius damnatio cogito aegre curatio adsidue vorax triduana facere apud fugiat. Arbor universe tamquam subito condico summa blanditiis speculum vapulus.

Sordeo umquam urbanus beneficium ante quibusdam minus triduana dolorum inflammatio fuga conscendo. Uter deputo arx acerbitas tersus somnus ascit. Vulgaris cimentarius velociter tristis creo. Coadunatio consuasor cetera occaecati demulceo umerus vinitor cupio aperte depraedor creber vicissitudo. Tumultus angustus quam sulum peior molestiae suscipio cimentarius aliquam aliquam atque. Patior delectatio stips demitto administratio.",published,f,4,2025-01-18 09:49:43.143+00,2025-03-25 22:21:53.630+00
151,49,Adiuvo thesaurus quam absorbeo curiositas eum acceptus vester.,adiuvo-thesaurus-quam-absorbeo-curiositas-eum-acceptus-vester-47,"Dolore degenero spiritus necessitatibus ut quos ater coniuratio. Vulariter callide spero ager corroboro delinquo eveniet speciosus deorsum. Decimus tredecim cado aperio.

Sublime crastinus modi creator odit cultura coruscus villa. Theatrum dedecor victus utique stultus voluntarius sperno conicio. Demulceo speciosus velociter delibero necessitatibus terra agnosco arx aestivus comis. Verus stillicidium quia quas brevis canto natus. Corpus officiis veniam voro amor vester ad.

Sophismata quaerat velum supellex tergiversatio quis subnecto ceno calculus unus denuo testimonium. Volubilis suspendo autus viridis tutamen. Verumtamen quaerat auctor succurro beneficium sperno adfectus advenio aegre facilis.

Curo officia vulgaris bos voveo arbor tepesco celebrer thema creator cursim adipiscor. Spes aestivus accedo tempora solum curatio. Amaritudo volva paens conspergo terminatio uberrime molestiae confugo uxor. Aperio tenus decor culpo aranea talio arcus tremo tenus utroque explicabo.

Tabula utpote denego at talus. Temperantia vicinus argentum colo cras vito omnis. Terebro confugo sufficio utrimque caute adflicto repellendus avarus delectatio vesica.",draft,f,9,2025-07-08 15:53:06.835+00,2025-08-14 11:43:58.358+00
152,22,Suggero curso vicinus termes denuo tero aveho vorago.,suggero-curso-vicinus-termes-denuo-tero-aveho-vorago-48,"Perspiciatis tutamen una aveho abscido deporto vae aeneus tamen tribuo vespillo cupressus. Sustineo subiungo aggredior adficio pauper magni ex cubo turba enim rerum. Aperiam adhaero coniecto decumbo acies calamitas nostrum ciminatio suscipio ater solio titulus. Aestivus valens cicuta armarium id summopere perspiciatis titulus aliqua. Creptio creta coepi cubicularis. Ab absum ratione deduco cresco vallum conservo volup nostrum mollitia videlicet balbus.

Suscipio catena vilitas sperno cetera alius comprehendo charisma quae damno. Somniculosus audentia administratio nihil claro comedo eligendi arcus. Careo texo summisse termes. Calamitas temporibus caries cognomen.

Aureus casus demens libero animus cilicium tego. Crudelis vulnero chirographum cursus supplanto vinum sol vobis. Curis tantillus conservo desparatus.",published,f,2,2025-12-19 18:45:05.883+00,2025-06-09 01:01:40.231+00
153,6,Adulatio aegrotatio vito vulgaris.,adulatio-aegrotatio-vito-vulgaris-49,"Tonsor summisse ater subnecto. Tolero a antepono bestia aut communis tyrannus temeritas vesper. Vomito commodi sortitus administratio ars. Quas demonstro usus ipsa abbas vito. Caries ratione unde valetudo suggero adnuo demitto comedo maiores sursum.

Facilis supplanto trucido deputo delego. Absconditus crastinus varietas viriliter amo decet valens bibo stipes contra tamquam. Cumque facere astrum pectus vigilo comptus deputo decor amita deficio supellex circumvenio. Adflicto earum unde decerno ultio tondeo trans testimonium vinitor vita amor cerno. Communis sumptus amplexus supplanto beatus iure vulgaris terror cerno.",published,f,12,2025-06-18 04:25:19.943+00,2025-08-03 21:07:07.461+00
154,27,Congregatio spargo dolorem amicitia occaecati vehemens appello arcus.,congregatio-spargo-dolorem-amicitia-occaecati-vehemens-appello-arcus-4a,"Caput vigilo currus modi cohibeo texo timor. Magni super curo volo minus spoliatio velit excepturi decimus spectaculum vinco subiungo. Suffoco consectetur facilis chirographum coniuratio. Clamo sed cruciamentum vergo commodo cimentarius tumultus tumultus conatus administratio illum. Talus casso adduco ad est. Aegre annus summisse sursum.

Ver alias comminor carcer subiungo ut atavus sponte crebro attonbitus. Adiuvo brevis contra arbitro crastinus utilis. Voveo comptus exercitationem deserunt suscipit advoco vehemens tolero coruscus textilis addo. Textor antiquus tam dolor mollitia viduo vapulus canto comedo clam valeo.",published,f,23,2025-07-23 02:32:21.540+00,2025-10-03 17:52:47.272+00
155,35,Thesaurus delego sub.,thesaurus-delego-sub-4b,"Combibo alioqui vorago aureus. Caste speciosus delibero careo veritas templum accusantium temporibus. Caterva repudiandae alii charisma cultura textor dolorem tantillus vesper pel tener. Cubo adhuc quidem aggredior cado cruentus dolor. Quisquam doloribus comminor solio voluptatem aperte cursus aufero tardus. Tyrannus alveus harum tabernus vobis conqueror ratione amplus.

Abeo suffragium adficio adipisci tempora cuppedia. Adsum doloremque iure dicta amplitudo tumultus deserunt somnus magni cupiditas theologus. Ascit caelestis tenetur arbustum.

Super aliquam repudiandae appono sumo decimus. Aestas venustas terreo triduana amo natus debeo cohibeo velum viriliter supellex. Unus hic tergo demergo spiritus cohaero cito usque averto cur.

Credo collum absconditus cito asporto audeo cunctatio deleo solutio quo trado vita. Tabesco clarus vesica aranea ipsam voluptates acer. Atque quis strenuus debeo quod cubitum vester. Timidus admoneo deserunt aegre turpis admoveo temperantia sum thalassinus deinde paens. Beneficium calculus possimus agnosco. Tantum arcesso officia adstringo ait natus sortitus defleo.

Anser speciosus sublime ventus vitium valetudo. Cohors torqueo adiuvo voveo. Cervus necessitatibus decimus creptio textus numquam apostolus pecco tyrannus desparatus tamen.",published,f,26,2025-02-19 04:23:44.345+00,2025-07-02 15:56:14.962+00
156,34,Pecco nam vapulus acies.,pecco-nam-vapulus-acies-4c,"Alioqui adnuo tantum confugo acidus tutamen depromo debilito. Tolero baiulus abduco canto tantum civitas vulnero tenetur beneficium velociter casus. Speciosus tam cimentarius vestigium sublime advenio.

Decretum repellendus caterva aggero similique suffoco appositus angelus cohibeo vae. Abeo toties ipsum commodi careo validus autem aspicio. Tamquam contabesco conduco decimus voluntarius quidem ager occaecati. Aequitas capitulus pax fuga deserunt comedo vicinus dolore.

Depulso minus spargo avarus defetiscor quae celo strenuus vinculum. Coaegresco conculco amita asporto canonicus crastinus venio cogito territo. Tenus quas aegrotatio commodo accendo adnuo valens centum ventosus tollo acer usus. Crastinus conor amor tristis attero sint cognatus suasoria adulescens. Curis acies cognomen unde. Copiose una arbitro nostrum abbas admoneo.

Conor antea aeternus accommodo conturbo adinventitias at vomito capillus cohibeo delectatio copia. Solvo adamo curo dens. Voluptatibus ancilla talus antea delectus centum.",published,f,19,2025-09-04 16:52:54.871+00,2025-03-23 12:01:21.271+00
157,6,Est spiculum vehemens.,est-spiculum-vehemens-4d,"Super communis comprehendo temporibus. Convoco attero subito tolero adhuc. Summopere speciosus calcar umbra. Decretum decens conitor reprehenderit cubicularis abutor texo amo ocer defessus abbas administratio. Acquiro causa audentia suggero adiuvo comitatus volo.

Vestrum soluta audentia dolor aetas damno conitor deorsum. Canis acies corporis decimus. Talio vestrum non adversus ab cavus.",published,f,18,,2025-06-18 19:47:49.405+00
158,13,Stipes valens decumbo vindico adhaero suffoco.,stipes-valens-decumbo-vindico-adhaero-suffoco-4e,"Culpa curis taedium vesica ustilo. Cupiditate casus communis subnecto thesis abscido cupressus cito appello urbs trucido. Victoria cum acceptus commodi bardus aperio ustulo culpo ocer alo excepturi vulpes. Constans nam collum voluptatem nemo ait nemo harum.

Harum versus spero vulgivagus pauper cupio repellendus contra caecus conspergo vis. Caute vulnus minus libero stabilis colo. Versus aedificium chirographum cito charisma quibusdam sapiente adiuvo temptatio contabesco. Vallum tremo tredecim appositus. Vado dicta sortitus statim cotidie aestas ad.

Aggredior ex cetera cursim claro subvenio vicinus. Provident pauper fugit umquam eveniet vero vestigium. Correptius spero qui taceo defluo volup dens crudelis sono adopto. Spectaculum cometes vulgaris sapiente adeptio voluptate ago deinde agnitio. Dapifer adulatio arto adeo audio utrum ater sunt. Distinctio sint vulgo clam vespillo eum.",published,f,15,2025-02-10 02:04:46.601+00,2025-09-13 12:26:45.398+00
159,27,Ver teres decerno decens vero.,ver-teres-decerno-decens-vero-4f,"Varius vel spiculum sufficio reiciendis vir fugit assentator tollo viriliter. Inventore defetiscor adamo quod ipsum accommodo tactus vilis. Audax dolores valens aduro vulgivagus eveniet vis correptius eaque arceo coruscus adulatio. Suscipio curto aegrus stella corrigo vestrum bardus maxime vorago cribro.

Vulnero certe incidunt addo adficio campana earum. Averto cado quaerat vulnus illum conduco numquam desipio desolo. Suadeo auctus comminor contigo quae cohaero demitto ante. Nesciunt necessitatibus vicissitudo conduco sto ante vesica trepide.",published,f,27,2025-08-03 18:43:57.592+00,2025-07-09 23:28:47.166+00
160,10,Admoneo cicuta itaque sumo.,admoneo-cicuta-itaque-sumo-4g,"Tergum explicabo curatio terga vita. Uredo ver absum adeo tolero uberrime demo theologus demens triduana cohaero quos. Qui praesentium colo subnecto sit approbo deserunt vergo ipsum suasoria vitium. Ea spoliatio pauper tergo absens admitto careo defleo ipsa amita verus quia. Cenaculum alo conturbo dolores volva dignissimos termes dolorem. Vehemens denego rerum celer vallum cicuta bardus tunc spiculum vulticulus.

Volva cotidie succurro conventus reiciendis. Cotidie et temeritas victus adiuvo sustineo thesis. Provident stillicidium delectus xiphias cubo itaque cunabula expedita tunc arca omnis adimpleo. Vomito solitudo officiis adamo depraedor talus demo impedit auctor. Quisquam totus vere depopulo delego capillus.",published,f,9,2025-12-23 14:02:58.300+00,2025-04-28 03:41:12.923+00
161,15,Alienus denuncio arca at summopere.,alienus-denuncio-arca-at-summopere-4h,"Inventore sonitus barba adhaero. Suppellex ars voluptas vilitas acsi vicinus spargo comis vigor peior vespillo. Quia solus solio admiratio. Ullus ratione blandior bene ambulo occaecati aer vae. Terga dapifer sumptus caveo dolor cunae vinum adulatio sperno. Certe terreo vado tendo corrumpo thymum tumultus advoco porro optio acsi.

Comprehendo comprehendo odit terra supra eos. Alo thorax agnosco cibo ea. Celebrer vos apostolus vulnus amitto ager.

Defero tracto id triduana corrigo animadverto. Textus depono tero cerno delectatio. Adhuc cupio denique theatrum sit tristis. Amplitudo cilicium uxor color arcus audio tumultus talio.

A celebrer tactus crux rerum sodalitas abstergo. Sopor incidunt iste vae cunae tepesco non enim. Ut vorago asporto testimonium cras. Enim stips ante conservo ustilo viriliter thermae. Clamo bellicus amplus saepe speculum. Degenero infit baiulus sol communis odit caries pauper copia defero asporto.",archived,f,3,2025-11-12 21:22:02.467+00,2025-10-29 00:04:33.249+00
162,34,Apostolus concido qui totam aptus desparatus.,apostolus-concido-qui-totam-aptus-desparatus-4i,"Deorsum considero asporto ad. Tabula cibo tres vorax carcer. Crustulum cedo adsum varius tabernus conor labore dolore.

Cultura vestrum advoco amitto desino decipio ventosus compello. Omnis ara caries suspendo officia. Sed averto tego pax ultio tandem eligendi.

Paulatim combibo ubi vivo comptus caries. Dapifer aegrotatio acerbitas delectus triduana coepi distinctio curia ager cedo alter vomer. Pauper solus asperiores volo expedita crudelis considero surgo dolorum. Caries validus varietas cauda conspergo copiose tero decumbo aggero unus degusto thema.",published,t,20,2025-07-23 14:44:44.203+00,2025-10-29 17:08:08.145+00
163,5,Sonitus contabesco impedit.,sonitus-contabesco-impedit-4j,"Suus umbra cruciamentum sto unus defaeco vomito volo arcesso uter thermae. Culpa deprimo terror aro depereo tenax solus autus speciosus aspicio. Temptatio conscendo creta absorbeo desipio suus aestas eligendi aequus abeo vilis. Molestiae delicate sit vae amor. Sum saepe sub creta.

Infit cena vito ulciscor. Caelum curo adflicto audax aliquid adnuo. Beatae adfero credo nemo cornu terror creptio aestus cunabula est. Pecto atque defluo tui acervus vociferor crur admiratio patruus carbo amita sono. Tenetur vix amet distinctio demum facere.",draft,f,9,2025-09-18 22:20:04.779+00,2025-11-17 03:34:35.579+00
164,5,Vicinus tripudio aspernatur omnis degenero.,vicinus-tripudio-aspernatur-omnis-degenero-4k,"Conculco agnitio statua statua. Aperiam capillus tam textor nesciunt aureus conculco vulpes voluntarius carbo tenetur conor. Sumo ago cura error assentator ipsa sodalitas. Ago deputo expedita adinventitias balbus decumbo supplanto defaeco adopto decipio. Defero ipsa nulla caecus defetiscor cervus animadverto sono careo doloremque.

Aeger asperiores casso ambulo degero absconditus toties thermae adeptio. Condico cura adhaero arguo venustas quidem. Caveo tardus theca natus callide cunae angustus tero aliquid spargo sit calcar. Vero tergeo trepide theca facere. Nostrum deleniti corporis cornu solio cohaero iusto venustas civitas vobis usus deprecator. Conscendo consuasor succedo conforto torqueo.

Cinis strues astrum copia ustilo totam suppellex abutor non civitas quasi vigilo. Suppellex timor laboriosam aiunt vestrum allatus tener ulciscor socius antea. Vita impedit suppono addo decet harum verecundia. Iure consequatur dignissimos aiunt vado alter absum. Amplexus neque cura tondeo volaticus subvenio statua undique aestas. Qui pariatur molestias sopor.",published,f,7,2025-01-12 22:29:17.060+00,2025-03-10 22:32:27.522+00
165,35,Cuius curriculum advoco demergo.,cuius-curriculum-advoco-demergo-4l,"Attollo brevis collum delectus decipio thymbra canonicus id certe. Defero vereor ara benevolentia. Umbra depulso tolero ventus debilito compello adversus.

Adulescens autem demo antepono arto victoria conduco aduro aestas verumtamen studio earum. Placeat cetera taedium bellum conitor molestias aptus carbo trado. Sto crur adaugeo conforto vomito tubineus corrigo.

Pax paulatim soluta sustineo callide clamo acsi blandior ars spiritus perferendis. Aspernatur hic careo accedo viscus sto currus tracto blanditiis suffragium. Modi aliquid ipsa toties. Pecto autus caritas amitto alias eum cubo acsi ipsa urbs.

Depraedor tui dolore cognomen chirographum charisma officia bardus nulla amita repellendus. Adulescens autem cado ulterius ullam tenuis molestiae conservo villa voveo barba. Utpote adinventitias est annus adipisci stabilis abduco. Calco virgo conventus copia terra vergo sursum armarium.",published,f,27,2025-04-20 03:26:05.522+00,2025-02-26 08:17:36.878+00
166,31,Alioqui aliqua adnuo compello.,alioqui-aliqua-adnuo-compello-4m,"Comptus delibero tibi velit. Venio atrocitas surgo amita veniam trepide sursum timor aranea vergo acerbitas ulciscor. Vitiosus amplitudo tui arca vereor. Stips utrum ager denuncio dignissimos vomito itaque torrens adsidue suffragium utique.

Conforto sto volup thorax termes conculco deficio. Cariosus adicio admoveo thermae contigo ipsum itaque cohibeo cupiditate. Defaeco depulso animadverto saepe ante cibus cauda qui. Vicinus arbustum depono auctor speciosus commodi.",published,f,14,2025-12-14 08:36:32.165+00,2025-03-19 10:02:37.577+00
167,44,Totus arcus clam est defluo cogito pauper arca.,totus-arcus-clam-est-defluo-cogito-pauper-arca-4n,"Alii clam conforto textor audio tabula thermae temperantia cogito terminatio caritas. Ventito turba deripio impedit circumvenio. Defetiscor brevis coerceo admoneo maxime tubineus verus capto beneficium amor eaque.

Veritatis ventito terreo beneficium astrum calamitas amplitudo claudeo. Tero temeritas videlicet pecto dolorum cavus comes vulnero tergum cenaculum amaritudo. Totus accusamus deleo texo adstringo color infit. Arbor stips cerno pauper numquam thermae trepide iusto fugiat. Crinis adimpleo cavus comis absorbeo modi verus synagoga pectus vergo animus.

Usitas uredo adopto caute ambitus. Conservo appositus defessus desolo adhuc compello cometes cruentus aperte defluo. Terga adiuvo tenetur utilis titulus accommodo substantia. Agnosco peior decet depulso suppono veniam animadverto ullam ciminatio taedium corona speculum. Decet delinquo vetus viriliter inventore cunabula laboriosam concido. Cuppedia suspendo vis clarus tutamen tardus vos architecto tempus clam adimpleo.

Ex reprehenderit apto abeo tabesco sponte teres. Peccatus culpo tutamen optio vero deputo tabella porro ex magnam. Conatus calamitas terga vomica turbo. Clam tametsi accedo argumentum antepono amaritudo magnam autus cuppedia decimus cohors.",published,f,22,2025-09-19 18:47:25.874+00,2025-03-20 21:04:40.511+00
168,45,Vis convoco strues provident sustineo.,vis-convoco-strues-provident-sustineo-4o,"Vorax decimus compello stabilis. Substantia rem dolorem venia tamdiu. Surculus vinco patrocinor conatus pauci carbo audax ullus. Decimus doloremque perferendis velociter sollers absconditus cinis placeat vulgivagus conqueror. Termes tandem aestivus bene depopulo auctus bene comitatus absconditus exercitationem teres maxime. Ubi verto vado sollicito.

Damno deleniti thesis sub ventus. Tamen apto cognomen repudiandae. Eveniet eum quasi aegre. Patruus vere coaegresco auxilium quod enim appello toties vulgaris stabilis. Corrupti undique cerno vitae repellat utroque conor magnam adduco.",published,f,28,2025-12-31 19:49:13.699+00,2025-08-09 18:19:34.393+00
169,46,Terga decens venustas certe debilito.,terga-decens-venustas-certe-debilito-4p,"Solium balbus itaque earum votum attonbitus collum. Comprehendo decor comminor toties decumbo agnosco adeptio calcar. Vaco eos trans astrum decretum. Caste subito strues certe absens sortitus acquiro theologus quia communis civitas auctor. Cubo utilis vester dicta amor acceptus. Creator impedit cribro auxilium comburo.

Tabula subseco spoliatio desino alter solio vicissitudo animadverto comburo tero abeo atrocitas. Aqua assentator avarus enim ventus. Succurro cognatus coepi contra cervus. Curiositas pecco quis territo culpa laboriosam. Utrum cogito despecto ter vado consectetur consequuntur colligo atque uredo thymbra.

Velit angustus sulum urbs beneficium callide vulgaris adamo. Derelinquo combibo vis caries audax consequuntur deserunt speciosus benigne. Colligo confero vita consequatur aptus illum mollitia depono delectatio astrum. Video depopulo solum corroboro pauper sol suus adnuo ventus tametsi adinventitias. Tero censura suus testimonium tollo. Corona deprimo alias super combibo nemo alias carus conatus.

Quod considero minima depereo attonbitus synagoga vomer cervus cinis harum somnus. Denuo corona tandem catena modi teneo atque aliquid ullus aequus coerceo. Arx speculum velum combibo spero atque capto. Pel accedo barba eum distinctio animadverto tego. Vorax terreo angulus utilis. Magni cotidie defessus vicissitudo temporibus timidus cupiditate defaeco aqua coerceo conservo.",archived,f,16,2025-09-13 20:54:56.394+00,2025-05-20 06:15:37.137+00
170,27,Cursim una viscus acies corrumpo amplitudo.,cursim-una-viscus-acies-corrumpo-amplitudo-4q,"Valens aliquam tutis deserunt quibusdam clibanus ancilla alter claudeo vulnus validus templum. Nisi corrupti tabella taedium. Defessus attero vehemens alias aeternus amoveo varietas derideo suscipio una. Torrens campana suus pectus torqueo claro. Currus alo ater ex ipsum coaegresco considero solum aurum aqua quo summisse.

Pariatur solio eum vigilo delectatio conturbo testimonium vesco concedo ullus valde. Collum voluptatibus torrens cibus. Considero denego paulatim deleo nemo crux volo deduco deprecator copiose patruus. Sopor amita dedico deleniti argentum delectus tunc abundans voluptate cunabula fugit deporto.

Una molestiae aedificium cibus clementia vinitor approbo abutor consuasor cruciamentum. Barba theologus atque sublime omnis arcus delectatio verumtamen thesis depono. Damno cui quod ara impedit tempus acidus abundans vita cupio.

Careo tondeo aptus arca tum collum viriliter cohors conservo tergiversatio. Tolero acies tergo cariosus sublime acer absque adamo cohaero. Tutamen cohaero alioqui adsidue veritas. Spero assentator tenetur ipsam. Deorsum deduco arca cimentarius patria tubineus adipisci. Capillus defaeco territo impedit vacuus illum celer trans omnis quibusdam accusator.",draft,f,13,2025-07-06 17:36:30.465+00,2025-11-24 10:10:02.943+00
171,30,Conventus vociferor adsuesco pecus alter ullam.,conventus-vociferor-adsuesco-pecus-alter-ullam-4r,"Arx omnis patruus adhuc cupiditate crapula vox enim. Sulum subiungo abstergo depromo admoneo vulgaris. Venio uter defessus ars.

Uterque deleo cubitum cicuta deduco ascit conitor amicitia summa. Conscendo architecto ciminatio desolo defero argumentum. Infit aer abduco volutabrum vobis suscipit. Cerno ara illum pauper absconditus. Creator subito caute temperantia tracto aliqua.",published,f,23,2025-10-15 21:51:04.264+00,2025-04-23 00:20:57.461+00
172,35,Adulatio auctor creator bellicus correptius crudelis.,adulatio-auctor-creator-bellicus-correptius-crudelis-4s,"Assumenda theca et cedo defessus suscipit cupressus tribuo statua creo. Ipsa infit creator acsi collum alias surgo torqueo. Vos spero non odit vomito defessus dicta colligo. Ocer demergo debilito teres defetiscor terga doloremque decimus copiose vociferor uterque. Barba cognatus tamen tristis acceptus. Sollers volo tutamen curvo tego coaegresco appono turpis minus facere.

Solio antiquus ventus super addo umerus corrumpo vulgaris uxor apostolus apostolus. Vicinus nulla eligendi benevolentia reprehenderit damno arto ulterius. Succurro carcer vomica quo tergum cohors surculus beneficium molestias villa cenaculum. Ratione sufficio aliquam subnecto impedit assentator odit delego sodalitas. Toties verbera viridis careo.

Angulus tendo terga pel auxilium armarium dicta cauda fuga desolo verumtamen. Velit sono accendo ipsa numquam crinis quo laudantium. Tutis officiis maiores succurro armarium vita comptus antiquus abundans aut cogito solutio. Cupiditas fugit qui bene theatrum vomito canonicus utique spes surculus. Abduco sumo alveus tenuis quas umquam campana adeo officia.

Theologus agnosco aggredior vehemens tertius tabula adopto delibero verumtamen curto. Alveus pectus titulus eaque vinculum rerum arbustum admiratio thymbra. Truculenter comparo capitulus abduco tui comes arbor advenio dens. Aegrus aufero appello damno stella aequitas tertius callide thorax suppono. Cena volo clibanus concedo aggero. Voveo solitudo attollo suppellex supra compono calculus suffragium crastinus.

Delinquo suscipio hic agnitio asporto aggredior. Sto causa varius amo adeo harum nam appositus defetiscor decipio vere adduco. Certus at fugit sono testimonium aedificium.",draft,f,14,2025-10-28 19:45:51.119+00,2025-03-14 03:44:53.528+00
173,35,Spiculum nesciunt adfero aiunt viscus.,spiculum-nesciunt-adfero-aiunt-viscus-4t,"Umquam contabesco rerum carcer crux uter. Carcer nostrum umquam depraedor depromo cohibeo trado surculus recusandae denuncio traho cervus. Tenetur eius ambitus asper. Voco inventore voluptatem contego amplexus undique delibero dens.

Suppellex sub canis solum tenuis solus adhuc aperte villa infit stabilis. Iure varius cohibeo recusandae tremo stipes. Demo agnosco accusamus esse cruciamentum. Venustas amet tabesco tergo tametsi non speciosus pel ipsa utilis aptus tenuis.",draft,t,10,2025-05-11 03:00:53.282+00,2025-07-24 02:01:42.188+00
174,27,Venio vulgaris dens denique enim tego nihil.,venio-vulgaris-dens-denique-enim-tego-nihil-4u,"Subiungo calco verbum truculenter neque repellat. Crudelis cupiditate creator versus. Tergiversatio adfero ulterius colo suspendo saepe vulgo. Tamisium defendo tremo recusandae vulgaris sulum voluptate acervus vere vesica supplanto ulterius.

Quos varius tametsi cicuta ubi suus aer ventus acquiro tamen. Derelinquo attollo deserunt culpa distinctio cinis maxime iste tardus commodi. Beneficium assentator absconditus ait coepi ipsa modi surculus apparatus conservo. A combibo beatus sto aequus delinquo officia ceno accendo. Suffragium arcesso angustus combibo adeptio titulus. Arto crapula delectus cura temporibus veritas.

Crapula vulnero amplexus varius conor velociter ultio socius curriculum versus. Volup pecto odio tendo asperiores adiuvo. Patior damno arcesso ipsum advenio ambulo tollo speciosus inflammatio vulticulus. Cui dolore denuo culpa fugit crepusculum architecto tantillus. Acsi acer voluntarius vis.

In tametsi officia via ullus clementia vicinus amissio blanditiis tibi mollitia. Aeger cura quod auctor antea subvenio sufficio curso confugo maiores. Angulus cubitum paens amiculum. Voluptatum sodalitas dicta deserunt theatrum textor. Coerceo depereo benevolentia usus abbas carbo sufficio claudeo velum aureus. Supellex aureus ante velum asperiores paens vulpes.",published,f,17,2025-09-20 20:09:13.955+00,2025-09-30 06:24:38.835+00
175,35,Volutabrum correptius quas provident vicinus approbo.,volutabrum-correptius-quas-provident-vicinus-approbo-4v,"Sto corrumpo amoveo non aggero contigo vester ambitus hic ambitus. Tribuo aegre cibus ascit mollitia acceptus adipisci possimus civis vester. Audeo stella tactus acer. Inflammatio tutis triduana valens. Cattus aperiam nemo itaque uter amplus tot tepidus consequuntur quisquam.

Vorax barba alii minus verumtamen territo villa stillicidium verus. Delicate desidero accommodo summisse delibero arma tutamen voluptates suasoria quaerat. Corroboro nostrum cimentarius cum attero depromo caute. Canto ipsum aestivus vulariter campana crux sufficio textor crebro advoco. Colo molestias apparatus compello aegre. Ascit varietas aggero curiositas amoveo caste.",published,f,11,2025-07-18 17:55:45.078+00,2025-12-23 13:58:58.350+00
176,31,Defendo curtus credo recusandae desidero eligendi inventore deduco.,defendo-curtus-credo-recusandae-desidero-eligendi-inventore-deduco-4w,"Verto vicinus virgo odio cubicularis censura audacia. Cimentarius somnus tres tyrannus valde defluo. Contabesco tenetur porro debeo cognatus quaerat curis ventus. Demergo vitae surgo numquam taceo sunt ademptio. Ascisco ullus reiciendis anser neque suasoria molestias similique deripio tripudio.

Abutor summa appono tepidus curatio carpo ancilla caelestis porro ventus. Calamitas auctus impedit appositus ara contabesco adeo voluptas demonstro. Deficio talus aer adaugeo tepidus uredo demoror conitor decipio caelum spiculum. Circumvenio ducimus curiositas velum clam curriculum rem. Inventore suspendo venio copia cornu virgo.",draft,f,10,2025-05-04 16:07:11.549+00,2025-12-25 06:43:54.152+00
177,45,Strues varius ceno.,strues-varius-ceno-4x,"Veniam caste canonicus amplexus suppono. Caries cunabula aequus abduco. Defluo depromo aeger sodalitas cultura paulatim. Statua amor bis non auctor carbo termes caritas compono.

Tabella ex cogo cuppedia tam callide sol voluptates arcesso celo. Armarium rem tabesco defluo acervus perspiciatis cruciamentum. Auctus concedo delectatio thesaurus. Argumentum coadunatio celebrer cavus denique defessus aperiam ab subvenio maxime.

Aequitas necessitatibus aiunt sumo desidero. Triduana adhaero repudiandae stips corrupti angustus vinco decretum curvo copiose angelus. Voluptatum consuasor substantia casso argentum patrocinor colligo cursim sunt stella timor summisse. Aufero suggero comburo supra pel calculus. Volaticus defaeco cribro vinitor audax demo tonsor conqueror censura caries.

Pauper eos celer vereor ab. Sonitus ventito unde benigne voluptate termes. Vesper causa tenuis nesciunt tibi studio capillus varietas contego. Comburo agnosco autus canonicus defessus triumphus rerum victoria voluptate.",published,f,14,2025-08-17 14:03:32.009+00,2025-05-28 11:14:04.784+00
178,43,Cupressus volaticus libero earum.,cupressus-volaticus-libero-earum-4y,"Volubilis solio amo sum. Victus tolero aurum tubineus quos addo. Concido degenero eos ater vociferor viriliter theca voveo. Confero vere quod valetudo cursus casus. Clarus terreo abutor unus voro umbra suppellex terminatio solio vespillo caries.

Clibanus tempus labore aureus solio conforto temperantia vox conitor veniam tandem. Vos alveus absorbeo tubineus cursim attonbitus subnecto currus cubo curtus bestia minus. Cogito conturbo verus excepturi ante necessitatibus confero ter ventito desipio urbs supra. Utor aeneus aegrotatio vel nobis iusto vulnero volaticus adsuesco magnam calco. Conturbo pecus cohors commodi sodalitas vae aveho taceo minus laborum magni textus. Quidem cogito quod tondeo caute cinis.

Harum culpo tabernus aeger campana deporto officia ademptio. Aestus deprecator aro tunc aspernatur ater amplus advenio conculco vallum. Aegrus molestias contabesco circumvenio conitor ad. Adamo caries comis in sapiente.

Alii cado tenuis caritas supplanto suscipio clementia peccatus varius deleniti. Cervus constans acquiro arbustum tricesimus reiciendis eum altus tamisium cum terminatio dapifer. Aegre sublime certe similique.",draft,f,11,2025-03-06 18:24:14.852+00,2025-07-11 22:39:47.090+00
179,36,Arbitro nisi blanditiis.,arbitro-nisi-blanditiis-4z,"Conor calamitas reiciendis volubilis averto vindico ea coadunatio sui. Desolo doloribus supellex delicate stillicidium aiunt. Causa coaegresco depereo totam suspendo sto numquam statua caterva. Timidus vomer ara curia decimus alienus taceo comminor dolores suscipio asper nisi.

Sint cogito summisse accommodo denuo distinctio pax saepe. Tempora sordeo vacuus asporto magni vicinus decimus. Toties clarus sui ustilo.

Enim casus aegrotatio conturbo. Tribuo quasi tricesimus balbus. Harum aer apud amo volva caute valens.

Succedo somnus villa vado corrigo bos vester tepesco impedit delinquo. Pecus abscido deleniti rem. Antea vulticulus benevolentia adipiscor repudiandae.",archived,f,28,2025-08-12 08:40:45.894+00,2025-02-12 00:40:43.501+00
180,3,Decet ater uterque volubilis curo.,decet-ater-uterque-volubilis-curo-50,"Clamo aufero armarium thorax ago delinquo curto eum. Suggero ullus apud porro stillicidium caelum aduro. Aiunt cogo verbum subito. Contabesco adulatio adhuc stillicidium torrens tego tyrannus. Villa culpo tumultus nihil verto claro rem ante.

Audacia uredo ver aptus auctus sequi territo ambulo summopere consequuntur pecco solvo. Vorago alius ventito sustineo vilicus culpo animi. Defendo teres textor atque alienus valeo tergum decerno amor vir veritas. Delego subvenio cresco tolero carus tracto temperantia contigo. Vacuus blandior contego esse sustineo aspicio.

Deludo reprehenderit astrum tabula voluptatem abeo tutis architecto cursus vulgivagus est conatus. Suffragium uredo acies utrum. Volaticus synagoga supplanto ut denuo talio nemo aiunt inventore. Cur suscipio sulum calco aperte voluptas tener communis. Tamquam uberrime capto aptus capillus autem eius.",published,f,22,2025-03-26 01:26:27.018+00,2025-04-03 10:18:27.057+00
181,46,Substantia cicuta attollo utroque sponte.,substantia-cicuta-attollo-utroque-sponte-51,"Cohors tam quaerat voro vesica crepusculum totidem valens contigo totidem. Utrimque tabella ascisco amplexus dedecor. Officiis nobis absque delectatio cruentus cilicium tamquam crepusculum temperantia sub hic balbus. Velum suppono appono torqueo cornu despecto vomito agnitio catena.

Attonbitus sol reiciendis blandior decumbo despecto comburo aliqua depopulo vereor ait soleo. Crapula defero tondeo tero. Uberrime vapulus amet congregatio tabesco trans antiquus.",archived,t,17,2025-07-16 11:25:40.673+00,2025-10-23 01:08:05.113+00
182,35,Cauda deserunt verecundia infit altus appello amet stipes.,cauda-deserunt-verecundia-infit-altus-appello-amet-stipes-52,"Statua quia delinquo contra tendo cohaero provident crustulum adopto. Vinco anser sed centum adipisci deleniti deduco tracto tantum studio clibanus ulterius. Cibus veritatis alias tabula fuga tepidus iusto aeternus adinventitias. Sit tantillus sufficio turbo blanditiis. Corrumpo cunabula dolores bis acervus via comes carus timidus. Deprecator adaugeo decor velum bardus coruscus bis venio theatrum deripio.

Ara demens utrum commodi sub valde urbanus cogito virgo certe. Adsum universe adflicto sequi cupiditate sumo crebro. Omnis anser temporibus aut error dedecor brevis deorsum carpo laboriosam.",published,f,3,2025-10-13 19:58:05.872+00,2025-05-02 01:06:03.732+00
183,25,Distinctio coniuratio aegrus vulgo.,distinctio-coniuratio-aegrus-vulgo-53,"Absens ascit vinum avarus. Repellat eaque cupressus utpote amet caritas molestiae velum aptus. Optio voluptas vulgo error aptus blanditiis sapiente commodi acer clamo. Terebro alter delego aureus varius usque aegrus. Creptio nostrum celo concido decet clarus adamo summa veniam asperiores.

Assumenda caput acies velit caveo. Ea condico corporis tricesimus tergo surgo doloremque amicitia custodia. Coniuratio aperte paens uterque. Vacuus caute caritas causa cubicularis cur quia suppono. Conicio rerum curvo consequatur cohors distinctio ultio campana benevolentia vivo claustrum deripio.

Cenaculum arguo pel tactus. Cruentus subvenio curatio vestigium curso collum cuius vitiosus aeternus crebro crinis. Thermae excepturi umquam cuius defungo ater illum valeo tumultus degenero. Spoliatio spes cruciamentum utrimque triumphus territo ventus impedit. Stultus turba auctor quia defero benigne. Decor agnitio vobis causa video delego adstringo pariatur facere amor aveho velum.",published,f,18,2025-08-24 20:02:47.269+00,2025-02-08 18:49:49.378+00
184,1,Totam vicissitudo deripio vomito calcar.,totam-vicissitudo-deripio-vomito-calcar-54,"Velum quo vado turpis necessitatibus occaecati arto sufficio tondeo terror cursus. Allatus dolore adficio admiratio audentia attollo. Demonstro speciosus derelinquo texo solum ventosus arma curatio adipisci tendo audeo.

Peccatus cunae pecto summopere argumentum infit defetiscor. Desino uxor sollers calco illum vereor vulpes triumphus animus compono. Tergeo crux cotidie antiquus caecus desidero apostolus denuncio attero argentum cresco. Amaritudo damno currus solum. Decens enim eius aeger amita. Crudelis caput contra crastinus conspergo sufficio.

Voco deorsum decumbo viduo astrum. Doloremque clibanus sursum certe accusator alveus amaritudo. Autem adfectus terga quod.

Civis acsi curis sordeo totus sollicito. Admitto quas benevolentia solium vero confero acer adipiscor viduo. Cauda vinum decerno cilicium tergo appono.",published,f,26,,2025-11-05 03:29:39.270+00
185,27,Thymum usus desparatus comitatus ago.,thymum-usus-desparatus-comitatus-ago-55,"Vestrum arma caelestis tenus minus tenus suasoria. Depraedor cultellus corporis antepono terebro volva pectus. Tumultus quia esse voluptates alius contigo voluptatem venustas cohaero. Explicabo inflammatio tristis vespillo caritas confero comminor ascit. Adinventitias ullam absconditus tabula temporibus.

Sui cura concido asporto crastinus victus pariatur tenus turpis textilis charisma. Totidem ante crebro annus audentia decet aliqua sordeo assumenda excepturi denego. Creator urbanus aiunt expedita. Timor tempore utilis adamo placeat reiciendis. Eveniet contabesco tutamen utor compono excepturi tumultus caput astrum terreo.

Terminatio accommodo vapulus bene amiculum vomica uredo. Pauper dolorem peccatus tenus degenero ara eligendi. Eius cogo asporto comes veritatis verumtamen demoror terror videlicet pecus vox odit. Vigilo utpote creo absconditus.

Concido spes avaritia cimentarius corroboro qui usitas alias terror suggero cenaculum tolero. Vetus depereo conor vos claro tabgo caute solvo vulgo aegrus. Corpus celer titulus adicio. Eligendi amoveo suffragium celo. Ipsa cruciamentum non valens cur communis turba carcer ambulo aiunt. Substantia virtus crinis viduo cibo tepidus nobis tabula amplus cruciamentum thermae clibanus.

Suspendo cauda arbustum voco cruentus. Asporto truculenter debeo texo arx assentator utpote doloribus supplanto subseco. Admiratio consectetur vere clam numquam crapula dolores inflammatio. Unde cavus earum harum.",draft,f,29,2025-10-05 03:13:46.553+00,2025-11-28 06:11:38.179+00
186,10,Dolore denuo illum vester quidem defetiscor.,dolore-denuo-illum-vester-quidem-defetiscor-56,"Aqua ut valde debeo depopulo adinventitias soluta curriculum centum beneficium trucido. Defluo cohors voluntarius ter corrupti claudeo sunt. Sperno virtus corporis convoco tenus assumenda pectus. Comedo advoco tolero officiis demonstro infit tempus vicissitudo tutis laboriosam abeo ventito.

Vere timidus turba adiuvo conturbo exercitationem quibusdam verecundia. Tempore vomica delinquo thesaurus benigne uredo. Dolores viduo soleo timidus verbera sordeo carus.

Traho volo cavus suus tabula cibo mollitia comitatus pecus asporto. Valeo cohibeo aetas utpote non abscido. Traho congregatio cursim admoneo aetas argentum. Neque varius vergo vitium supellex.",draft,f,27,2025-09-01 10:15:57.361+00,2025-04-10 19:33:33.907+00
187,22,Adversus vorago vilicus damno depono adsidue.,adversus-vorago-vilicus-damno-depono-adsidue-57,"Tyrannus degero tutamen tergiversatio vinum currus earum copiose commodo vesco. Tristis vesper tactus vomito. Cado vapulus contigo tergeo cervus coadunatio arceo adsum appello denego vicissitudo doloremque.

Verecundia nobis iusto amplexus acidus cursus crastinus usitas campana certe vilicus denuo. Tristis aestus viriliter ea accommodo strues vito dolore voco tunc atrocitas congregatio. Quaerat consequuntur quae vomito alias aqua voluptas vos cruciamentum coaegresco. Capillus tamisium verumtamen tendo somnus annus delego similique. Audeo caste valde teres volubilis ambulo.

At celer vindico antiquus caput demoror repellendus ter turbo crastinus. Verbera aufero cur apud solvo claudeo. Abundans spiritus repellat rem auctor quam charisma. Conatus valde totus alter officia. Patruus condico umquam nisi.",archived,f,7,2025-09-07 04:21:32.218+00,2025-07-09 15:08:06.328+00
188,49,Callide artificiose corporis altus.,callide-artificiose-corporis-altus-58,"Vester vel constans cogito verus aggero stella apostolus urbs. Volup spero beneficium carcer arcus officiis celebrer paulatim texo perspiciatis. Armarium tantum usus cicuta.

Capto ubi demulceo pauper xiphias cornu. Autem defleo denego coaegresco defleo. Autem utrum quis ventosus.

Denuncio colo allatus distinctio. Officia desidero brevis tot corrupti laboriosam. Adnuo abundans aliquid voluptas conscendo demulceo. Tergeo doloremque tantum desidero autem votum. Vinum amicitia aequus temperantia stipes tametsi beneficium quas voluptate.

Spero benevolentia amplus adsidue caute voluptatum textilis usitas. Tendo allatus deleo vetus contego. Suggero cedo capio eveniet canonicus pariatur admiratio coerceo autus adduco. A consuasor torrens uredo optio ustilo unde magni brevis ademptio vinculum cuppedia.

Cibus admiratio amet custodia virga iste sophismata. Delinquo aggredior vomer recusandae. Vaco canto adhaero clamo theologus defendo curto delectatio coepi.",published,f,3,2025-11-23 12:17:25.597+00,2025-06-29 02:31:36.670+00
189,32,Denego suadeo quia.,denego-suadeo-quia-59,"Tubineus clarus territo angelus abduco. Trucido bis vilitas saepe thesis at dignissimos. Strenuus vere apostolus pecco surculus cibo alius usus stella. Officia volo animadverto adeptio strues. Volva calco cibus nemo rerum consequatur incidunt curo desino super patior. Bibo delego denique ustulo adinventitias valeo thesaurus tamquam decretum suffragium.

Laboriosam adulescens fugiat vis supplanto dolorum placeat vito beneficium desidero. Aestus thesaurus laudantium patruus aequus velociter subseco alter. Abscido comis pauci vicinus.

Asperiores perspiciatis terror compello iusto crinis decretum. Approbo celo defleo pel tremo. Nostrum charisma defungo creta aestus cultellus adsidue causa aer thesaurus cubitum illum. Itaque arbustum dolorum curatio ascit adaugeo ascisco. Decimus volutabrum pecco dolore uberrime cura cinis.

Adversus catena tribuo stella depereo harum. Accendo compono strues attonbitus videlicet. Corona ubi spiritus averto ubi delectatio bellicus.",published,f,21,,2025-05-09 21:20:07.623+00
190,37,Admoveo brevis abscido deprecator ex adimpleo cura absconditus.,admoveo-brevis-abscido-deprecator-ex-adimpleo-cura-absconditus-5a,"Conculco degenero umbra vis consectetur sed cumque teres amet canis crepusculum. Atqui casus timidus desparatus spectaculum dedecor patruus caput solvo bos voluptate. Terreo cumque velut tepidus.

Acervus terror armarium trado temporibus curriculum confero addo voluptates decerno est. Totidem amita versus versus. Consuasor angustus atrocitas administratio surgo turpis amicitia adulatio tego vereor coepi. Super ars una audentia cilicium reprehenderit clibanus temptatio sophismata decretum apparatus animus.

Contra clarus timidus subseco vitiosus deprecator. Id abduco laudantium iste vetus pauci charisma arx antea. Porro clementia vergo vaco ater laudantium arca certe cena assentator degero. Vester speculum decor vero.

Tergeo cupiditate patria adduco sum sunt totus peior uter tyrannus. Cribro officia usque cursim. Sublime color adduco amita aduro cariosus magnam. Vulariter spiculum at pel porro beatae vesica amplitudo administratio deficio dens. Stips suspendo alveus aranea viscus spero aqua succurro amissio.",published,f,5,2025-06-16 18:25:00.584+00,2025-02-28 11:08:17.750+00
191,40,Decimus defendo tum volutabrum solvo sint corona tunc.,decimus-defendo-tum-volutabrum-solvo-sint-corona-tunc-5b,"Ducimus aspicio calcar casus defessus depopulo varius aspernatur. Cibo currus demergo contra ara vester tyrannus terebro temporibus tonsor tot. Ara sui convoco videlicet calcar sapiente stipes adversus derelinquo turba valens. Appello volubilis coniecto barba terga. Cervus callide confero et suasoria. Somniculosus beneficium caecus cervus corporis velociter depromo aptus patrocinor terreo debeo arbor.

Acervus surgo totus balbus tum aestivus ullus velum sperno cimentarius colo. Labore una cervus tonsor culpa in tendo. Quasi convoco acerbitas vesco spoliatio nulla doloremque. Velum attonbitus animadverto dolore abscido tristis curia censura ager bibo.

Cubitum callide itaque strenuus cubo admoveo voluptatibus clibanus. Cavus tutamen patrocinor cruentus cultura triduana decet. Tui terebro adsuesco suffoco spoliatio thymbra cedo damno artificiose contigo. Custodia minus volup statim atrox arbustum.

Voveo conspergo comitatus tyrannus ducimus crepusculum. Tres tempora aduro animi aqua. Talio aequitas velociter caelestis ustulo deripio caritas quo surculus.

Tardus eius molestiae accusamus amet stella confido cuius vinculum absum adipiscor. Molestiae tergeo volutabrum vobis compello demens cuppedia censura. Desidero combibo totidem repellat subvenio alii temeritas assentator.",published,f,27,,2025-06-12 07:39:28.260+00
192,8,Et corrumpo expedita verus summa.,et-corrumpo-expedita-verus-summa-5c,"Defaeco defleo ambulo vilis magnam conspergo coma careo tricesimus teneo animadverto comedo. Assentator delego tabula anser constans. Conforto summopere fugiat crudelis commemoro. Attonbitus adopto abutor adflicto voluntarius territo deinde non claro explicabo combibo.

Vilicus currus tergiversatio suasoria civis angelus valens praesentium commodi. Adulatio villa crinis cito delicate crudelis. Crudelis angulus stillicidium traho contra super avaritia corpus cur pauci ars. Paulatim absum eveniet canonicus sol calco velociter deripio capio beatus tertius subiungo.",published,t,5,2025-02-04 16:29:40.715+00,2025-08-20 06:17:33.042+00
193,35,Substantia tametsi supra.,substantia-tametsi-supra-5d,"Vaco ars stipes titulus xiphias abbas pauci alveus clam verecundia vel curia. Corrupti ceno adflicto audax sponte in strues voluptatum aspicio teres bos. Templum corona abutor vilis centum valeo acies articulus. Umerus suscipit aegrotatio umerus labore cupiditate commemoro nulla.

Ter tutis certus cuius. Porro alveus voluptas creber vacuus. Color consuasor eveniet tertius desidero eius. Thymbra territo facere valetudo curriculum adnuo decretum nisi amicitia crustulum.

Comitatus sonitus desparatus aspicio dicta sulum tepesco adstringo arbitro textus. Bonus carus cunabula volva talus suasoria aestus. Condico sunt arx civitas adicio deinde deporto crur. Magni alias voluptatem ara animi collum dapifer cunabula tubineus. Sulum absque earum conservo demens. Tollo voluptatibus curtus et vado thorax pectus sopor nesciunt.

Carbo uterque iste ipsam. Vomica textilis tunc voveo vado nisi expedita confugo pariatur. Vinculum auditor campana armarium agnitio.

Deleo bardus sordeo ut fuga solitudo adflicto consequuntur decor. Celebrer cito vir speculum torrens acquiro damno turba. Vindico universe antiquus ducimus itaque repellat aggero tener ara amitto abeo accedo. Chirographum verecundia dedecor cometes cultellus validus. Terra utpote arx adeo coaegresco vulgus denego.",archived,f,1,2025-06-07 15:37:45.046+00,2025-07-27 15:17:03.844+00
194,22,A benigne tantillus.,a-benigne-tantillus-5e,"Nam autem thermae alii theatrum. Benevolentia aperiam denuncio bibo thymum cubicularis. Viduo succurro atrocitas caritas ventosus ceno eos color traho vero.

Contabesco beneficium adipiscor angelus amplus vaco adflicto ater vulnero. Centum occaecati tendo comedo arx spectaculum suggero apud vomito. Combibo vociferor sollers talis ater.

Currus conservo bos repellat. Voluptates repudiandae apostolus totus communis amissio officiis. Suasoria temperantia officia claro.

Thalassinus templum colo adinventitias utor coaegresco compello timidus. Vesica cumque sono ustilo aduro stabilis suadeo coniecto laudantium. Civitas crudelis cedo consequatur teres atqui curatio decor vicissitudo perspiciatis utique. Usus dolor triduana tum benevolentia valens deficio pectus valeo aeternus utpote verto.

Illo tonsor acidus acquiro dolor atrox nobis collum defungo certus amet omnis. Pel iste omnis amissio adflicto sit acervus. Suadeo coma truculenter conturbo. Abeo accusator auditor considero color corrupti. Corporis cui votum confido.",archived,f,28,2025-08-16 01:45:38.231+00,2025-09-10 00:57:48.872+00
195,35,Enim appello sapiente voco caritas cotidie rem blanditiis.,enim-appello-sapiente-voco-caritas-cotidie-rem-blanditiis-5f,"Adipiscor tamquam tepidus decor enim aeneus ab cado. Audacia culpa comparo valens. Via arcesso tenetur sumptus adipisci. Solitudo earum tamquam correptius comminor.

Confero altus canto vulpes voluptates nisi aeternus. Defendo theatrum quisquam vitium fuga complectus aestas. Aurum bardus baiulus ago advoco dignissimos derelinquo. Tripudio alveus talis umbra vir solitudo.

Vestigium degusto angustus comparo baiulus doloremque pecus caries aranea doloribus. Vir verus victus voluptatibus conqueror tabula concido depereo civis adflicto statua. Coruscus degero tam caput.

Tempus consectetur est cupiditas tergiversatio vehemens comitatus. Catena amissio conturbo tumultus. Cetera recusandae creta uberrime tempore arbustum pectus doloremque suggero. Ancilla veritas vulgo aperio varius voluptates provident thesis aureus. Spectaculum virgo condico degero. Demens quibusdam crepusculum cetera ulciscor copiose una cometes molestias earum velit.

Alo iusto consequatur stillicidium. Fugit ancilla ver tego umbra laboriosam ait velum consuasor admoneo caecus virga. Undique curvo atque talus ventus adeptio pecto curiositas. Taedium inflammatio arma damno venio spero terga demens subvenio. Contra pecus sortitus beatae reiciendis suadeo ventus tantum thymum vorax audacia.",published,f,2,2025-07-02 17:40:10.910+00,2025-02-08 16:22:53.435+00
196,50,Vetus articulus venio suscipio eaque.,vetus-articulus-venio-suscipio-eaque-5g,"Concedo abstergo causa eius beneficium comitatus adsidue defetiscor voro valens desino aureus. Tantum concido cometes pauci caste ars culpa. Impedit facere audacia basium. Bibo cupiditate theologus dicta. Termes auxilium trucido combibo ancilla caveo.

Tabesco capio tabula triduana bellum mollitia minus aeternus maiores iste eaque tergiversatio. Adversus amplexus conatus cerno suppono somniculosus combibo suscipit. Avarus caput torrens triduana acceptus depereo bestia adulatio vorago. Molestiae derideo tamisium spargo impedit supplanto aro. Voco usitas rerum laudantium cogito aeger pecus vere terebro suadeo. Charisma demonstro articulus nemo ducimus adeptio.",published,f,21,2025-09-18 21:10:32.643+00,2025-08-29 14:16:45.359+00
197,5,Cui ea acies.,cui-ea-acies-5h,"Asperiores cuius tot universe aufero vallum adulatio depromo voluptatibus sophismata. Terminatio adiuvo nostrum accendo aestus degero doloribus. Teres vel viscus titulus articulus solio ea. Eius alioqui curo conturbo villa dolore tricesimus valde cedo unus dolor. Tam tunc anser debilito. Commodi tempora desino conicio crur depromo numquam aequus cupio aspicio.

Tutamen atque aegrus curatio vilitas congregatio thema aestivus depono. Denego anser fugit tamquam vetus. Turba absorbeo ullam attero nesciunt verumtamen clementia custodia videlicet umbra communis denuo.

Alveus quibusdam adopto vitium. Addo aperiam statim nihil conservo. Triumphus considero comis subvenio calamitas bene voluptate caritas surculus coadunatio.

Sub solvo suadeo admiratio venia ante ultra dignissimos venia porro. Coniuratio terebro curvo admiratio casus stillicidium articulus crux. Laborum tollo tego sollicito volva tero. Super comparo eveniet denuncio labore urbs quibusdam callide corporis acervus consequuntur. Ullam assumenda esse caelum sperno molestias arcesso celebrer agnitio placeat caste.

Aveho cubicularis sponte vulnero spiculum fugit. Agnitio peccatus conduco adflicto. Caecus tergum omnis utor theca color speciosus theca curiositas absum taedium. Cubo dolore caritas contego cinis suscipit aeneus auxilium valde. Cilicium vindico adfectus callide chirographum sortitus angelus ventito angelus. Uxor administratio solium pectus aurum.",published,f,3,2025-02-13 06:34:18.892+00,2025-04-21 03:32:06.929+00
198,27,Cursim aduro vesco cetera.,cursim-aduro-vesco-cetera-5i,"Casus torrens deleniti velum triumphus appositus tui denuo vaco ullus. Rem ars clarus ventito amplitudo curso aegrus animus apto. Ancilla umquam civitas tantum terga advenio aeneus vaco. Distinctio consectetur virtus teneo aegrotatio.

Delectus vomer sophismata volva curis cresco defleo minus vetus acidus cubo. Terga adinventitias vulgivagus velut. Virtus inflammatio expedita usitas subvenio quibusdam animi comparo valde. Soleo solum audeo appello appositus solum aurum adsum claudeo. Maiores abduco viridis valde canonicus tero. Tendo commodi desidero in.

Tum vester cohibeo soleo cenaculum ancilla commodi capillus aestivus templum viscus. Truculenter dolorem altus certe turba clibanus aptus sunt adulatio asporto adficio viridis. Deludo confero strues cohaero synagoga cavus. Avarus adeptio sto delectatio sapiente degero ex bellicus aestas ulciscor solutio. Admitto degusto comprehendo suffragium absque comminor arguo suasoria copia cado anser.

Corrupti blandior quas patruus dignissimos arbustum antiquus unde demens veritatis. Taedium audacia benevolentia attollo. Aperio patrocinor nisi alioqui trado eius.

Ager caries capio apparatus officia sui compello in vinum. Solio volo rerum canis colo vigilo amor talus adipiscor. Decretum asperiores saepe adsum comburo tenetur valde aut thymbra ducimus sum appono. Aliqua turbo vivo vulpes baiulus colligo comis defleo curo benevolentia cohaero.",published,f,30,2025-02-25 00:00:19.713+00,2025-03-21 16:22:54.893+00
199,15,Corona absque verbera vacuus voluptas ultio.,corona-absque-verbera-vacuus-voluptas-ultio-5j,"Sapiente facilis adversus ab arbor atrox adnuo traho. Victus a voro texo accusantium demens talis angustus. Tum vester delicate sumptus at strenuus aduro. Labore eius curriculum dedecor decipio. Utrum civis pel ustilo. Cicuta cattus capto curatio exercitationem.

Utique pecus celer cohaero tremo vetus speciosus creber expedita patruus video audacia. Congregatio sol vae adversus aureus creptio cavus sublime sum soleo autem angulus. Cernuus spoliatio bis pax ocer cunctatio claudeo.

Voveo aliquam cetera asperiores clam terebro thermae vitae autem. Spiritus cupiditas tricesimus arbitro. Adficio quia ager quaerat et decumbo clementia tredecim depereo thermae antiquus desolo. Cometes bestia culpo consequatur magni.",published,f,4,2025-01-04 10:28:15.589+00,2025-06-15 17:16:54.754+00
200,50,Certus sortitus pax adimpleo stipes tardus.,certus-sortitus-pax-adimpleo-stipes-tardus-5k,"Tum depopulo defetiscor officiis curso decerno. Combibo quam tantillus stella fugiat tabella validus teres atrox alii demergo somniculosus. Defero dolore aer iure. Adeo vester anser acies beneficium. Solutio dignissimos numquam sordeo ocer.

Cito atrocitas deporto ustilo decens solium explicabo. Curo arcesso cernuus tempore. Admoneo decumbo tutis videlicet blandior cubo absorbeo voluptates subnecto.

Claudeo cohibeo theca adfero arguo depromo tardus vicissitudo quas. Coadunatio vesco verto vorax crux ater uberrime defungo barba socius ager tunc. Aperio cultellus curtus verumtamen modi aperte timidus crepusculum. Aestus vito adsidue tres derelinquo substantia velit ara calculus veritatis vespillo. Denique canis ascisco vicissitudo virga necessitatibus villa caterva tamdiu praesentium.

Consectetur dedecor vix celer curiositas creo. Correptius sophismata decipio patria nisi attero. Adopto caterva advenio conatus illum advenio placeat. Tempore crebro cibo summopere aufero virga. Tum possimus credo enim aspernatur.

Itaque benigne cura pectus conculco reprehenderit amplexus ullam exercitationem aurum. Dapifer at ago reiciendis deludo. Callide turbo acies teneo desino.",archived,f,6,2025-05-21 18:09:53.313+00,2025-05-13 12:57:02.818+00
\.

COPY "public"."comments" ("id", "post_id", "author_id", "parent_id", "body", "created_at") FROM stdin WITH (FORMAT csv);
1,170,45,,Defendo uredo defetiscor vinco communis aegrotatio atavus.,2025-02-10 00:21:14.083+00
2,43,17,1,Curia aestivus accusantium solium.,2025-05-30 06:57:02.818+00
3,92,38,2,Abundans stips tollo unde conspergo volutabrum vociferor.,2025-06-14 10:47:19.677+00
4,171,14,1,Amplus tutamen verumtamen ver casus cruciamentum traho aro voluptates turba.,2025-06-10 10:55:33.662+00
5,6,43,3,Ulciscor necessitatibus sustineo cariosus vulticulus clarus consequatur.,2025-07-12 06:04:33.764+00
6,108,20,,Aeternus ut consequatur commodo angelus conor beneficium maiores aperiam clementia comburo catena viduo derideo tergum trepide tutis.,2025-07-13 22:20:23.509+00
7,124,30,1,Cupiditate at repudiandae thema succurro.,2025-10-28 11:43:50.393+00
8,89,18,5,Quia attonbitus sto cado cognatus vociferor arto averto degero delicate uter patria ducimus.,2025-08-29 05:26:43.153+00
9,74,50,4,Calcar volup impedit absorbeo cunctatio peior confero adeptio autem.,2025-04-09 17:26:45.435+00
10,98,42,4,Cursus creta capitulus tardus summopere quibusdam provident tener abbas voveo quis turbo reiciendis tondeo.,2025-03-11 20:57:32.851+00
11,62,17,6,Currus carcer unus capto textilis subseco tolero strenuus delibero sponte cibus voro delinquo blandior adamo contego a dicta stabilis.,2025-09-06 21:21:48.884+00
12,78,37,10,Aspicio vomica eius suffoco aegrus voluptatum maxime.,2025-08-24 07:23:51.682+00
13,141,40,7,Somniculosus curiositas bibo sit communis theatrum articulus vindico aiunt explicabo degenero vehemens aetas comitatus textor agnitio conspergo.,2025-08-29 23:45:50.698+00
14,7,10,11,Admoneo vilis angulus accedo certus thesis arbitro tutamen cohaero tabernus.,2025-03-09 22:30:19.747+00
15,65,44,10,Accedo tutamen ultio ago currus blandior.,2025-01-20 00:52:40.204+00
16,45,40,9,Ara solium eaque bardus cibo voro provident stella tenetur tergo venio reiciendis cum strenuus caries.,2025-08-18 13:16:36.721+00
17,137,14,,Libero avarus adeptio toties basium auxilium succurro articulus quam sophismata sumo ago ademptio aestas carbo earum usque texo.,2025-12-17 21:53:24.631+00
18,62,30,6,Somnus totidem clamo amita optio bellicus collum compono argumentum virtus adeo.,2025-01-24 10:23:01.858+00
19,21,31,8,Depopulo comitatus conforto cogo arma cunctatio tabula velit commodi apostolus.,2025-02-11 11:46:22.482+00
20,166,33,,Totidem tergeo spoliatio terebro civis usitas aqua cursus vitium ventosus.,2025-07-28 07:36:48.220+00
21,138,14,20,Teres blandior sum conforto quos aqua beatae aequus.,2025-10-03 12:04:41.780+00
22,83,15,5,Volup claro aduro testimonium non ratione debeo bibo.,2025-06-01 01:18:19.694+00
23,98,33,15,Ara tepidus aperte truculenter.,2025-02-04 10:49:08.215+00
24,12,14,20,Deficio terga commodo tempora vinitor sursum benigne veritas cruciamentum.,2025-02-07 19:29:35.004+00
25,134,15,14,Derelinquo denique demoror quam aspicio alius spero vehemens perferendis debitis clibanus valens alioqui autem bonus vesper ulterius voluntarius accusantium.,2025-08-31 15:01:52.698+00
26,189,9,10,Optio illum comedo quia spero conscendo defaeco valens amicitia.,2025-09-09 16:00:54.746+00
27,119,23,2,Adhaero magnam debitis stillicidium depono celo torrens concido tabgo verbera praesentium desparatus demens suggero utilis desidero acquiro.,2025-12-11 13:21:27.079+00
28,79,9,3,Vulariter tergeo curvo vae advenio casus coma verecundia illo beneficium auctus ipsum aduro subiungo tricesimus provident itaque testimonium.,2025-06-01 23:59:23.716+00
29,29,40,6,A tondeo vulticulus velut socius verus libero ars utrimque terreo itaque votum deputo crux sortitus paulatim bellum vestrum alter depono.,2025-07-28 14:50:19.588+00
30,48,18,21,Assumenda vulgaris alveus desolo eaque sperno tollo atrocitas suasoria tutis pax cognomen torrens volutabrum debilito annus.,2025-03-09 13:24:43.410+00
31,156,20,3,Molestiae brevis aedificium doloribus.,2025-10-11 07:14:19.679+00
32,23,50,9,Tam catena decimus decretum deficio amoveo error ubi alius vulgo surgo commodi doloremque stabilis tricesimus toties tamen.,2025-11-23 15:12:08.637+00
33,53,44,31,Baiulus sed addo audeo itaque cunabula aureus delinquo.,2025-03-05 19:37:34.581+00
34,24,47,26,Molestiae conqueror tersus tamisium odio ars conitor infit ipsa collum.,2025-05-01 10:40:26.613+00
35,25,40,,Atqui labore excepturi abutor admoveo.,2025-01-10 12:23:25.257+00
36,160,2,,Exercitationem acidus arca utpote speculum ipsum vesper utilis cruentus.,2025-07-26 01:49:08.889+00
37,86,24,19,Vinum cruentus toties textus.,2025-07-01 15:21:55.488+00
38,108,35,27,Certe urbanus tot totam sub ducimus subito studio capitulus angulus deinde vulgaris alias suscipio.,2025-01-07 13:52:54.768+00
39,153,8,,Sapiente magni subseco auctus a.,2025-04-22 20:24:12.856+00
40,19,3,,Derideo conqueror tempus vitiosus synagoga cunabula solutio ipsa deinde pariatur crux crepusculum at cuppedia deduco.,2025-06-18 06:53:04.344+00
41,4,1,15,Cruciamentum triduana clam nihil audio dedecor tutamen umbra super sequi.,2025-10-15 05:51:28.719+00
42,70,2,21,Ager calamitas administratio cubo atrox.,2025-10-30 22:58:33.140+00
43,14,46,,Iste decens cuppedia adimpleo.,2025-01-04 20:17:48.403+00
44,16,9,,Vestrum suppono caritas umerus thema admiratio.,2025-02-24 18:30:58.938+00
45,31,38,44,Demens coepi strenuus subnecto circumvenio suspendo vobis cilicium damno ullus creator vulgus.,2025-10-09 21:20:28.684+00
46,183,37,,Patruus spiritus vacuus non sit spiritus aufero ascisco viscus desparatus canto vereor terra surgo.,2025-04-03 23:46:11.194+00
47,186,44,9,Accommodo vereor timor atqui vinitor tamquam patria.,2025-01-07 20:20:51.839+00
48,190,17,,Tego administratio accommodo sopor trado.,2025-10-05 12:03:36.560+00
49,27,23,17,Voro communis colligo turba pauci laborum appello vulticulus cribro sophismata cito.,2025-08-29 07:26:12.462+00
50,156,50,32,Viriliter vapulus succurro aperio tot denego supellex cubicularis amor.,2025-10-24 06:22:35.133+00
51,133,35,48,Avarus caste carcer praesentium cattus aliqua colo tyrannus bellicus crudelis.,2025-12-11 07:18:50.790+00
52,18,48,30,Vestrum coniuratio volo taedium ver maiores validus ascit quam adipiscor vorax summisse delectatio auctor vapulus votum usque adulescens.,2025-08-07 13:11:20.478+00
53,73,19,41,Vox stips summa utpote super consequuntur unde.,2025-02-28 08:18:15.414+00
54,175,10,21,Timor necessitatibus nihil capio ter demulceo totus sed decens volva.,2025-07-29 06:21:31.137+00
55,109,38,10,Illo benigne bellicus repellendus benigne totidem corporis aro amiculum dedecor aeger ultio vomica saepe explicabo tenuis ara vehemens tristis.,2025-01-25 04:55:02.939+00
56,3,31,49,Tonsor suadeo bos et baiulus assentator.,2025-04-03 11:08:48.137+00
57,102,41,,Bibo aestivus quo conitor super vehemens vallum victus.,2025-10-30 09:50:03.196+00
58,95,7,30,Aeternus peior vesica vapulus cernuus vehemens aiunt deficio absens absens centum coepi umbra crur.,2025-04-27 01:08:12.185+00
59,103,40,27,Quae adipisci umquam calco volva aut appello natus cibus confido admoneo brevis apud candidus suscipio umerus.,2025-07-01 12:10:32.701+00
60,173,38,9,Casso basium accendo tabesco aliqua ultio adimpleo cruentus depraedor amplus colo taceo vacuus vel conforto.,2025-11-26 12:14:30.123+00
61,185,15,,Compono vulticulus quae demonstro animus spargo curatio confero quasi dapifer undique cur placeat currus comedo campana adsidue.,2025-10-30 01:15:33.421+00
62,94,20,52,Dignissimos aperio unus dedico aut unus voluntarius corona quae solus caute casus auxilium abbas caveo curiositas altus molestiae tot facere.,2025-11-25 19:53:14.196+00
63,134,37,13,Terminatio creator labore comptus venio autus canis defessus delego cui turpis soluta possimus patria adimpleo bene blandior tamquam degenero.,2025-05-15 10:25:41.966+00
64,116,9,19,Video vitium crustulum tepesco.,2025-04-26 06:49:39.536+00
65,181,3,,Decerno creator autem aspicio caute mollitia beneficium tutamen.,2025-02-13 13:17:42.480+00
66,26,46,8,Derelinquo ciminatio molestiae absens derideo explicabo voluptates caveo crinis adaugeo sum veritas abbas esse deduco bonus cibo sperno.,2025-02-25 17:48:10.942+00
67,138,28,,Cumque caritas deficio calculus quo auxilium video audeo.,2025-07-14 15:04:43.310+00
68,120,43,22,Terga dolorem sit vulgivagus charisma comitatus arca voluntarius bos super doloribus veritatis videlicet eos antepono repellendus capio.,2025-01-08 23:51:17.132+00
69,2,33,11,Vestrum facere suscipit vobis neque canto quas audax velum uter aeternus demulceo amplexus.,2025-07-05 17:16:35.672+00
70,68,5,48,Capio nostrum comis cum aliquam ullam denego pel cupressus conatus.,2025-07-05 00:03:22.158+00
71,103,33,42,Cresco tersus color corroboro volaticus solutio voluntarius terebro decumbo et campana.,2025-01-28 16:46:38.637+00
72,54,10,16,Tabernus cursus venio vix creo canis conservo curto vilitas acceptus sollers vorax quaerat eius abscido testimonium vix consequuntur.,2025-11-06 22:20:42.199+00
73,32,10,,Strues benigne bardus turbo ad thesaurus subnecto corrigo vinitor defleo.,2025-06-03 06:15:36.676+00
74,178,9,44,Atqui animus utroque tyrannus reiciendis vespillo caelestis conculco somniculosus balbus vis subnecto tutamen.,2025-06-17 17:27:26.697+00
75,130,38,,Ducimus allatus ipsum barba contigo aiunt conicio aureus aestas adficio tunc ascit deprecator abscido solum cribro acerbitas umbra adfectus.,2025-10-20 12:56:45.457+00
76,1,39,15,Aiunt vulnero subseco curso tenus sperno doloremque iure cupio eligendi.,2025-10-05 22:12:57.074+00
77,146,13,,Quos doloribus sapiente ascit adfectus denique tactus congregatio.,2025-05-28 11:51:38.163+00
78,159,18,27,Ocer curriculum vinitor circumvenio tero ocer calamitas creptio.,2025-08-28 17:09:51.972+00
79,151,36,16,Possimus spoliatio correptius concido cohors basium culpa cunctatio unde auctus stella.,2025-04-08 07:13:21.273+00
80,134,50,74,Cruciamentum votum avaritia tenus accusator defetiscor saepe bis cado antepono teres versus acquiro crinis cuppedia curto carpo carpo validus valens.,2025-03-25 00:30:31.844+00
81,103,41,,Termes commemoro chirographum terreo cado amitto tutamen concido decretum tabella coepi aeneus varietas.,2025-04-17 00:25:27.700+00
82,89,25,2,Anser dolorum crapula demergo ait triduana tergum tertius aliquam.,2025-09-04 22:24:51.253+00
83,164,46,56,Autem stipes deprimo pecco cras titulus vespillo tergeo ipsam valde.,2025-12-04 11:46:22.213+00
84,52,40,1,Crinis architecto deserunt currus cogito acsi cupio cruciamentum utilis conventus cognomen.,2025-03-19 02:57:51.904+00
85,150,10,70,Comedo abscido adipisci caries villa tepidus depopulo triduana voluptatum absens demulceo decumbo armarium.,2025-09-23 02:03:21.145+00
86,79,35,18,Acer doloremque alter sufficio victoria magni dolor decet claudeo deorsum degusto vilitas consequuntur in demitto contego victoria vitae beatae.,2025-04-08 08:49:26.215+00
87,35,8,71,Accusator adhuc decor cupressus accedo voluptatem sapiente uxor theca casso angelus tantillus pauci beneficium.,2025-09-20 04:41:29.982+00
88,110,29,21,Vicinus caelum curto summisse thesaurus triduana maxime cito tamen calculus utrum depopulo.,2025-03-15 19:45:29.485+00
89,10,20,84,Demo ventosus quisquam aqua vilicus demens compello aer abscido.,2025-01-25 13:47:26.987+00
90,48,3,8,Caelestis amissio ater abstergo succedo stillicidium defleo.,2025-01-17 20:31:25.783+00
91,152,31,39,Consequuntur venio denique inflammatio textilis tres nam spero.,2025-08-16 02:30:28.853+00
92,191,19,26,Dicta desipio theatrum vestrum quas toties ter odit calcar demoror nulla.,2025-01-24 22:48:52.490+00
93,72,50,,Cognomen uredo crux derelinquo uxor patior solutio acceptus damno valde vero labore timor volutabrum argentum amet usitas supplanto accusator vergo.,2025-04-10 23:09:04.915+00
94,84,42,37,Cruentus urbanus comes damnatio quos defluo beatus curatio commemoro tyrannus unus sto ut decens campana allatus theca totus utrum.,2025-04-23 05:23:44.646+00
95,39,18,85,Consequatur aliquam nulla vomer ascisco.,2025-09-01 22:59:43.678+00
96,51,50,18,Amoveo desparatus aestus artificiose.,2025-03-05 07:19:58.202+00
97,126,43,21,Ceno attonbitus vespillo pax amitto ulterius deserunt claudeo calco averto assentator suspendo abstergo animus.,2025-05-19 03:00:44.456+00
98,179,48,,Cupiditas sum ustulo tracto ver tergo sto.,2025-08-02 13:31:05.372+00
99,174,39,4,Virga abstergo tantum carpo vix molestias solutio adduco pecco tactus suus speculum.,2025-08-11 09:06:45.026+00
100,53,46,42,Patruus ascisco ambitus dignissimos timidus culpo viscus avarus comedo vilitas neque thalassinus.,2025-07-04 09:28:20.224+00
101,198,11,39,Canonicus sustineo repellendus aetas aveho decimus.,2025-11-30 08:17:25.544+00
102,29,32,,Nisi alienus averto ambitus ademptio deputo speciosus arma aestas.,2025-03-23 23:57:36.520+00
103,94,27,36,Cenaculum avaritia umquam defluo adaugeo textilis candidus texo id libero utrum depromo aggero valeo clarus tabesco deserunt administratio.,2025-05-18 16:45:59.230+00
104,130,21,69,Voro auctor colligo ocer cras perferendis argentum combibo rerum comburo viduo adeo.,2025-04-06 00:44:02.589+00
105,196,23,53,Venia alius audentia aeger aurum coruscus cornu dapifer.,2025-10-08 23:36:59.892+00
106,134,19,,Victoria undique tempus defetiscor vestrum cunae capto termes validus termes alii spoliatio.,2025-06-21 12:14:12.720+00
107,15,12,,Damno rerum accedo perferendis centum maiores paulatim textilis ambulo aranea tibi paulatim ceno decumbo apostolus error corona amet crinis cubo.,2025-02-25 15:33:39.065+00
108,92,11,,Adversus deludo suggero pectus dapifer.,2025-05-29 00:46:31.479+00
109,187,40,4,Unde atrocitas volva debeo valens cariosus comes minus depono subseco caste occaecati administratio maiores artificiose quia aperte animus nulla.,2025-11-11 17:26:19.441+00
110,185,18,53,Deprimo a expedita argentum cariosus virgo argumentum capitulus.,2025-05-29 20:58:57.423+00
111,182,5,89,Trepide cinis torrens acer cito voro adflicto cibus tutis suus cubitum.,2025-08-23 22:12:56.675+00
112,25,7,68,Acerbitas templum vilitas calcar corrupti praesentium depopulo assentator annus compello contigo carpo videlicet.,2025-01-30 11:25:40.679+00
113,26,9,48,Neque decumbo argentum cunctatio.,2025-04-07 11:48:39.706+00
114,11,33,,Supplanto vulgivagus cursus volup cedo patria infit admoveo valeo vulariter sperno amor a adfectus speciosus fugiat ventosus venia pax.,2025-01-05 02:12:46.383+00
115,23,11,54,Conscendo denuncio animi subnecto suus officia admoveo corporis.,2025-06-11 20:07:30.312+00
116,155,8,87,Censura molestiae creta annus.,2025-04-05 09:45:59.861+00
117,46,46,63,Armarium demum acies speciosus tondeo conservo ustilo copia temperantia taedium vitae vitium accusantium solutio viscus.,2025-04-25 15:18:31.478+00
118,63,31,54,Adsidue derelinquo autem decor summa.,2025-08-12 21:18:30.975+00
119,77,6,,Adversus ocer recusandae explicabo vito ex bis patrocinor ratione pecto vester suffoco veritatis.,2025-08-26 04:21:25.879+00
120,43,36,,Vado conitor tenuis soluta vitium subito barba advenio abutor quo adinventitias demens possimus quod vulpes virtus.,2025-07-23 21:17:04.604+00
121,91,14,111,Vergo aro tenetur patria testimonium arcesso baiulus abscido color dedico verumtamen sint provident.,2025-04-29 02:33:29.999+00
122,26,50,21,A accusamus terror terga cogito crudelis provident cedo calamitas beneficium tondeo beatae depraedor abscido abstergo calcar cado cavus.,2025-05-24 06:30:37.230+00
123,40,21,12,Autus deduco articulus sint timor supplanto tertius quaerat aureus nisi tabgo quasi solvo demum.,2025-05-02 06:34:49.843+00
124,76,10,64,Tunc amet aer conor ustulo auctor turba suspendo.,2025-01-09 14:57:51.844+00
125,96,47,103,Absorbeo desidero amiculum victoria vespillo vito earum crastinus acies enim cresco.,2025-03-19 13:33:08.739+00
126,57,4,16,Quia saepe adulescens somniculosus theca ventito reprehenderit possimus stultus ullus ars civis cado trado attonbitus campana.,2025-07-11 10:32:57.939+00
127,34,20,125,Voveo brevis tero vito bene abbas ara aeneus aiunt vulgo avaritia pauper stabilis urbanus colligo alii dolorem deorsum verbum ter.,2025-06-01 08:41:15.772+00
128,4,3,104,Terga alii inventore carcer vetus sperno corporis cervus sunt universe vapulus deduco velum crux damnatio tergo solus nesciunt.,2025-09-30 06:54:20.793+00
129,159,15,118,Derideo benevolentia vapulus defendo sumptus dolor suggero animus unde aspicio vinculum credo condico voveo tremo.,2025-05-31 01:34:39.874+00
130,187,46,56,Brevis appositus conspergo adipisci torqueo defluo sol acer aufero.,2025-01-12 21:09:26.583+00
131,54,30,106,Delectus cumque centum thalassinus deludo venustas advoco cuppedia caste libero conscendo apud subvenio video temptatio a testimonium.,2025-10-31 03:25:19.876+00
132,190,25,85,Corrupti temporibus cenaculum nostrum curso vero abeo tunc vulnus.,2025-08-27 21:17:17.075+00
133,104,8,119,Cubitum doloribus credo cohors subnecto beatus demens valetudo coruscus tam arceo cattus ara comparo laborum fugiat fuga aufero.,2025-03-05 04:05:50.297+00
134,90,39,31,Vaco voco dedecor convoco animi cenaculum voluptate acidus conatus defungo alias.,2025-06-16 19:51:28.918+00
135,130,14,32,Quasi sol decor vulticulus textilis victus.,2025-12-01 18:06:56.589+00
136,121,9,60,Basium magni vereor solitudo.,2025-07-23 07:06:30.584+00
137,146,35,49,Audacia benigne pauper tredecim decipio appono beneficium.,2025-08-20 02:02:26.561+00
138,21,20,130,Adsuesco spiculum venio correptius.,2025-03-29 14:48:46.397+00
139,61,8,,Coadunatio voluptatum tantum doloremque cenaculum ater attero amo vulariter arcus.,2025-02-07 03:59:18.269+00
140,38,2,29,Voluptatum somniculosus valens vaco trucido quam utrum.,2025-11-20 12:03:47.962+00
141,12,11,,Bellicus catena torqueo color curto acervus verecundia caelestis templum deserunt accusamus confido voco subiungo compono vitae.,2025-10-14 04:13:17.206+00
142,153,28,69,Ancilla doloremque tamdiu arcus vinitor audio stabilis terga supra at virgo dens aer.,2025-07-02 07:39:42.498+00
143,167,1,18,Uxor demonstro trans sto iusto cinis aptus accommodo maxime comparo umquam provident doloribus terebro.,2025-09-29 03:24:25.848+00
144,91,8,29,Stultus civitas depereo cibus canonicus cometes vindico vomica conculco causa sint.,2025-08-07 15:55:19.461+00
145,177,49,117,Delibero tabesco voluptas quos strues versus demens concido vestrum volva sed nostrum averto arca.,2025-12-05 22:39:31.760+00
146,117,29,55,Aegrus usque maxime stella soluta utrimque cibo degero antepono certus spectaculum.,2025-04-19 22:31:47.891+00
147,38,26,18,Argentum curso id adamo addo cubicularis adipiscor.,2025-01-27 14:28:35.840+00
148,61,10,113,Amiculum summopere acerbitas accusamus considero crebro tutis sopor crustulum decipio theca approbo titulus tempus.,2025-03-20 21:55:41.465+00
149,5,34,17,Amplitudo magni ut vulnus vestrum abundans libero speciosus capio terreo.,2025-07-04 11:03:06.892+00
150,54,44,142,Validus aegre dedico adimpleo adfectus qui vigilo desparatus.,2025-01-01 14:48:49.786+00
151,8,13,140,Tam concido spero una adstringo bardus.,2025-06-20 12:07:18.537+00
152,71,14,100,Trepide perspiciatis veritas inflammatio accusator illo vehemens desipio nesciunt abstergo adamo quis.,2025-03-03 18:03:47.653+00
153,54,13,33,Tamquam conqueror nesciunt crudelis tum capitulus claustrum consectetur corrigo aperte ut accusator cui.,2025-11-27 22:34:13.066+00
154,101,1,56,Comparo cursus subnecto quo alter appello ratione ducimus theatrum sono cultellus aeternus.,2025-11-04 21:35:01.946+00
155,154,16,57,Depromo peior tandem antiquus contabesco aptus sufficio.,2025-06-20 17:30:10.681+00
156,133,31,109,Quasi dolores curtus sonitus odit pariatur spargo spectaculum surculus dolorem eius alveus deleo vitium.,2025-08-14 10:19:15.773+00
157,150,18,72,Quos volup balbus doloribus ea compello adsuesco sol quod quod modi solus vitae adaugeo circumvenio dolorum comminor correptius.,2025-03-28 16:57:35.678+00
158,94,36,107,Delectus uter capillus deleniti comprehendo civitas curriculum paulatim acervus uter tolero soleo ver decens vigor ab admoveo sum.,2025-09-12 23:04:17.447+00
159,136,1,,Vespillo trans conscendo decerno audacia supra viduo aut cauda ait contigo rerum.,2025-04-02 11:15:29.367+00
160,98,3,,Ater consuasor quaerat vilis amaritudo.,2025-05-19 20:12:07.367+00
161,181,43,153,Clarus enim cervus ipsam.,2025-01-15 12:26:20.012+00
162,99,39,1,Circumvenio benevolentia communis teres cibo amitto attonbitus.,2025-01-02 12:26:43.329+00
163,46,48,2,Coerceo uredo torqueo amoveo ter adflicto abduco quidem impedit sublime.,2025-04-05 09:14:42.576+00
164,51,30,56,Caries solvo vinitor carcer natus accusamus ait conduco.,2025-01-23 22:19:57.585+00
165,162,47,82,Vos ceno corona talus sed esse creator absens vigor spiritus cernuus tutamen valetudo vetus autus coepi taceo suspendo conitor.,2025-10-10 22:09:21.304+00
166,189,49,62,Delectatio vitae saepe cuppedia cado ter tertius conicio utpote autem laboriosam derelinquo.,2025-02-18 11:23:49.250+00
167,67,42,103,Statua amplexus suadeo undique bellum cito ciminatio a uredo quia amo cursus tener fugit censura.,2025-10-23 05:55:59.814+00
168,89,12,124,Tabesco amo calamitas asperiores depereo perspiciatis.,2025-09-29 08:13:34.206+00
169,186,39,105,Aeneus unde tunc impedit temperantia arto harum amplus abundans conqueror degenero comedo amoveo.,2025-07-15 21:39:33.294+00
170,31,46,106,Substantia corrumpo molestias capio decumbo decor sordeo cariosus abduco calco crur aggero charisma somnus contego crinis crepusculum.,2025-08-27 13:07:47.853+00
171,126,32,19,Molestias timor conventus conturbo denuo circumvenio suus cattus conservo corroboro in subseco itaque subiungo defessus adficio anser theatrum deleo.,2025-09-12 12:39:01.656+00
172,153,34,90,Angustus vicinus casus vulariter.,2025-03-29 19:12:35.392+00
173,26,46,143,Vesco alveus animi somnus ab officia talus bis omnis adhaero natus cernuus aurum cibo eum cicuta amet desparatus.,2025-12-29 23:05:20.527+00
174,2,40,,Speculum acies canonicus amoveo vir civis beneficium reprehenderit acies.,2025-07-12 23:56:01.083+00
175,138,39,15,Ea utroque virgo appello ara ustilo tutamen inventore balbus inflammatio facilis degusto suscipio.,2025-01-19 20:58:07.666+00
176,118,3,,Deduco quae capillus crinis caritas videlicet rerum taceo abundans carmen decerno debitis fugiat ter.,2025-12-21 20:46:47.757+00
177,30,22,61,Bonus thymbra abundans aggredior.,2025-05-05 13:18:23.077+00
178,81,6,44,Eveniet ratione aut carpo terga caute confugo aperiam decerno validus curriculum sunt facere decens suspendo arbor asperiores.,2025-08-07 22:01:20.220+00
179,182,36,61,Supplanto teres ademptio coniecto capillus trans adeptio adsuesco.,2025-08-17 02:17:59.030+00
180,157,42,129,Verus artificiose appositus laudantium summopere aeneus.,2025-09-26 19:02:01.209+00
181,162,21,147,Acies suscipit delectus cogo.,2025-04-18 23:01:59.716+00
182,192,8,121,Celer vaco tabella confido rem.,2025-08-11 15:15:32.671+00
183,130,47,,Minus temeritas triduana veritatis tabesco tabella.,2025-03-11 07:54:49.382+00
184,125,34,43,Beatus vesper desparatus trucido super auxilium cedo umerus cubitum aspicio super pectus.,2025-05-11 00:53:10.365+00
185,34,33,155,Arca decimus cicuta titulus acsi audio utroque terror asperiores capillus tergo cum tubineus vilicus tollo statua.,2025-06-23 17:46:31.263+00
186,176,38,95,Decimus absorbeo inventore attonbitus peior surculus beatae desparatus supellex molestias tabula.,2025-11-14 23:07:47.151+00
187,146,17,152,Villa surculus adulatio adimpleo adfectus beatus officia aestivus pauper defendo delibero torqueo ab consequatur modi molestiae.,2025-02-22 09:56:32.025+00
188,78,32,,Demergo cuppedia adstringo in vulgaris aestus varietas solutio tero enim thymbra bellicus sonitus velit caste repellat admitto totidem.,2025-01-18 01:14:00.921+00
189,172,20,130,Defluo depromo abundans super concedo conicio demitto quo appositus via facere summa atavus cornu abbas cribro.,2025-02-04 11:58:25.388+00
190,143,20,4,Conventus temperantia curatio curatio denique cena credo triduana amaritudo coma verumtamen virtus abutor reiciendis arceo auditor voluptatum sonitus sed demoror.,2025-04-11 09:03:32.049+00
191,133,32,141,Conservo aveho clamo tenax sui cauda triumphus voluptates suffragium amet aro decor pauper bene calamitas ante cometes uxor.,2025-02-25 22:39:14.096+00
192,186,4,188,Atqui cavus sed cito cerno creator suppono desino creber auditor appositus paens conitor vilis atrocitas communis rerum carcer curis ustilo.,2025-01-30 17:13:05.567+00
193,191,11,27,Aegre maxime stips tredecim administratio traho vitium deorsum quae sulum vox summa patria volubilis auctor correptius video copia.,2025-01-18 05:03:28.115+00
194,72,49,,Cognatus verto voluptas tonsor utrum tamdiu textilis aut tredecim deserunt canonicus admoneo calculus totus censura deserunt.,2025-09-30 12:33:33.198+00
195,63,41,162,Considero commodi eos acer sequi a crux annus.,2025-12-17 20:12:44.421+00
196,121,19,179,Ocer tardus vinitor cometes demoror spiritus iste tribuo exercitationem qui damnatio denuo abscido toties animadverto voro.,2025-08-16 11:19:40.112+00
197,109,8,90,Adopto quis assumenda terminatio ambulo sordeo deporto alii acidus suppono amita vicinus assentator dedico harum decet depulso voluptate possimus.,2025-10-19 00:38:36.595+00
198,111,31,167,Templum reprehenderit colo tempora xiphias vix talus vindico tactus facilis rem bardus summa vitiosus adopto repellat utique varietas.,2025-03-22 16:26:52.125+00
199,131,16,174,Fuga amor veritas tergum unde demergo tenuis impedit magnam.,2025-01-30 19:28:57.270+00
200,21,41,,Necessitatibus culpa bestia vito quod thymbra suffoco terminatio carcer solium utrimque quasi quia arcesso.,2025-12-12 23:26:25.434+00
201,36,43,19,Voluptate creo carmen acer sint vita deserunt depulso ago admoveo.,2025-01-02 17:59:38.199+00
202,113,27,66,Expedita demulceo corrupti cunae aeneus apto stipes agnitio theca cornu terebro aetas desolo concedo tersus voveo.,2025-08-20 14:49:10.242+00
203,183,4,195,Suggero patrocinor comptus suppono celebrer nam articulus adfero venia amiculum bibo iste adipisci alveus vicissitudo verbera odit cavus denego adimpleo.,2025-06-08 00:43:16.177+00
204,177,14,157,Beneficium adipisci vester aedificium voluptas victoria suadeo verus una rem quam assumenda desolo carcer ultra absque.,2025-12-16 14:39:33.487+00
205,156,1,201,Voluptatibus vobis porro acceptus consequuntur tres vulgivagus angulus corporis demitto.,2025-11-23 23:06:32.927+00
206,64,46,122,Caelum umquam amita comis valde textor veritatis.,2025-05-06 07:43:39.656+00
207,90,13,106,Curso atavus anser corona arcesso ago stips aer pax nisi magni deleo.,2025-11-10 18:33:49.886+00
208,146,37,189,Colligo odit supra viriliter.,2025-11-28 12:10:57.103+00
209,165,46,,Sortitus ultra sapiente quod suffragium maiores spectaculum torrens torqueo aedificium explicabo.,2025-02-23 15:55:11.055+00
210,190,37,34,Angelus spiculum decens aegre vesica vomer universe iure autem unus tricesimus teres delego stultus.,2025-12-07 15:14:01.112+00
211,187,11,72,Angustus adstringo cauda defendo totus turba terebro verumtamen dignissimos voluptatum nemo contego confido cornu.,2025-02-13 05:58:41.974+00
212,153,10,75,Voluptates tantillus speculum tametsi.,2025-01-25 01:58:55.522+00
213,101,50,98,Vesco teneo desipio repellendus cicuta voluptas coma clarus brevis casus tremo currus coepi tepesco vito.,2025-10-18 20:15:30.497+00
214,53,8,18,Acquiro commemoro conservo caelestis officiis dicta comes aeneus cognatus vorax barba.,2025-10-29 15:32:19.687+00
215,43,8,,Deorsum dedecor abbas corona templum officiis vito verbera aspernatur tenus abduco verbum desparatus.,2025-04-17 13:16:16.177+00
216,87,26,92,Deripio dolores defleo apostolus tibi stella sufficio toties conturbo audeo summopere terga quas vociferor suffragium aveho coepi cupressus laborum.,2025-01-27 04:14:57.312+00
217,103,14,179,Summa coaegresco cornu absconditus.,2025-04-30 18:05:28.507+00
218,86,24,182,Vinum aranea decor totidem ascit demulceo vestrum toties officia apud vinum teneo antiquus.,2025-09-30 16:14:35.940+00
219,126,40,,Alioqui auctor ex asperiores tremo aequitas amita cresco cavus copiose damno viscus cursim vito.,2025-12-21 11:37:09.331+00
220,166,39,,Vinitor at textus ab colligo utpote consectetur voluptatem celo vulgivagus saepe tenetur statua talus.,2025-05-21 14:46:01.964+00
221,65,1,,Coadunatio varietas aut decens non tenuis cilicium ab abbas alveus alii.,2025-05-31 10:51:31.253+00
222,32,11,74,Ventosus tertius amiculum comptus ancilla ancilla cunabula ante desparatus maiores inflammatio defleo alias despecto arguo adnuo causa commodi.,2025-07-06 03:17:12.924+00
223,162,12,196,Fuga nisi stabilis thermae vergo.,2025-04-24 20:06:54.652+00
224,87,35,17,Thymbra advoco calamitas aspicio pauper terminatio sunt vulticulus arcus voluptas abeo.,2025-03-26 01:31:43.829+00
225,132,23,71,Curis appositus copia creptio adversus absque modi trans arbor atqui.,2025-11-06 23:58:41.677+00
226,41,5,117,Vinco vetus dolore trado adfectus ulterius dapifer celebrer conscendo vinitor tempus decipio vulnero vesica consectetur.,2025-10-09 23:03:00.737+00
227,149,30,,Coniuratio fugiat nihil denego dolorum dens usitas.,2025-04-28 03:42:33.945+00
228,199,7,,Vallum abstergo vis a aetas videlicet curia.,2025-06-18 21:18:51.635+00
229,172,37,,Ater paens atque desino talis desolo patria contigo voro somniculosus adfero minima socius iusto bellicus super bonus amissio animadverto thema.,2025-04-02 06:59:27.576+00
230,48,39,143,Dapifer perspiciatis sordeo vae charisma summa adiuvo canonicus ait supra amet soluta subvenio solvo aetas ad eius abeo.,2025-08-14 08:18:47.094+00
231,80,29,207,Supplanto abduco adiuvo turba acquiro cauda degenero eligendi callide exercitationem bellicus cupiditate decretum dedecor.,2025-07-11 13:04:48.752+00
232,4,44,138,Creo capio contra mollitia ater umbra cetera debilito suffoco demonstro asperiores.,2025-07-24 17:23:28.798+00
233,80,4,64,Constans spiritus vitae soluta.,2025-03-22 16:59:00.731+00
234,75,42,91,Cometes cattus debeo arbustum decumbo angelus clarus tenuis cultura theca annus aeneus ambitus auxilium vulariter.,2025-07-08 17:22:39.448+00
235,189,9,,Perspiciatis tamdiu vulgivagus terra aranea spes aranea derideo spes occaecati uredo aequitas patria copia cavus quo victoria color sponte.,2025-01-05 02:09:47.222+00
236,197,39,168,Cibo agnitio aurum universe spoliatio utrum demonstro cognomen temporibus comes vere nam carcer amoveo.,2025-09-14 15:59:42.817+00
237,42,44,,Ancilla denuncio aduro benevolentia.,2025-08-25 00:04:21.243+00
238,4,5,105,Sonitus cura harum cernuus teneo iusto rem strues.,2025-02-26 12:21:47.466+00
239,6,49,40,Alias coruscus solio umerus complectus.,2025-12-17 14:10:55.096+00
240,79,22,,Articulus spargo quis repellat maiores celo argumentum aetas sollers tener admitto vespillo tantillus textus veritatis utilis agnosco defleo annus.,2025-09-24 02:55:32.136+00
241,192,33,18,Cunae pecto rerum calamitas.,2025-06-02 14:12:59.249+00
242,184,4,41,Thermae cruentus aranea appello spero.,2025-03-16 22:18:46.296+00
243,33,18,132,Quia adimpleo aqua tui veritatis conicio voluptates torqueo tero viridis sursum acerbitas.,2025-09-23 22:09:16.923+00
244,24,47,101,Voluptas aggero contigo impedit et audax torrens curto vero certus sulum quae doloribus.,2025-11-26 19:46:08.594+00
245,21,47,57,Templum sui adsuesco ver cui.,2025-12-05 01:37:50.028+00
246,147,44,171,Vester adsum umquam inflammatio denuncio ultra provident adinventitias.,2025-11-20 08:21:26.106+00
247,104,27,125,Placeat delinquo suffoco arguo sublime.,2025-09-25 20:22:27.317+00
248,187,16,100,Conturbo aduro vapulus crapula corpus viriliter bellicus timor subvenio despecto audacia trans victus excepturi conqueror apud tot.,2025-01-04 06:50:30.394+00
249,53,25,143,Toties arceo itaque custodia.,2025-09-10 08:41:46.141+00
250,154,42,,Ancilla spes temporibus quos sumptus talis alioqui aeger aduro votum.,2025-12-23 07:59:38.091+00
251,59,22,85,Calamitas ager urbanus crustulum antea unde carcer aspicio vero speciosus temporibus advoco.,2025-10-30 14:07:19.641+00
252,190,30,,Urbanus perspiciatis degenero despecto comptus vulnus.,2025-06-02 08:14:19.832+00
253,7,44,90,Tener amet coepi cicuta rerum.,2025-11-21 13:14:10.791+00
254,101,15,127,Pel vero alienus expedita tribuo vinculum ustilo suadeo ait cetera sustineo eum triumphus voluptate ratione volaticus totam suscipio deorsum autem.,2025-04-12 00:32:07.219+00
255,83,37,6,Tantum solum tunc ad debeo substantia comitatus stultus sufficio taceo deprimo brevis tribuo tactus triduana sol.,2025-10-17 21:08:25.652+00
256,24,5,212,Admoneo bene inventore aqua.,2025-08-26 15:06:21.810+00
257,134,18,28,Causa advenio demum stipes admiratio conculco timor cupio sollicito.,2025-05-19 00:16:07.321+00
258,122,7,19,Cibus vulticulus beatus beatus abutor synagoga adinventitias cubicularis atque comes delectatio credo bonus eaque suus crapula decet appello numquam.,2025-05-25 18:05:08.917+00
259,9,26,144,Delicate aurum pariatur odio agnosco ipsum nobis coniecto suasoria thesaurus ullam absorbeo cuius.,2025-06-11 06:03:11.729+00
260,190,5,122,Temporibus tersus vis statua comptus dolore numquam valens delego accusantium cilicium cruciamentum maiores aegre corpus delicate.,2025-09-13 13:26:39.374+00
261,184,5,67,Terminatio deputo aedificium vaco deprecator rerum.,2025-10-06 12:48:55.655+00
262,157,23,,Adstringo suffoco tabgo dicta iusto est at defetiscor qui accusator fugiat cognomen appono solutio pax clamo correptius approbo.,2025-09-18 03:32:21.775+00
263,20,3,187,Sum spargo denuncio carmen ter auctus conturbo creo pecto abduco demum chirographum vapulus sit carpo aliqua avarus beatae capillus.,2025-07-17 23:13:01.598+00
264,158,22,252,Vicissitudo viscus illo optio suspendo natus iusto nemo cupiditas aspicio.,2025-09-28 06:21:24.753+00
265,160,25,,Repellat labore claustrum solio subseco coaegresco tibi sollers absque impedit celebrer cubitum sub aggero curto cribro neque cunae taceo.,2025-11-08 01:28:31.251+00
266,102,25,,Arcus congregatio deinde qui thema cibus desparatus utrimque peior.,2025-02-11 18:47:32.061+00
267,3,22,21,Arbor animadverto cauda aequus vorago spiculum comitatus asper infit adflicto alius.,2025-03-15 09:34:44.735+00
268,39,13,18,Tabesco vehemens correptius spectaculum cervus terminatio praesentium delectus totam celebrer vitiosus thema tantum natus theatrum distinctio tondeo viridis.,2025-09-08 02:45:34.010+00
269,164,6,93,Vallum thorax coaegresco deleniti adstringo audeo uterque comburo addo culpo tenax minima sono stabilis modi.,2025-08-06 07:37:15.657+00
270,22,47,118,Baiulus degusto cena decerno vere caecus cotidie totidem angulus defleo corpus tempore tabernus deinde tredecim.,2025-07-19 19:17:12.815+00
271,50,11,153,Barba ante celo labore dedico eius anser utique turpis suscipit depono vere cunae quia aduro explicabo.,2025-12-17 23:40:58.302+00
272,11,23,77,Coniecto supellex volva vulariter adulescens aedificium quam bellicus audentia cogo ascisco crux summisse contigo adulatio traho ascisco casso molestias.,2025-01-26 14:51:38.367+00
273,24,23,241,Neque alius audax surculus pauci spiritus catena nesciunt totam contego amoveo vulgus corporis careo catena vulnero qui celer brevis.,2025-07-10 01:40:54.749+00
274,39,23,6,Denuncio votum pectus deprimo speciosus.,2025-03-26 08:59:26.753+00
275,194,26,177,Spoliatio vulgaris benevolentia necessitatibus agnosco unde aestivus veritatis comis convoco.,2025-12-27 15:58:55.799+00
276,110,1,165,Molestiae certe eligendi tenax suppellex decipio voluntarius catena assentator deduco clibanus porro decet vivo apud deprecator canis atqui pectus.,2025-05-13 21:22:13.630+00
277,13,26,252,Tergiversatio aiunt paulatim tepesco ullam video tepidus stillicidium sapiente magnam denuo tolero molestias adinventitias itaque caritas atrocitas bestia.,2025-02-27 22:06:09.080+00
278,8,22,237,Vae dolorem rem cunae adhaero despecto volo a abduco asperiores.,2025-01-23 17:41:14.546+00
279,148,9,22,Cupio acer cribro basium quisquam exercitationem artificiose deludo nihil.,2025-07-23 16:12:43.437+00
280,68,33,276,Defetiscor inflammatio catena utilis tenetur accommodo thalassinus varietas quas vilicus trans animi incidunt debeo perferendis xiphias ulterius non calco.,2025-06-17 11:48:17.295+00
281,96,46,65,Thymbra amplitudo repudiandae decimus desino combibo tyrannus ambulo derelinquo.,2025-10-28 05:11:28.110+00
282,75,42,,Illo cognomen territo vinum textor molestias acerbitas toties aveho chirographum aggredior cuppedia tabella atavus excepturi vero creber abeo.,2025-08-18 20:43:01.842+00
283,13,21,,Confugo ipsum comprehendo aufero cruentus vel iste abscido custodia cometes candidus arguo demulceo tertius spero.,2025-04-24 00:36:59.710+00
284,170,15,,Vobis accusamus sit dolores rerum vicinus damnatio adflicto valde terebro tergum vespillo tandem solio audentia necessitatibus sophismata.,2025-06-30 15:01:38.959+00
285,96,6,108,Aspernatur recusandae excepturi alioqui maxime conturbo super cogito.,2025-04-17 07:31:57.514+00
286,170,46,116,Condico deinde depulso centum alter textus peccatus eum absconditus cimentarius complectus deleniti vulgus appello accommodo dicta subseco terga enim vere.,2025-11-11 07:08:09.309+00
287,156,33,77,Terminatio aegrus thermae dolores canis apostolus depereo adimpleo quae admiratio volo contabesco atrocitas animi ut contabesco cogito arbustum.,2025-11-14 22:04:19.663+00
288,57,7,,Trucido apostolus auctor capillus vester cui crapula quibusdam sub compono vivo soluta utrimque depromo ancilla cohibeo aegrus caelestis quia beatus.,2025-01-18 15:25:07.892+00
289,19,46,152,Ubi atrocitas vestrum appello admiratio corrumpo.,2025-03-01 09:48:44.117+00
290,72,41,112,Via corona cribro textor illo comprehendo esse solutio temeritas tepesco absque.,2025-03-08 12:03:17.318+00
291,19,33,41,Caput creta suppono pel consequuntur sapiente conturbo et iure totam nam.,2025-09-15 11:10:09.081+00
292,194,16,55,Communis comminor celebrer denuo fugit totus nisi calcar fugit annus avaritia solutio titulus cetera acervus ubi ago voluptas surgo textus.,2025-01-31 06:53:07.588+00
293,4,40,184,Tabesco desino officia ciminatio adfectus celo suadeo subnecto amita pectus defluo aliquid quis absens sustineo villa.,2025-12-19 10:13:07.024+00
294,46,10,135,Calculus vapulus voveo cunctatio.,2025-09-04 06:06:55.067+00
295,97,21,108,Vomer aptus thalassinus vociferor vorago sperno atavus allatus basium clam tutamen.,2025-08-24 05:03:59.529+00
296,94,2,162,Accusantium utor tergeo attollo volup calco vae eveniet suus molestias demoror denuo villa terebro somnus vinum traho patior ambitus communis.,2025-12-30 16:10:16.971+00
297,197,37,275,Chirographum amiculum cupiditas magni correptius stabilis rerum caute centum voluptatum aequitas ter coruscus ex cupressus amplitudo cura.,2025-10-14 07:11:11.823+00
298,195,29,,Totidem sumo voluptates alias aliquid deleo tredecim atavus damno vado asper similique.,2025-06-17 04:40:37.162+00
299,175,32,,Terra verbera vomica nihil maiores omnis tondeo.,2025-08-16 16:49:52.258+00
300,129,4,245,Crinis amicitia suadeo architecto vitiosus spiritus amo degenero argumentum caste conitor eius sto vomer audentia venia bestia agnosco.,2025-10-29 17:04:18.713+00
301,136,26,269,Stabilis cras coepi vos spectaculum calamitas.,2025-01-29 02:04:35.276+00
302,99,1,17,Ait testimonium statua repellendus cenaculum crebro quisquam quasi deleo soluta vae tactus agnosco valetudo quibusdam adopto theologus.,2025-10-16 01:11:47.672+00
303,72,30,244,Paulatim corpus pauper creptio exercitationem bellicus distinctio arca sequi certe summisse culpa vulariter.,2025-03-23 14:29:57.859+00
304,157,12,146,Architecto creator terminatio corpus vesper praesentium adhaero desipio volaticus repudiandae socius crastinus vestigium socius.,2025-07-18 11:10:56.794+00
305,108,46,211,Cohibeo taceo ambulo arcesso turba ancilla nemo voveo vereor celebrer vos laboriosam tego amaritudo utor eaque solitudo venustas capio vito.,2025-04-15 02:29:43.141+00
306,158,2,162,Bene sub aegrotatio animi at labore amet auctus stabilis veritatis tertius caput supellex campana illo abduco fugiat bos currus.,2025-12-21 08:53:03.854+00
307,80,14,156,Tyrannus defero vociferor pectus vitae conscendo solitudo abstergo corporis venia sodalitas acer theca.,2025-06-15 15:56:11.410+00
308,9,32,184,Tibi synagoga adaugeo ipsa ater arbitro ambulo cado.,2025-03-02 10:29:42.184+00
309,106,1,266,Cunabula similique debitis aut desparatus corporis.,2025-05-24 12:26:07.591+00
310,78,17,57,Facere tantillus clamo repellendus thorax uredo distinctio subseco amor sulum candidus paens bestia teres patruus supplanto.,2025-04-27 18:16:50.027+00
311,69,25,259,Audentia commodo tolero saepe complectus a auxilium tenetur cernuus admitto accedo.,2025-03-18 14:59:07.991+00
312,162,34,254,Supellex vinum aliquid sint urbs comparo tunc caelestis beatae culpo error.,2025-05-03 23:09:22.416+00
313,47,34,226,Consuasor brevis acidus carcer tempore explicabo tardus attero temporibus.,2025-12-14 15:33:57.784+00
314,28,20,145,Apostolus sub vulnero voco iusto anser deprecator arbitro vergo adulatio facilis arceo adaugeo depromo curto summisse condico carpo.,2025-11-05 09:40:47.766+00
315,102,14,176,Solum possimus adinventitias speculum truculenter vulariter viscus enim vilis condico iure aranea odio odio.,2025-07-13 03:48:11.098+00
316,121,33,137,Voluptatibus suus sumo conventus valeo constans.,2025-02-03 15:19:16.460+00
317,75,40,213,Admiratio thesis sulum auctor creo vulgo viduo sequi thymbra tricesimus perferendis tametsi strues.,2025-05-07 03:07:59.668+00
318,127,24,41,Cupressus arma cauda varius abeo temptatio libero corrupti cognatus nulla articulus consuasor bis abscido crustulum aut vespillo bos abduco video.,2025-01-05 23:22:44.441+00
319,79,43,,Tamdiu sed vir appono uberrime.,2025-01-07 08:56:43.112+00
320,50,46,33,Balbus spectaculum ultra aspicio talus dignissimos enim curo dolores corrigo aliqua addo vitae vigor.,2025-04-12 07:37:56.494+00
321,134,44,173,Desipio calamitas suscipio civis casus caries coaegresco bellicus ex arcesso amitto advoco aqua tubineus ustilo unde audeo custodia.,2025-09-25 21:19:07.350+00
322,180,7,291,Uxor aurum magni cauda cariosus ventus quae tenax verecundia illum copiose.,2025-12-07 20:34:56.594+00
323,95,40,172,Synagoga aufero turba correptius paulatim hic adsum tres adsum demoror.,2025-06-10 14:13:44.217+00
324,31,50,310,Stultus crur nisi coniecto ducimus utroque audacia aetas victus certe aveho artificiose arcesso voro caste calculus tenus depulso.,2025-08-24 01:33:22.778+00
325,140,31,130,Infit caritas quo voluntarius verus varietas templum.,2025-09-10 05:35:36.813+00
326,142,18,93,Architecto antea quisquam curo vel facere considero dapifer acquiro solvo sumptus utilis ultio conforto turpis trucido.,2025-09-16 05:19:35.609+00
327,83,43,246,Vero deinde vergo atrocitas acquiro.,2025-02-11 12:01:03.517+00
328,9,33,104,Delicate dapifer cultellus angustus sperno candidus trado tumultus uredo vulnero ciminatio aperte verbum.,2025-04-22 05:55:34.174+00
329,125,45,92,Ut confido asporto addo verus tendo demum tamen.,2025-10-14 20:37:49.932+00
330,142,42,162,Deputo coerceo aperiam nulla comminor tum volva tum contra aspicio ars decimus titulus tibi repudiandae sopor utilis vespillo casus.,2025-11-26 20:52:51.674+00
331,29,12,232,Tonsor sperno argumentum deinde sponte tametsi absorbeo.,2025-06-05 04:09:46.010+00
332,177,21,,At adfectus trepide creta ex benigne tyrannus totam curso certus tenuis aetas corrigo reprehenderit terebro aliquid.,2025-01-25 00:03:18.892+00
333,184,2,323,Defendo subito cibus facere custodia contra viridis defaeco voluptatibus ancilla temptatio cimentarius aestivus adsidue officia utrimque ut acerbitas damnatio solvo.,2025-12-03 17:44:13.210+00
334,125,47,180,Victus cultura xiphias delicate tolero accusamus supra adfectus abeo.,2025-06-20 04:01:04.997+00
335,57,44,297,Solum adhuc sodalitas deludo clibanus pauci trepide accedo alter venio sordeo undique rerum amita.,2025-05-02 05:40:10.879+00
336,1,6,189,Delinquo adstringo carmen voluptas ver alter coniecto sophismata quas suffoco.,2025-07-22 21:34:58.639+00
337,178,31,241,Calcar laboriosam corporis hic comparo adiuvo claro demoror tepidus crepusculum atavus absum velut amita canis amet canto auditor vulgo substantia.,2025-01-03 00:57:51.446+00
338,47,16,,Inventore voluptatum crur utique tepidus pel sordeo alo aeternus vehemens curis tempora copiose.,2025-11-20 14:41:38.826+00
339,12,10,61,Denique socius thymum tumultus curatio adulatio delego amplexus voluptatem constans voluptatum volup asper copia adamo.,2025-09-17 11:57:52.044+00
340,173,24,337,Adversus comedo demitto sonitus degusto timidus dignissimos ademptio cubo clibanus solvo.,2025-04-09 23:51:38.587+00
341,37,4,116,Crux sit veniam cohors annus charisma aeneus suasoria pecco acidus.,2025-07-09 11:38:53.849+00
342,57,40,109,Eos cui pauper cohaero compono utroque amaritudo acerbitas crebro suasoria.,2025-11-14 08:56:54.265+00
343,94,25,130,Adulescens assentator cicuta tres tego.,2025-04-20 11:11:51.598+00
344,44,8,40,Acervus infit spes confido alter cervus conatus cernuus ex doloremque.,2025-12-05 03:05:42.042+00
345,41,25,166,Thema terminatio umbra iure celo tego tabernus curso sodalitas.,2025-07-27 17:35:19.164+00
346,140,37,188,Crapula conturbo aestas succurro adflicto talis tabgo sono cuppedia depulso talus decens arcus angustus animadverto trado circumvenio velut arbitro.,2025-06-19 06:12:03.367+00
347,190,31,167,Aestus depraedor ad ubi collum esse tenus atque arbor vomica.,2025-04-20 05:21:50.384+00
348,145,31,112,Acceptus undique aestas depopulo error armarium defero libero studio suggero substantia delinquo iste accommodo.,2025-05-29 22:24:34.140+00
349,145,20,43,Defaeco sum verbera coniuratio.,2025-12-05 03:43:52.116+00
350,111,37,46,Nisi quae adsum altus vindico appello angelus viriliter eius ventito desolo natus caelestis ater suus catena cognomen textus certe patior.,2025-02-17 11:19:53.569+00
351,40,23,54,Numquam vesica beatus color adsidue solium traho aufero quidem baiulus.,2025-05-28 22:12:16.271+00
352,70,6,,Somniculosus supplanto tepidus sursum suus inflammatio admiratio ascit tempus umbra aurum valetudo ventosus terreo tolero vita amor.,2025-02-09 04:49:10.728+00
353,188,2,71,Attonbitus tumultus ipsum vigor.,2025-05-15 23:03:15.668+00
354,48,24,238,Comedo abstergo dicta contabesco deputo vox.,2025-09-24 13:37:21.161+00
355,74,20,180,Theca adduco provident virtus surgo summa.,2025-01-06 17:11:06.030+00
356,54,18,238,Vomica ipsum conculco arcesso totidem video.,2025-05-15 12:16:09.706+00
357,2,2,5,Conor adfero acceptus degenero sollers clementia vulgus taedium terra urbs abstergo quae quaerat colligo utrum dapifer ulterius tabula peccatus defluo.,2025-06-01 04:59:18.389+00
358,67,26,334,Quisquam coadunatio vociferor stipes ipsum turpis sumo debitis virgo brevis debeo denego thalassinus libero voluptatem.,2025-01-03 02:32:08.591+00
359,103,30,,Solus cattus comedo argentum vacuus socius.,2025-11-01 21:56:30.468+00
360,184,44,206,Utilis caput nesciunt animi claro subito aggero caveo vinco adimpleo ambitus illo templum illum crastinus deleo aer adicio cognomen adflicto.,2025-03-04 21:07:15.779+00
361,106,39,107,Defendo dicta atrox comis confugo error comminor calculus conqueror quod vinco tam.,2025-08-04 12:20:29.970+00
362,45,41,156,Umbra virga paens tremo taceo circumvenio caterva ratione utroque baiulus audacia tibi tyrannus tolero tutamen vado altus.,2025-02-19 00:27:56.005+00
363,54,9,170,Voluntarius calco temporibus culpa conqueror textilis repudiandae in vilicus animadverto concido bos.,2025-02-14 16:18:54.726+00
364,55,1,39,Tricesimus coniecto doloremque depono tam depono aequitas cur volup ustilo.,2025-10-24 20:53:23.150+00
365,35,16,179,Apparatus celo soluta alter amiculum.,2025-08-14 12:26:29.807+00
366,88,19,,Conturbo vorax astrum vitium benevolentia angulus virtus curriculum vere coepi bene.,2025-09-11 08:10:53.313+00
367,130,13,224,Tenus barba aqua quidem vesper suus tantum beatus trucido alveus aedificium asporto.,2025-09-13 00:17:08.950+00
368,92,22,360,Derelinquo abeo facere circumvenio sapiente dolor cohibeo creptio vulnero vulgaris angulus aedificium vergo velit tamen.,2025-12-24 11:37:05.217+00
369,11,30,141,Abstergo villa sint audio appositus versus cena sollers auxilium creo desidero vomito adulatio cognomen certe tertius suspendo corpus.,2025-10-04 22:50:28.731+00
370,116,49,,Omnis astrum creber vacuus peior tabgo uter tergiversatio magnam pauper volubilis apparatus itaque terga bibo pectus caelestis.,2025-03-22 09:06:51.493+00
371,167,20,304,Torqueo acceptus auditor acidus toties aveho eum ubi.,2025-04-05 22:48:45.839+00
372,165,32,42,Baiulus excepturi canto caritas sui apud.,2025-12-31 07:47:40.134+00
373,49,41,8,Velut adeptio optio aspicio pax video peccatus votum cunctatio inflammatio sollicito compono altus inflammatio amaritudo derelinquo voluptate voluptatibus sum.,2025-09-22 16:15:33.267+00
374,72,29,294,Et provident cauda appello vulpes sumptus reiciendis aegre.,2025-09-23 04:06:38.319+00
375,4,8,310,Aveho eligendi aut curto vorax utpote sufficio auditor suus subito vitiosus.,2025-01-19 04:03:51.511+00
376,164,7,162,Ultio talis laborum tunc somnus comparo auctus agnitio appono caelestis ante curso.,2025-12-26 15:41:25.981+00
377,166,13,92,Virtus numquam canto textilis viscus.,2025-09-14 13:04:20.556+00
378,118,36,294,Creber baiulus abutor cedo debilito argentum aveho auditor talis capio culpa uxor velut.,2025-03-29 16:32:25.933+00
379,162,17,95,Amplexus summa centum tepesco casus spectaculum dignissimos vinitor adversus cruciamentum vos via stillicidium aperiam voluptatibus qui crastinus concedo canis vigor.,2025-09-11 06:47:30.441+00
380,146,41,150,Arma uxor tempora civitas coruscus amor curto territo cervus necessitatibus adversus subito atrocitas valens aperio aegrotatio caritas eos.,2025-07-10 16:02:31.129+00
381,140,29,,Traho vespillo apparatus pectus delinquo vicissitudo arguo vesco contra modi bestia abutor venio pauci facere stips assentator balbus.,2025-08-20 15:44:41.260+00
382,185,39,213,Aperio thymbra aggero cena avaritia repellat agnosco sublime vitium conspergo neque suus illum.,2025-12-31 05:36:27.634+00
383,114,13,339,Distinctio voro tolero texo auxilium conscendo reprehenderit ipsa super quis adnuo iste tam ustulo vitium venustas facere saepe commemoro.,2025-12-08 14:07:58.414+00
384,180,8,,Reprehenderit denique ademptio aestas acceptus censura ipsa tantum antea ascit ars cotidie adficio decipio triumphus ipsum colo vespillo cura.,2025-04-19 13:43:11.010+00
385,176,14,301,Dolor vere tres sponte pecus apto vaco theatrum audeo succurro sunt tribuo suspendo cometes coniuratio vorago.,2025-06-02 17:35:16.974+00
386,41,31,314,Consequuntur arbitro capillus vir cariosus assentator ceno suscipit triduana.,2025-12-08 00:55:06.964+00
387,85,41,92,Expedita damno conatus bos ambulo validus magni solio voluptatum solum careo molestias caecus.,2025-09-03 18:30:38.949+00
388,110,2,58,Terreo cognatus voluptatum tenetur desipio temporibus comprehendo tutamen chirographum tutamen sumo degero deporto.,2025-04-03 04:17:34.614+00
389,44,25,84,Reiciendis aggero terror decens animadverto tamisium unus tepidus minima talis carcer casus error bardus congregatio ars non appello arcesso.,2025-03-21 08:56:15.119+00
390,46,14,81,Sonitus sono cibus despecto conventus tamquam ipsam terreo constans abstergo sapiente aliquid.,2025-05-23 00:28:59.236+00
391,172,35,150,Tepesco via patrocinor vociferor circumvenio incidunt peccatus curiositas amita utor usus pecto aestas veritatis bellicus.,2025-11-24 22:28:40.395+00
392,36,4,,Abstergo suus coerceo concido tonsor adipiscor.,2025-11-19 00:09:06.198+00
393,170,41,,Dolorum cohaero ullam strenuus barba casso abscido ultio peior soleo arx tergiversatio necessitatibus.,2025-08-06 17:17:13.675+00
394,82,8,322,Uberrime delibero arbitro tergum.,2025-01-05 13:29:10.074+00
395,146,18,,Statua victus turba patrocinor.,2025-03-22 14:09:44.213+00
396,125,47,277,Coepi statim crastinus benevolentia tam vere color nostrum amet verumtamen debeo utrimque toties ocer adsuesco.,2025-11-16 05:28:21.516+00
397,86,46,,Desidero stillicidium fugiat pectus capillus.,2025-02-10 17:15:23.098+00
398,79,38,226,Commodi colligo admoveo sollicito amiculum tunc tertius tremo tam velociter aegrus adinventitias magnam verecundia non necessitatibus.,2025-01-26 09:45:40.797+00
399,35,40,398,Cum tenax tunc aequitas aer aggero sufficio bonus cupressus voro.,2025-07-20 04:28:17.438+00
400,57,20,154,Somnus bis confero suffoco articulus volup amplus cupiditate clibanus id.,2025-04-26 22:08:54.167+00
401,46,30,,Certus ustilo deripio bis patior tempore tametsi vere combibo vestigium admoneo a delinquo adulescens tenetur.,2025-09-20 21:45:14.618+00
402,56,42,116,Barba conor utroque verbera quod sui.,2025-11-11 17:18:53.312+00
403,7,3,,Valens aeternus volaticus ratione versus vivo absens ver considero cultellus sequi subito commemoro sopor aut adeptio.,2025-03-27 15:18:28.675+00
404,135,37,141,Velociter dens amet aegre bibo venia adopto aspicio claustrum allatus.,2025-12-22 17:11:51.639+00
405,51,20,305,Campana agnosco tristis valens omnis provident causa arcesso denuo decimus vociferor.,2025-07-30 00:32:07.329+00
406,50,33,49,Uredo molestias centum voco artificiose sponte supellex sollers optio advenio patria caelestis tametsi bibo admoveo thema termes sum anser vilis.,2025-04-11 01:30:28.960+00
407,197,19,,Beatus cohaero delego crur vigilo damnatio aedificium sum carmen cubo tandem absens voluptates celo campana tactus adulatio vix solium.,2025-05-05 02:22:09.746+00
408,166,44,184,Sursum summopere dolor magnam arbustum vicinus vado consectetur amplitudo.,2025-07-03 16:54:31.388+00
409,111,25,58,Defaeco tutamen crebro clibanus tubineus brevis defetiscor corporis uxor demens.,2025-08-05 22:31:05.694+00
410,115,25,77,Caritas aliquam eveniet civis valde consequuntur spes qui sui sodalitas conscendo arbustum.,2025-07-06 16:58:31.428+00
411,95,39,,Comedo trucido voluptate corrupti claustrum appono sumo ipsam teneo sumptus optio sui super auctus.,2025-05-26 07:37:28.227+00
412,43,20,59,Apparatus credo calamitas vomer denuncio amplexus audacia caput socius surculus delinquo volubilis termes tot enim.,2025-11-06 08:08:47.661+00
413,119,34,,Adhaero laborum officiis unus consequuntur thesaurus commemoro centum utrum comprehendo.,2025-06-01 00:03:00.394+00
414,25,26,5,Cattus causa sollers valde omnis agnosco laborum deleo ambulo nam volva nulla antepono vetus vestrum cresco.,2025-06-24 21:50:16.871+00
415,79,21,,Corrupti ambitus sui tubineus suasoria tonsor subito decens quae quibusdam amitto adulescens aurum ager.,2025-10-30 03:58:03.673+00
416,65,11,7,Abstergo dolores aegrotatio acquiro aptus inventore antiquus adduco antea qui suadeo deduco amo.,2025-11-21 11:53:33.898+00
417,43,40,,Contra quis dolorum culpo usus ventito acervus fuga clementia comburo vesco blanditiis fuga terminatio desipio deporto.,2025-09-03 20:15:46.215+00
418,119,20,385,Caelum asporto tres agnosco sordeo vomer arto beatus antepono ascisco crebro nihil perspiciatis triduana tergum tyrannus tumultus.,2025-08-31 12:06:26.119+00
419,89,5,350,Autus praesentium verto apparatus aetas.,2025-09-27 15:14:49.584+00
420,175,41,,Summisse voluntarius conturbo cultellus.,2025-09-20 11:16:20.322+00
421,63,4,,Clementia aufero carcer apparatus caveo attero urbanus creator eum auctus.,2025-06-23 15:55:45.178+00
422,168,42,55,Similique soleo caritas ut vaco depono armarium.,2025-07-21 13:25:12.260+00
423,90,34,187,Usus tam necessitatibus degenero clibanus acquiro spero amplus subnecto vigilo amo calculus truculenter.,2025-02-12 13:08:18.217+00
424,61,21,,Cattus defendo sumptus amplus vehemens acquiro valde arto tutis conturbo demonstro decet amaritudo civitas surculus constans esse arbor.,2025-01-15 12:05:03.932+00
425,64,20,77,Aveho at capio tardus adeo aqua tergeo tondeo magnam autus pauci votum sed victoria.,2025-09-16 15:03:59.281+00
426,184,5,287,Confido creo conduco bis coepi subseco amicitia amitto arceo abstergo optio nemo exercitationem cunabula turba attollo.,2025-06-16 10:13:01.332+00
427,50,6,,Thymum temeritas ulterius truculenter bellicus viriliter triduana totus tego ducimus subvenio aeneus temperantia ipsa.,2025-11-13 11:57:31.527+00
428,164,12,272,Deprecator assentator advoco comitatus recusandae valeo ventus delectus vae ventus verbum cilicium vorago crustulum voluptate tredecim vomica aiunt absque vehemens.,2025-08-27 02:05:19.734+00
429,88,47,181,Victus dedico odio ventus chirographum arma aestus perferendis approbo video.,2025-01-24 12:54:14.465+00
430,71,2,311,Uxor taceo spoliatio cunctatio amplexus cohaero defetiscor vir unus cena caste ambulo.,2025-05-13 07:30:58.937+00
431,144,17,335,Cognomen acceptus ab viscus vae sit arca nulla.,2025-11-13 10:38:05.898+00
432,19,41,402,Aliqua vulnus sortitus desidero est universe tam repudiandae tubineus amoveo tergo caste attero volutabrum civitas.,2025-10-10 11:30:51.812+00
433,70,47,,Despecto carus corrumpo teneo dolor antiquus aperiam tripudio cresco vir torrens canis tui thalassinus auctus.,2025-07-08 04:10:40.458+00
434,61,10,380,Urbanus ipsam vaco tabula tempore stabilis ante currus voluptas cupio aeternus.,2025-02-26 21:28:35.696+00
435,123,23,29,Adamo adficio uredo tenetur xiphias allatus vulticulus.,2025-02-20 10:46:52.433+00
436,35,9,,Tepidus clarus textus arca eum quos cena possimus.,2025-11-12 20:34:21.289+00
437,154,47,314,Aliquid cimentarius crastinus capitulus nostrum.,2025-08-23 09:33:05.425+00
438,187,45,397,Modi corona aliquid aqua decens arca decor aestus cernuus consuasor sponte triduana tumultus timidus truculenter tabesco adulatio.,2025-09-22 23:22:04.338+00
439,28,36,,Sub vorax repudiandae quibusdam beatae admoveo verbera.,2025-09-25 07:56:38.250+00
440,158,20,,Audentia dedecor deficio blanditiis tunc vado capillus credo paulatim sumo patruus.,2025-07-07 04:55:51.359+00
441,45,48,394,Depono tabesco vesco arma acsi timor defendo abduco vigilo laboriosam defero.,2025-02-06 02:30:38.246+00
442,59,27,,Adsidue quo trepide coepi suus audeo succedo cado cursim ara surgo.,2025-04-04 00:46:56.520+00
443,134,2,63,Cupio decerno adiuvo necessitatibus sui.,2025-04-30 17:15:29.827+00
444,130,14,431,Accommodo turbo vomito vita calculus depopulo antepono tergo cruentus amplitudo omnis adiuvo candidus timor velut sublime uxor tutamen.,2025-10-16 21:48:05.915+00
445,10,24,,Deludo quae creo atque votum sortitus nemo theatrum carpo tubineus acer tenus coerceo.,2025-11-26 17:30:37.129+00
446,11,45,,Sol voluptatibus acceptus truculenter harum curtus barba speciosus viridis verbera.,2025-12-10 18:24:57.628+00
447,10,29,293,Desipio tergiversatio vitae admitto advoco civis strues capio rem creo clamo.,2025-04-06 18:52:13.384+00
448,180,42,61,Decumbo synagoga utpote desino creator utrimque dicta synagoga cognomen.,2025-03-21 20:20:12.193+00
449,6,10,422,Cras suffragium cognatus volutabrum cinis ducimus amicitia ustulo aqua termes vulgaris.,2025-05-28 11:49:03.570+00
450,126,42,85,Minima adnuo aranea curatio ulciscor vesper audeo volup.,2025-02-20 17:43:35.267+00
451,106,2,,Desolo suffoco sub utilis temperantia tego verbum suus virgo veniam collum sustineo.,2025-08-16 05:43:10.346+00
452,89,26,36,Accusantium defungo demoror adhaero sumptus.,2025-02-02 21:51:09.485+00
453,184,23,51,Fuga congregatio volubilis atavus thorax vindico tracto angelus amplexus bibo charisma ullus termes.,2025-03-10 21:44:32.903+00
454,60,2,237,Tondeo tero a ver validus.,2025-09-24 18:05:13.222+00
455,174,20,90,Compello dapifer ulciscor dignissimos tenetur adimpleo abduco deprecator solium cumque cupiditate.,2025-10-15 16:38:17.249+00
456,57,12,320,Cultellus traho tripudio molestias quibusdam uberrime subiungo circumvenio tamen compono terra amplexus denego subseco tollo suspendo varietas.,2025-01-22 07:10:43.402+00
457,86,38,349,Admitto architecto cunabula summopere aperio vitium at candidus eos constans comparo laboriosam crux.,2025-09-24 07:41:35.433+00
458,70,29,39,Tepidus dens speculum conor degenero defluo adimpleo vis quos tollo acies concedo.,2025-07-15 12:32:07.400+00
459,163,41,188,Magnam synagoga asporto aqua una pecto crapula tamdiu aperio arto crux aliqua.,2025-10-17 19:20:19.423+00
460,130,29,384,Defluo minima tamquam facere atqui volva adiuvo vox molestias territo tracto tristis tabella aduro attero cuppedia reprehenderit compono deprimo.,2025-04-01 09:55:55.404+00
461,48,34,30,Claro pel cotidie spectaculum adfectus dedecor antiquus utrum eum.,2025-10-05 05:57:37.762+00
462,68,4,6,Curvo tabernus agnitio labore appello amoveo clam thalassinus clamo bene pecus cultellus conqueror carcer vita casso absque.,2025-04-21 10:45:16.240+00
463,10,19,,Quibusdam alo censura attollo templum solum adinventitias.,2025-11-13 02:29:47.277+00
464,18,15,366,Pel vorago solio tandem degusto cubo.,2025-01-06 01:22:41.309+00
465,88,20,101,Speculum cursim turba repellat aufero una aestus alter accedo solus appositus comprehendo adsum tendo inventore strenuus.,2025-09-14 01:18:26.940+00
466,180,43,287,Vae vulariter fugiat vespillo desparatus arca argentum placeat suasoria suscipit caritas abeo volup trans.,2025-01-17 19:42:56.632+00
467,84,20,463,Ustulo vulnus antepono pectus canis coruscus cotidie artificiose somniculosus solutio absque varietas valde damno versus molestias caecus defetiscor.,2025-06-11 02:15:45.604+00
468,96,26,,Tandem astrum vilis timidus statim thermae spiritus amo conduco demitto aestivus caelum porro autus tristis solium ducimus aurum.,2025-08-28 22:25:37.496+00
469,153,10,398,Sono attero aeternus vestigium thema eaque viridis crux vox considero deficio ex illo.,2025-07-06 23:13:44.340+00
470,59,45,311,Tubineus dolores animus vestigium.,2025-09-29 04:05:54.775+00
471,62,29,223,Earum torqueo armarium conforto aeternus qui despecto cruciamentum adfectus consuasor damnatio ambulo.,2025-08-06 12:54:45.188+00
472,137,40,128,Voro sto labore cura textilis supplanto conduco arguo deorsum aut coepi vorax candidus viscus utrum.,2025-11-17 11:52:52.360+00
473,25,17,220,Comis depulso acidus apparatus carmen consuasor placeat accusator adeptio suus vobis caries colo currus tenuis appositus patrocinor cribro vinum solum.,2025-10-05 18:14:42.416+00
474,60,26,227,Somnus deripio reiciendis synagoga tergeo quas.,2025-01-07 07:44:28.732+00
475,127,16,40,Perspiciatis vulnero tabgo arcesso adduco varietas clementia venustas clibanus utor.,2025-03-19 18:40:27.707+00
476,55,4,65,Tabernus soleo utroque enim eius tristis congregatio tollo delibero.,2025-10-02 20:52:50.879+00
477,38,1,451,Comminor tergo calco compono anser certe somniculosus iure usque copiose aliquam solium deputo curiositas stella taceo corona quis versus spoliatio.,2025-09-23 19:12:40.304+00
478,122,45,39,Cum spoliatio temporibus vito cibo adulatio venia absens tripudio arbor degero.,2025-02-25 07:01:51.640+00
479,37,21,455,Coerceo anser tametsi earum beneficium vaco candidus derideo alii cribro conspergo admitto.,2025-11-09 09:50:43.105+00
480,113,35,268,Conor tener conicio autus benevolentia cultura cognatus nemo comitatus paulatim nostrum capillus delectatio.,2025-06-20 05:33:21.586+00
481,166,35,,Curso spiculum tunc comprehendo cui ullam sto harum virtus turpis speculum.,2025-06-05 00:17:36.374+00
482,67,3,19,Terra aspernatur qui debilito verumtamen est arceo appositus tripudio depopulo cresco amita deputo acidus earum.,2025-06-07 01:58:53.839+00
483,100,48,,Arcesso compono tricesimus magni calculus considero adduco.,2025-01-21 18:09:55.447+00
484,122,3,251,Aut dolor cunctatio venia bonus textor voco armarium usitas clementia subito esse tego solio.,2025-11-20 03:32:20.765+00
485,134,35,458,Crux reprehenderit alienus unde unus thymbra demitto vicissitudo stultus totidem.,2025-04-19 19:22:10.258+00
486,16,23,89,Copia adipisci ater theca velociter textor cognomen depopulo summopere vobis audio thema.,2025-06-08 21:46:29.531+00
487,62,2,391,Curia capio curto ea cupiditate amicitia currus color amoveo ara apto teres vulpes.,2025-10-26 16:40:39.103+00
488,64,41,,Alienus nihil ustulo adipisci urbs utor paulatim audax occaecati deprimo rem appello uter.,2025-01-28 05:04:16.167+00
489,94,18,416,Aveho angulus aliquid appello censura capillus comedo aqua sperno praesentium vinco vespillo conforto asper advenio pariatur vulticulus delicate.,2025-04-01 07:01:53.112+00
490,5,11,256,Barba autem distinctio cuius.,2025-10-13 15:39:15.131+00
491,28,37,352,Cohaero condico caecus degero contigo aequus asper viscus calculus talus chirographum barba fugiat timor.,2025-12-21 09:35:45.186+00
492,110,2,196,Contra celebrer succedo comes caste tondeo deorsum varietas iure supellex.,2025-04-07 16:03:02.603+00
493,116,6,492,Spiculum totidem cumque talio voluptatum denique.,2025-07-31 20:57:36.486+00
494,62,25,417,Ancilla sed solutio suppellex abutor ancilla damnatio apostolus maxime suadeo video.,2025-03-04 11:40:57.961+00
495,4,11,195,Supellex depono qui aeneus demo aperiam appello verumtamen capio currus sum caritas consectetur defetiscor ulterius aliqua rem cernuus apparatus.,2025-10-11 15:23:23.182+00
496,125,43,399,Stultus carbo earum quisquam cultellus texo comis magnam voluptas depulso abeo alo aestus.,2025-10-18 00:28:16.182+00
497,34,47,174,Nam super curis vomica testimonium uter sunt antepono.,2025-02-14 11:41:03.116+00
498,194,20,,Bellicus eligendi eius abstergo tolero ducimus clibanus conatus compono tricesimus coniecto conicio arguo curo celebrer cresco subvenio.,2025-05-17 11:28:56.957+00
499,83,14,429,Tardus natus saepe officia ulciscor delectatio viscus thorax civitas textor desparatus derelinquo ambitus beneficium sollers.,2025-09-16 21:24:24.491+00
500,63,7,127,Adstringo aequitas demergo cognomen considero cogo caveo verecundia ex.,2025-07-23 07:07:40.606+00
501,54,37,463,Cognomen texo coerceo tutamen cariosus.,2025-06-05 19:41:09.683+00
502,21,40,291,Curatio aequitas varius adaugeo vesica spectaculum.,2025-04-15 11:25:05.756+00
503,133,18,21,Tergeo soleo sub synagoga tergeo damnatio socius cicuta auditor sufficio careo vereor creptio altus rem.,2025-06-04 11:19:41.206+00
504,85,40,210,Denique suasoria culpo sufficio sui arbitro voluptatibus tam.,2025-03-05 13:19:27.850+00
505,190,21,136,Demergo vir aliquid casso.,2025-08-22 06:28:41.094+00
506,2,3,262,Non cibus subvenio delibero.,2025-07-29 00:12:14.968+00
507,105,45,,Tabula astrum utroque vulgo voluptatem iusto demo truculenter arcesso bonus conturbo cohibeo ultio temporibus officiis vorago terebro.,2025-11-29 09:08:44.234+00
508,153,16,47,Debilito alias sto perspiciatis.,2025-07-23 19:50:29.400+00
509,149,13,,Admitto ago vere depono aperte talio stella currus nihil audio.,2025-01-24 20:49:02.701+00
510,71,26,,Deinde maiores custodia cerno angulus sui depereo maiores amita quibusdam caecus aveho beatae sulum.,2025-10-04 03:56:45.041+00
511,46,27,50,Tres alienus adeo attonbitus minus atque comis thesis attonbitus aestivus soleo.,2025-08-22 04:36:17.858+00
512,111,19,,Cohibeo desidero crepusculum callide aptus autus utroque amissio victoria demonstro vel tamquam debilito.,2025-05-02 07:36:45.479+00
513,148,7,,Ex viridis una accusantium illo repudiandae eligendi tolero ceno acsi advenio decet appello cura ratione enim vomica coerceo dolor.,2025-08-15 18:16:19.869+00
514,168,26,219,Dicta ademptio damnatio reiciendis veritas aliqua cruciamentum ea.,2025-08-04 19:10:20.604+00
515,128,33,160,Collum considero aufero verbera labore una commodo thema consuasor quos benevolentia auctor adinventitias succurro.,2025-11-04 03:06:30.034+00
516,105,37,352,Utilis tergo supellex ulterius cariosus approbo vomito sint amiculum sulum censura adipiscor.,2025-04-18 11:46:53.133+00
517,123,33,117,Ut atque comburo theca vel decens.,2025-04-12 22:54:05.360+00
518,173,33,131,Amoveo consectetur utroque tersus arma copia una necessitatibus bis repellendus.,2025-09-18 14:44:09.004+00
519,174,37,318,Vir tergiversatio impedit vespillo ager tredecim amissio accendo ulciscor absens vehemens cognatus cubo autus totus.,2025-09-19 18:19:09.614+00
520,173,50,,Contego libero comis theca et aeneus acquiro error vos sequi vita adduco ab denego dapifer curso tubineus verumtamen.,2025-04-10 19:10:33.437+00
521,183,1,16,Vulnus timor valde spectaculum vehemens adstringo utroque abstergo subito ventosus expedita abduco debitis ter carbo capitulus denique conor.,2025-03-07 01:13:19.735+00
522,141,46,382,Valde angelus succurro depromo comminor crastinus conduco.,2025-07-22 14:17:42.579+00
523,39,26,399,Tener pel cupio vociferor debeo quidem acsi angustus caput optio curatio vulticulus tumultus crapula cunae claro.,2025-05-10 20:31:43.702+00
524,74,12,254,Vespillo voluptates victus paulatim tertius absque.,2025-10-04 23:11:16.435+00
525,49,21,361,Sollicito appono crur quaerat ultra cubicularis tertius defaeco dens animi.,2025-04-24 07:53:16.840+00
526,166,35,499,Et aequus volup accusator damnatio calco delinquo sulum amo territo.,2025-12-11 20:36:03.588+00
527,162,49,25,Tredecim vulgivagus torrens speciosus a subiungo suscipio blandior quisquam commemoro odio despecto varietas libero traho dicta amoveo vulticulus aspernatur.,2025-06-22 06:56:28.286+00
528,85,2,55,Deludo dolorem compello vinco culpa usque tabella deinde complectus vos solio theatrum.,2025-12-04 01:46:02.443+00
529,184,5,378,Pecco crustulum astrum officiis.,2025-10-14 03:04:20.236+00
530,172,39,,Aperio cresco veritatis reiciendis.,2025-09-13 15:13:05.056+00
531,140,50,134,Bibo umquam tener repellat color.,2025-04-04 12:47:04.053+00
532,110,41,509,Accommodo audax admoveo tabesco videlicet doloribus aduro aeternus.,2025-08-09 14:11:53.631+00
533,101,12,288,Talis carmen verumtamen sperno sub quae stipes demulceo appono vallum abeo.,2025-11-17 09:53:52.086+00
534,42,15,319,Aro terminatio adulatio tripudio tui.,2025-04-14 16:35:48.329+00
535,101,4,,Beatae sponte theatrum vel nulla atqui temptatio assumenda defetiscor tres acquiro usus odio doloribus adflicto antea impedit cerno utrum.,2025-06-06 21:09:35.661+00
536,107,43,362,Voluptatem crastinus velociter centum abstergo una volubilis repudiandae cibo trans cura utor convoco.,2025-11-07 04:54:10.060+00
537,39,49,178,Tego adimpleo taedium tabernus attonbitus ventosus dedico sufficio deleo aufero concedo virga conspergo arma pauper.,2025-01-19 23:02:01.072+00
538,98,37,467,Una ventus sapiente vix ullus.,2025-03-21 14:44:37.523+00
539,199,24,24,Caveo pel cruciamentum abduco tabula correptius aro cohaero tego trado cum tepidus confero dolorum ambulo conventus conor vere caute repellat.,2025-04-26 22:09:24.431+00
540,118,34,252,Pectus cunctatio delectus auctus valeo velum defungo caste coerceo conqueror cruciamentum confido sed ars valens barba.,2025-02-14 03:54:53.586+00
541,89,2,114,Sumo charisma compono cotidie tondeo accusamus.,2025-09-12 20:16:06.372+00
542,11,36,,Balbus aqua ocer cicuta cumque ad vestigium angelus.,2025-05-08 23:20:30.202+00
543,78,4,302,Copia ultio compono cibo trans stips.,2025-08-25 23:52:43.739+00
544,139,4,531,Solus vitae capio custodia calamitas explicabo vivo.,2025-01-02 16:17:55.179+00
545,82,8,,Carmen impedit auctor ambulo curtus animadverto chirographum universe basium terga artificiose uxor attollo dedico civitas universe.,2025-03-23 05:21:43.764+00
546,151,3,104,Aufero sordeo tunc inventore et officiis subvenio tabula ad venustas facilis totidem acsi.,2025-11-27 07:54:52.549+00
547,27,41,174,Pariatur sursum provident aestivus toties depono debeo veritas confero cinis vesica ciminatio coepi sursum sui.,2025-02-13 05:29:48.047+00
548,138,42,457,Repellat adhuc virga acquiro decipio confugo benigne deinde censura.,2025-03-30 12:16:50.579+00
549,128,26,247,Temeritas velociter defungo templum urbanus cuppedia commodo vesica coaegresco ceno delectus defleo addo vestigium cena pecus animi crapula defero in.,2025-02-21 00:26:23.661+00
550,196,12,,Solvo trepide videlicet patrocinor neque supra earum claudeo celebrer trucido.,2025-03-03 05:47:21.874+00
551,165,7,,Somnus apto adicio summisse arma acidus tantillus altus vinculum clam appositus deduco adstringo talus uxor concedo triumphus.,2025-09-26 03:02:07.103+00
552,176,6,180,Bellum culpo iure aliquam arx cena acies adhaero.,2025-04-13 02:28:20.461+00
553,80,41,,Delectatio consequatur minus contigo tubineus chirographum ars desparatus nihil.,2025-05-17 04:21:57.465+00
554,172,7,121,Pel ancilla sapiente admoveo despecto aurum quo.,2025-08-05 10:08:50.549+00
555,114,12,14,Caveo curo repudiandae voluptatum solio argumentum patria consuasor stillicidium infit quisquam abduco dolorum minima vergo videlicet.,2025-04-12 21:26:42.177+00
556,24,44,56,Conatus dolores tendo quos utilis advenio crapula auditor id cohaero deduco crudelis abbas vereor ciminatio uxor anser virga.,2025-10-18 22:35:40.715+00
557,135,25,354,Solutio uredo vulpes comparo crebro acquiro subseco cogo artificiose utor.,2025-05-03 10:00:06.139+00
558,62,1,297,Claro vinum voluptas callide.,2025-07-25 22:16:37.558+00
559,196,41,455,Ager audacia ut tristis spectaculum sunt claudeo aqua conicio arcus quaerat enim.,2025-02-15 07:48:04.531+00
560,94,23,252,Deripio corrumpo deorsum suadeo conspergo contabesco.,2025-03-01 16:42:05.446+00
561,50,18,404,Cauda adipisci videlicet sopor administratio taedium theca usque candidus asperiores cunabula accusamus aqua stips.,2025-01-03 18:52:57.650+00
562,169,20,,Cursim bellum thalassinus capio.,2025-10-11 03:13:25.478+00
563,130,38,461,Aufero torqueo sopor ventus aeger vestrum ait caelestis sui aqua vespillo triumphus amitto adulatio ter pauci conforto terebro.,2025-11-12 09:41:55.898+00
564,56,9,145,Cariosus a sunt bonus strues ademptio adopto allatus eum astrum cuppedia thesaurus laboriosam ocer tolero terebro succurro cunabula tertius.,2025-06-28 03:02:23.706+00
565,120,19,133,Quas trepide contego cito acerbitas suscipit vobis.,2025-11-21 21:46:45.325+00
566,88,48,184,Tamen terminatio solvo caritas comitatus dedico sum agnosco testimonium tubineus defetiscor curatio stips deleniti asper.,2025-08-01 12:16:51.854+00
567,113,13,537,Eveniet stella vigor acervus sonitus sublime desidero valetudo suadeo vaco at unde tot voluptas triduana magnam totidem sumptus carcer.,2025-03-16 17:40:48.692+00
568,63,41,33,Claudeo vomito minus validus quae aggero comitatus aiunt coma deorsum carus vesica accedo balbus aufero vociferor curatio tibi ademptio.,2025-08-22 22:32:37.141+00
569,76,3,170,Coruscus ambitus adfectus amoveo demulceo ullam territo.,2025-02-17 13:17:04.025+00
570,60,13,80,Vestrum sint tui cometes.,2025-12-06 20:30:57.568+00
571,64,16,422,Deduco vindico suscipio caute peior usque capitulus calculus tabesco tepidus circumvenio vomito crur cur suppellex adduco.,2025-07-18 03:46:16.430+00
572,92,49,496,Voveo crustulum cruentus cursim virgo voveo solum caelestis.,2025-12-03 05:11:05.841+00
573,135,4,272,Arto cado deripio vetus comis coaegresco comprehendo eaque cetera quae cogito auctor tremo corroboro cervus clarus.,2025-05-26 00:14:29.899+00
574,172,3,546,Terror patior laudantium vel derideo suspendo versus degenero copia arcesso vestrum subiungo cimentarius defetiscor capio cimentarius dens collum.,2025-01-16 12:33:01.687+00
575,86,17,427,Suscipit ventus thesaurus abutor ancilla arbustum assentator.,2025-07-16 05:22:23.272+00
576,102,17,,Absum aegrotatio dolorem consectetur comptus audio timidus itaque.,2025-08-05 23:47:43.138+00
577,149,25,,Inflammatio denego verbera casso advenio armarium usitas voro adulescens stipes provident atavus vivo advoco sustineo ars victoria correptius basium.,2025-11-23 11:09:03.117+00
578,134,30,114,Condico amaritudo sint cetera decipio triumphus cornu architecto aegrus ancilla cultura clamo error.,2025-08-30 14:10:48.435+00
579,24,17,,Tertius earum suus causa patrocinor utroque provident tabesco confugo pecto succedo sulum demonstro vomito decet.,2025-04-15 09:18:51.887+00
580,52,8,,Coaegresco ascit victus approbo usus eaque.,2025-09-30 16:05:00.836+00
581,86,29,110,Alii caries tenuis sophismata enim contra.,2025-11-08 13:32:45.219+00
582,44,17,,Claro thermae crinis iure vociferor vinitor vigor.,2025-10-15 13:16:26.416+00
583,22,25,333,Celer basium tutamen vomer.,2025-02-23 20:32:26.690+00
584,15,25,,Autem altus ultra blandior administratio aufero amplitudo callide vitae animi soleo venustas ambulo desparatus carpo conforto non asporto.,2025-11-26 05:22:13.742+00
585,73,4,110,Cohaero clam arceo illo tardus cena adipiscor adaugeo creo bellicus armarium.,2025-11-11 18:38:54.881+00
586,5,4,,Utor apparatus acceptus celer arx decimus autem deludo doloremque doloremque templum aequus.,2025-10-25 05:47:29.420+00
587,199,34,415,Cernuus creo vulariter videlicet verbera nemo.,2025-02-04 19:08:55.735+00
588,132,32,218,Angustus solus nobis cura aranea voveo coruscus astrum annus.,2025-06-28 12:12:44.309+00
589,58,44,83,Vitium degenero ocer cultura crur auxilium voluptas umerus at dolores dedico qui copiose pecto aequus adaugeo cogito eveniet.,2025-07-20 01:49:02.277+00
590,85,24,100,Carmen caute tandem sequi denique tabula unde vomito beneficium anser bellum coadunatio et curo beneficium creator voluntarius curia atavus.,2025-02-10 22:42:28.389+00
591,6,41,446,Tam velit vociferor demitto exercitationem tribuo colo.,2025-10-07 23:08:33.244+00
592,191,2,314,Magnam facilis qui arto tenax quae cresco dolorum deputo circumvenio currus chirographum caput vigor terga voluptatum viriliter.,2025-08-31 06:46:56.749+00
593,64,14,182,Amiculum administratio deripio appello trepide demoror civis facilis benevolentia sulum vomito attonbitus solvo.,2025-10-02 17:54:43.471+00
594,65,26,538,Absque celebrer tolero comes vicissitudo aperio absum contra.,2025-02-20 21:00:23.176+00
595,129,27,,Reiciendis adamo artificiose derelinquo.,2025-02-18 01:05:09.697+00
596,150,22,243,Anser vicissitudo adamo verbum calculus vulariter celebrer amissio excepturi peccatus sperno varius vacuus vacuus summopere.,2025-06-08 19:40:05.801+00
597,123,7,,Cavus addo cupiditate surgo curiositas dens.,2025-08-14 06:45:10.905+00
598,121,21,,Tibi cariosus vere cenaculum approbo aegrotatio sub.,2025-11-06 06:24:54.294+00
599,50,45,142,Aequus casus bonus textus reiciendis calcar summopere sordeo coruscus adulatio attollo depereo bellicus cicuta curiositas deinde vero audeo.,2025-09-28 12:40:52.521+00
600,82,20,114,Usque sunt cognomen eum minima caries vita toties velut calcar adamo fuga bardus.,2025-02-26 05:41:06.334+00
\.

COPY "public"."post_tags" ("post_id", "tag_id") FROM stdin WITH (FORMAT csv);
179,15
89,23
33,1
111,22
103,22
175,6
114,3
64,14
94,17
165,5
173,9
84,14
37,13
17,12
144,2
97,24
51,2
85,19
108,11
86,1
86,9
20,6
125,25
177,15
118,22
194,3
66,3
24,8
177,8
185,2
64,15
183,18
109,15
115,4
158,22
149,17
47,6
161,3
56,11
10,8
182,8
138,10
180,15
93,9
189,24
169,10
137,18
39,24
189,21
143,2
152,19
100,22
96,21
162,5
84,17
68,16
177,25
148,3
91,21
115,21
166,15
34,11
150,1
181,22
42,4
135,6
189,16
142,12
2,4
129,14
114,12
46,24
114,19
159,3
143,3
167,16
139,11
5,4
101,12
110,2
168,18
63,17
96,8
159,21
38,25
65,3
18,15
118,5
150,3
125,6
85,7
82,14
158,8
64,17
70,19
61,1
9,21
160,6
40,21
38,1
58,16
117,1
76,19
62,4
42,1
170,7
96,13
59,4
150,13
170,11
172,12
72,22
48,20
119,14
35,12
77,14
175,5
51,14
52,15
85,16
129,5
105,20
59,25
196,2
32,12
94,23
73,18
4,21
9,2
145,25
141,14
40,24
82,15
100,1
106,22
45,5
110,13
6,21
113,18
91,11
173,12
193,12
22,7
190,19
129,9
87,8
186,25
22,1
67,7
127,18
48,24
200,19
97,5
184,10
91,7
147,10
6,22
25,20
174,7
6,17
170,16
170,9
131,24
82,18
139,6
136,7
130,5
167,25
163,15
87,21
67,11
165,10
137,5
185,9
98,3
57,13
25,9
77,21
150,2
198,3
59,2
8,11
143,19
3,11
193,4
2,6
67,23
103,13
103,9
157,17
116,21
76,5
44,6
86,2
50,12
5,13
89,18
10,24
28,2
59,15
194,2
59,22
10,19
195,19
153,13
130,19
188,25
72,16
73,24
187,21
65,5
60,18
195,21
84,4
187,3
156,18
116,1
18,19
143,13
151,1
90,20
128,17
146,1
189,18
185,14
153,1
4,8
127,5
157,1
75,20
124,12
196,3
134,14
162,2
88,16
130,2
10,18
127,17
159,20
52,5
157,9
126,15
71,14
173,25
32,19
4,19
18,8
184,8
67,13
122,19
62,2
132,13
105,11
177,18
179,7
64,25
124,22
58,6
69,11
189,14
143,23
113,4
75,25
145,1
4,4
124,20
57,21
106,5
176,24
148,10
108,1
118,16
86,15
162,11
59,18
38,16
114,24
33,9
67,4
27,17
154,6
133,1
46,10
101,2
22,23
28,9
28,15
86,6
27,5
26,5
87,11
153,16
101,6
179,10
167,14
172,4
100,20
53,9
13,12
161,4
6,1
16,23
94,19
46,12
185,16
13,16
98,1
121,12
89,15
46,21
125,20
186,18
198,22
28,14
124,7
103,16
104,1
45,24
93,16
169,24
69,6
88,18
97,19
21,1
68,17
123,5
157,3
34,10
6,23
136,13
186,7
40,16
144,3
94,7
167,19
40,9
17,11
127,1
14,7
114,16
49,13
28,18
3,13
4,13
178,11
20,9
175,16
157,25
25,14
140,24
164,24
61,10
140,13
183,1
23,23
174,21
104,4
122,17
181,7
74,14
14,13
149,21
35,2
141,25
68,18
78,17
169,11
164,14
82,13
12,20
79,3
191,18
122,13
26,16
176,15
163,17
3,5
90,23
85,4
106,2
96,18
188,6
127,24
127,10
167,6
175,14
96,9
175,21
28,7
118,13
15,2
123,3
197,23
149,2
10,17
17,14
54,24
131,17
93,1
78,12
145,19
186,6
35,5
88,6
176,6
195,1
179,12
158,18
189,10
159,8
17,3
129,3
13,15
118,18
17,2
75,3
106,10
183,23
166,13
14,5
198,11
103,1
44,9
91,13
8,15
132,9
107,1
176,4
93,10
148,4
102,12
103,6
106,16
113,21
93,13
18,17
130,4
130,24
56,18
3,14
81,20
156,23
36,20
103,10
44,13
21,12
80,9
58,12
163,21
154,7
192,23
148,24
75,13
53,6
89,1
131,14
14,1
152,12
47,20
25,6
111,4
160,15
65,11
99,16
144,20
99,1
177,20
124,21
93,3
190,10
193,23
116,17
134,18
131,12
54,13
49,10
12,10
73,23
8,13
56,24
142,25
180,10
68,3
166,21
70,21
170,21
75,19
194,18
7,9
125,22
28,8
165,9
61,12
106,7
71,9
130,16
145,6
137,21
192,13
171,23
\.

-- Move sequences past the loaded ids.
DO $seedforge$
BEGIN
  PERFORM setval(pg_get_serial_sequence('"public"."tags"', 'id'), (SELECT COALESCE(MAX("id"), 0) + 1 FROM "public"."tags"), false);
  PERFORM setval(pg_get_serial_sequence('"public"."users"', 'id'), (SELECT COALESCE(MAX("id"), 0) + 1 FROM "public"."users"), false);
  PERFORM setval(pg_get_serial_sequence('"public"."posts"', 'id'), (SELECT COALESCE(MAX("id"), 0) + 1 FROM "public"."posts"), false);
  PERFORM setval(pg_get_serial_sequence('"public"."comments"', 'id'), (SELECT COALESCE(MAX("id"), 0) + 1 FROM "public"."comments"), false);
END
$seedforge$;

COMMIT;
