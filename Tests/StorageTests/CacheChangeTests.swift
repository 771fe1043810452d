import Foundation
import Storage
import Testing
import Workbench

/// The change payloads and the read cache's rules, without a database.
@Suite struct CacheChangeTests {
    @Test func everyChangeReadsBackFromItsPayload() {
        let agency = Identifier<AgencyRecord>(UUID()), user = Identifier<UserAccount>(UUID())
        let changes: [CacheChange] = [
            .user(user), .session(tokenHash: String(repeating: "ab", count: 32)), .agency(agency), .plan(agency),
            .disclosure(agency),
        ]
        for change in changes {
            #expect(CacheChange(payload: change.payload) == change)
        }
        #expect(CacheChange.plan(agency).payload == "plan:\(agency)")
        for unknown in ["", "plan", "plan:not-an-id", "bogus:\(agency)", "session:"] {
            #expect(CacheChange(payload: unknown) == nil)
        }
    }

    @Test func aLoadThatOverlapsAnEvictionIsReturnedButNotKept() async throws {
        let cache = ReadCache<String, Int>(lifetime: .seconds(60))
        let loaded = try await cache.value("k") {
            cache.remove("other")
            return 1
        }
        #expect(loaded == 1)
        #expect(cache.value("k") == nil)
        _ = try await cache.value("k") { 2 }
        #expect(cache.value("k") == 2)
    }

    @Test func aShorterLifetimeAppliesToEntriesAlreadyStored() {
        let cache = ReadCache<String, Int>(lifetime: .seconds(60))
        cache.store(1, for: "k")
        #expect(cache.value("k") == 1)
        cache.setLifetime(.zero)
        #expect(cache.value("k") == nil)
    }

    @Test func aChangeHeardFromElsewhereDropsTheCopyAndBumpsTheGeneration() async throws {
        let base = InMemoryStore().repositories
        let cache = CachingRepositories(base)
        let agency = StorageFixtures.agency()
        try await base.agencies.insertAgency(agency, divisions: ["สำนักปลัด"], actor: StorageFixtures.actor)
        try await base.plans.insertPlan(StorageFixtures.plan(agency: agency), actor: StorageFixtures.actor)
        let plans = cache.repositories.plans
        #expect(try await plans.fetchPlan(agency: agency.id, year: 2566)?.measures.count == 2)

        // Another process writes: the in-memory base changes without this cache seeing it.
        try await base.plans.insertMeasure(
            StorageFixtures.measure("มาตรการที่ 3", agency: agency, position: 3), actor: StorageFixtures.actor)
        #expect(try await plans.fetchPlan(agency: agency.id, year: 2566)?.measures.count == 2)
        let generation = cache.generation(agency: agency.id)
        cache.receive(.changed(.plan(agency.id)))
        #expect(try await plans.fetchPlan(agency: agency.id, year: 2566)?.measures.count == 3)
        #expect(cache.generation(agency: agency.id) > generation)

        // Connecting the feed empties everything, since changes made before it listened were not heard.
        let before = cache.generation(agency: agency.id)
        cache.receive(.listening)
        #expect(cache.isListening)
        #expect(cache.generation(agency: agency.id) > before)
        cache.receive(.lost)
        #expect(!cache.isListening)
    }
}
