/// Groups items that say the same thing. Items in the same bucket (the same speaker or actor)
/// whose wording is a near duplicate (`WordProfile.isNearDuplicate`) of a cluster's first item
/// join that cluster. Items without a bucket (a quote whose speaker the article leaves
/// unresolved) first cluster among themselves; such a cluster then joins the attributed cluster
/// it duplicates when all the attributed clusters it duplicates belong to one bucket — quotes of
/// two different speakers are never merged.
///
/// Only clusters sharing enough content words with the item to be its near duplicate are
/// compared (an inverted index per bucket), so the work grows with the overlap of wordings,
/// not with the square of the items.
/// Clusters and their members keep the order of the items given, so the result depends only
/// on that order.
struct ItemClusterer: Sendable {
    /// The Jaccard similarity of content words above which two texts are one item.
    var threshold: Double = 0.6

    /// The clusters of one bucket, with an index from content word to the clusters using it.
    private struct Block {
        var clusters: [Int] = []
        var byWord: [String: [Int]] = [:]
        /// Clusters whose first item has no content word (they can only equal each other).
        var wordless: [Int] = []

        /// The clusters whose first item shares with `profile` at least `minimumShared` words,
        /// in cluster order.
        func candidates(_ profile: WordProfile, minimumShared: Double) -> [Int] {
            if profile.words.isEmpty { return wordless }
            var shared: [Int: Int] = [:]
            for word in profile.words {
                for cluster in byWord[word] ?? [] { shared[cluster, default: 0] += 1 }
            }
            return shared.filter { Double($0.value) >= minimumShared }.map(\.key).sorted()
        }

        mutating func add(_ cluster: Int, _ profile: WordProfile) {
            clusters.append(cluster)
            if profile.words.isEmpty { wordless.append(cluster) }
            for word in profile.words { byWord[word, default: []].append(cluster) }
        }
    }

    /// The fewest words an item of `profile` must share with another to be its near duplicate
    /// (`WordProfile.isNearDuplicate`): a Jaccard similarity of `threshold` needs `threshold`
    /// of the item's words, a containment of 0.9 in a text of 5 words or more needs 4.5.
    func minimumShared(_ profile: WordProfile) -> Double {
        min(threshold * Double(profile.words.count), 4.5) - 1e-9
    }

    /// Clusters of item indices, in order of their first item. `bucket(i)` is item `i`'s bucket
    /// (nil: unattributed) and `profile(i)` its wording.
    func clusters(count: Int, bucket: (Int) -> String?, profile: (Int) -> WordProfile) -> [[Int]] {
        let profiles = (0..<count).map(profile)
        var clusters: [[Int]] = []
        var clusterBucket: [String?] = []
        var blocks: [String?: Block] = [:]
        var attributed = Block()
        for item in 0..<count {
            let key = bucket(item)
            let existing = blocks[key]?.candidates(profiles[item], minimumShared: minimumShared(profiles[item])).first { cluster in
                profiles[item].isNearDuplicate(of: profiles[clusters[cluster][0]], threshold: threshold)
            }
            if let existing {
                clusters[existing].append(item)
            } else {
                blocks[key, default: Block()].add(clusters.count, profiles[item])
                if key != nil { attributed.add(clusters.count, profiles[item]) }
                clusters.append([item])
                clusterBucket.append(key)
            }
        }

        // An unattributed cluster joins the one bucket whose clusters it duplicates.
        var absorbed: Set<Int> = []
        for cluster in blocks[nil]?.clusters ?? [] {
            let first = profiles[clusters[cluster][0]]
            let matches = attributed.candidates(first, minimumShared: minimumShared(first)).filter { candidate in
                first.isNearDuplicate(of: profiles[clusters[candidate][0]], threshold: threshold)
            }
            let speakers = Set(matches.map { clusterBucket[$0] })
            guard speakers.count == 1, let target = matches.min() else { continue }
            clusters[target] = (clusters[target] + clusters[cluster]).sorted()
            absorbed.insert(cluster)
        }
        return clusters.indices.filter { !absorbed.contains($0) }.map { clusters[$0] }.sorted { $0[0] < $1[0] }
    }
}
