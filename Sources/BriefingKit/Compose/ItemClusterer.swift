/// Groups items that say the same thing: items in the same bucket (the same speaker or actor)
/// whose wording is a near duplicate (`WordProfile.isNearDuplicate`) form one cluster. Clusters
/// and their members keep the order of the items given, so the result depends only on that order.
struct ItemClusterer: Sendable {
    /// The Jaccard similarity of content words above which two texts are one item.
    var threshold: Double = 0.6

    /// Clusters of item indices. `bucket(i)` and `profile(i)` describe item `i`.
    func clusters(count: Int, bucket: (Int) -> String, profile: (Int) -> WordProfile) -> [[Int]] {
        var clusters: [[Int]] = []
        var clustersByBucket: [String: [Int]] = [:]
        var representatives: [WordProfile] = []
        for item in 0..<count {
            let key = bucket(item)
            let itemProfile = profile(item)
            let existing = clustersByBucket[key, default: []].first { cluster in
                itemProfile.isNearDuplicate(of: representatives[cluster], threshold: threshold)
            }
            if let existing {
                clusters[existing].append(item)
            } else {
                clustersByBucket[key, default: []].append(clusters.count)
                clusters.append([item])
                representatives.append(itemProfile)
            }
        }
        return clusters
    }
}
