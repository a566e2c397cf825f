//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// BrevToken
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const brevTokenAbi = [
  {
    type: 'constructor',
    inputs: [{ name: 'admin', internalType: 'address', type: 'address' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'DEFAULT_ADMIN_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'DOMAIN_SEPARATOR',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MINTER_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'owner', internalType: 'address', type: 'address' },
      { name: 'spender', internalType: 'address', type: 'address' },
    ],
    name: 'allowance',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'spender', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'approve',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'balanceOf',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'decimals',
    outputs: [{ name: '', internalType: 'uint8', type: 'uint8' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'eip712Domain',
    outputs: [
      { name: 'fields', internalType: 'bytes1', type: 'bytes1' },
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'version', internalType: 'string', type: 'string' },
      { name: 'chainId', internalType: 'uint256', type: 'uint256' },
      { name: 'verifyingContract', internalType: 'address', type: 'address' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
      { name: 'extensions', internalType: 'uint256[]', type: 'uint256[]' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'role', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getRoleAdmin',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'grantRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'hasRole',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'mint',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'name',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'owner', internalType: 'address', type: 'address' }],
    name: 'nonces',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'owner', internalType: 'address', type: 'address' },
      { name: 'spender', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'deadline', internalType: 'uint256', type: 'uint256' },
      { name: 'v', internalType: 'uint8', type: 'uint8' },
      { name: 'r', internalType: 'bytes32', type: 'bytes32' },
      { name: 's', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'permit',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'callerConfirmation', internalType: 'address', type: 'address' },
    ],
    name: 'renounceRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'revokeRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'symbol',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'totalSupply',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'transfer',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'from', internalType: 'address', type: 'address' },
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'transferFrom',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'owner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'spender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Approval',
  },
  { type: 'event', anonymous: false, inputs: [], name: 'EIP712DomainChanged' },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'previousAdminRole',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'newAdminRole',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
    ],
    name: 'RoleAdminChanged',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleGranted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleRevoked',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'from', internalType: 'address', type: 'address', indexed: true },
      { name: 'to', internalType: 'address', type: 'address', indexed: true },
      {
        name: 'value',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Transfer',
  },
  { type: 'error', inputs: [], name: 'AccessControlBadConfirmation' },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'neededRole', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AccessControlUnauthorizedAccount',
  },
  { type: 'error', inputs: [], name: 'ECDSAInvalidSignature' },
  {
    type: 'error',
    inputs: [{ name: 'length', internalType: 'uint256', type: 'uint256' }],
    name: 'ECDSAInvalidSignatureLength',
  },
  {
    type: 'error',
    inputs: [{ name: 's', internalType: 'bytes32', type: 'bytes32' }],
    name: 'ECDSAInvalidSignatureS',
  },
  {
    type: 'error',
    inputs: [
      { name: 'spender', internalType: 'address', type: 'address' },
      { name: 'allowance', internalType: 'uint256', type: 'uint256' },
      { name: 'needed', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ERC20InsufficientAllowance',
  },
  {
    type: 'error',
    inputs: [
      { name: 'sender', internalType: 'address', type: 'address' },
      { name: 'balance', internalType: 'uint256', type: 'uint256' },
      { name: 'needed', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ERC20InsufficientBalance',
  },
  {
    type: 'error',
    inputs: [{ name: 'approver', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidApprover',
  },
  {
    type: 'error',
    inputs: [{ name: 'receiver', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidReceiver',
  },
  {
    type: 'error',
    inputs: [{ name: 'sender', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidSender',
  },
  {
    type: 'error',
    inputs: [{ name: 'spender', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidSpender',
  },
  {
    type: 'error',
    inputs: [{ name: 'deadline', internalType: 'uint256', type: 'uint256' }],
    name: 'ERC2612ExpiredSignature',
  },
  {
    type: 'error',
    inputs: [
      { name: 'signer', internalType: 'address', type: 'address' },
      { name: 'owner', internalType: 'address', type: 'address' },
    ],
    name: 'ERC2612InvalidSigner',
  },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'currentNonce', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InvalidAccountNonce',
  },
  { type: 'error', inputs: [], name: 'InvalidShortString' },
  {
    type: 'error',
    inputs: [{ name: 'str', internalType: 'string', type: 'string' }],
    name: 'StringTooLong',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// BrevisMarket
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const brevisMarketAbi = [
  {
    type: 'constructor',
    inputs: [
      {
        name: 'controller_',
        internalType: 'contract StakingController',
        type: 'address',
      },
      {
        name: 'verifier_',
        internalType: 'contract IProofVerifier',
        type: 'address',
      },
      { name: 'admin', internalType: 'address', type: 'address' },
      {
        name: 'params',
        internalType: 'struct BrevisMarket.Params',
        type: 'tuple',
        components: [
          {
            name: 'biddingPhaseDuration',
            internalType: 'uint64',
            type: 'uint64',
          },
          {
            name: 'revealPhaseDuration',
            internalType: 'uint64',
            type: 'uint64',
          },
          { name: 'minMaxFee', internalType: 'uint256', type: 'uint256' },
          { name: 'slashBps', internalType: 'uint256', type: 'uint256' },
          { name: 'slashWindow', internalType: 'uint256', type: 'uint256' },
          { name: 'protocolFeeBps', internalType: 'uint256', type: 'uint256' },
          { name: 'overcommitBps', internalType: 'uint256', type: 'uint256' },
        ],
      },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'BPS',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'DEFAULT_ADMIN_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'STATUS_FULFILLED',
    outputs: [{ name: '', internalType: 'uint8', type: 'uint8' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'STATUS_PENDING',
    outputs: [{ name: '', internalType: 'uint8', type: 'uint8' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'STATUS_REFUNDED',
    outputs: [{ name: '', internalType: 'uint8', type: 'uint8' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'STATUS_SLASHED',
    outputs: [{ name: '', internalType: 'uint8', type: 'uint8' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'assignedStake',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'reqid', internalType: 'bytes32', type: 'bytes32' },
      { name: 'bidHash', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'bid',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'biddingPhaseDuration',
    outputs: [{ name: '', internalType: 'uint64', type: 'uint64' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'feeToken',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'reqid', internalType: 'bytes32', type: 'bytes32' },
      { name: 'prover', internalType: 'address', type: 'address' },
    ],
    name: 'getBidHash',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'reqid', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getBidders',
    outputs: [
      { name: 'winner', internalType: 'address', type: 'address' },
      { name: 'winnerFee', internalType: 'uint256', type: 'uint256' },
      { name: 'secondPlace', internalType: 'address', type: 'address' },
      { name: 'secondFee', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getGlobalRecentStats',
    outputs: [
      {
        name: 'stats',
        internalType: 'struct BrevisMarket.GlobalStats',
        type: 'tuple',
        components: [
          { name: 'totalRequests', internalType: 'uint64', type: 'uint64' },
          { name: 'totalFulfilled', internalType: 'uint64', type: 'uint64' },
          { name: 'totalFees', internalType: 'uint256', type: 'uint256' },
        ],
      },
      { name: 'startAt', internalType: 'uint64', type: 'uint64' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getGlobalStatsTotal',
    outputs: [
      {
        name: '',
        internalType: 'struct BrevisMarket.GlobalStats',
        type: 'tuple',
        components: [
          { name: 'totalRequests', internalType: 'uint64', type: 'uint64' },
          { name: 'totalFulfilled', internalType: 'uint64', type: 'uint64' },
          { name: 'totalFees', internalType: 'uint256', type: 'uint256' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'reqid', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getPhaseEnds',
    outputs: [
      { name: 'biddingEnd', internalType: 'uint256', type: 'uint256' },
      { name: 'revealEnd', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getProtocolFeeInfo',
    outputs: [
      { name: 'feeBps', internalType: 'uint256', type: 'uint256' },
      { name: 'balance', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'getProverPendingRequests',
    outputs: [{ name: '', internalType: 'bytes32[]', type: 'bytes32[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'getProverRecentStats',
    outputs: [
      {
        name: 'stats',
        internalType: 'struct BrevisMarket.ProverStats',
        type: 'tuple',
        components: [
          { name: 'bids', internalType: 'uint64', type: 'uint64' },
          { name: 'reveals', internalType: 'uint64', type: 'uint64' },
          { name: 'requestsFulfilled', internalType: 'uint64', type: 'uint64' },
          { name: 'requestsRefunded', internalType: 'uint64', type: 'uint64' },
          { name: 'lastActiveAt', internalType: 'uint64', type: 'uint64' },
          { name: 'feeReceived', internalType: 'uint256', type: 'uint256' },
        ],
      },
      { name: 'startAt', internalType: 'uint64', type: 'uint64' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'getProverStatsTotal',
    outputs: [
      {
        name: '',
        internalType: 'struct BrevisMarket.ProverStats',
        type: 'tuple',
        components: [
          { name: 'bids', internalType: 'uint64', type: 'uint64' },
          { name: 'reveals', internalType: 'uint64', type: 'uint64' },
          { name: 'requestsFulfilled', internalType: 'uint64', type: 'uint64' },
          { name: 'requestsRefunded', internalType: 'uint64', type: 'uint64' },
          { name: 'lastActiveAt', internalType: 'uint64', type: 'uint64' },
          { name: 'feeReceived', internalType: 'uint256', type: 'uint256' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getRecentStatsInfo',
    outputs: [
      { name: 'startAt', internalType: 'uint64', type: 'uint64' },
      { name: 'epochId', internalType: 'uint64', type: 'uint64' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'reqid', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getRequest',
    outputs: [
      { name: 'status', internalType: 'uint8', type: 'uint8' },
      { name: 'timestamp', internalType: 'uint64', type: 'uint64' },
      { name: 'sender', internalType: 'address', type: 'address' },
      { name: 'maxFee', internalType: 'uint256', type: 'uint256' },
      { name: 'minStake', internalType: 'uint256', type: 'uint256' },
      { name: 'deadline', internalType: 'uint64', type: 'uint64' },
      { name: 'vk', internalType: 'bytes32', type: 'bytes32' },
      { name: 'publicValuesDigest', internalType: 'bytes32', type: 'bytes32' },
      { name: 'version', internalType: 'uint32', type: 'uint32' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'role', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getRoleAdmin',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'sender', internalType: 'address', type: 'address' }],
    name: 'getSenderPendingRequests',
    outputs: [{ name: '', internalType: 'bytes32[]', type: 'bytes32[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'getSubmittersForProver',
    outputs: [{ name: '', internalType: 'address[]', type: 'address[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'grantRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'hasRole',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'minMaxFee',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'overcommitBps',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'protocolFeeBps',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'reqid', internalType: 'bytes32', type: 'bytes32' }],
    name: 'refund',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'submitter', internalType: 'address', type: 'address' }],
    name: 'registerSubmitter',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'callerConfirmation', internalType: 'address', type: 'address' },
    ],
    name: 'renounceRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'req',
        internalType: 'struct BrevisMarket.ProofRequest',
        type: 'tuple',
        components: [
          { name: 'nonce', internalType: 'uint64', type: 'uint64' },
          { name: 'vk', internalType: 'bytes32', type: 'bytes32' },
          {
            name: 'publicValuesDigest',
            internalType: 'bytes32',
            type: 'bytes32',
          },
          { name: 'imgURL', internalType: 'string', type: 'string' },
          { name: 'inputData', internalType: 'bytes', type: 'bytes' },
          { name: 'inputURL', internalType: 'string', type: 'string' },
          { name: 'version', internalType: 'uint32', type: 'uint32' },
          {
            name: 'fee',
            internalType: 'struct BrevisMarket.FeeParams',
            type: 'tuple',
            components: [
              { name: 'maxFee', internalType: 'uint96', type: 'uint96' },
              { name: 'minStake', internalType: 'uint96', type: 'uint96' },
              { name: 'deadline', internalType: 'uint64', type: 'uint64' },
            ],
          },
        ],
      },
    ],
    name: 'requestProof',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'reqid', internalType: 'bytes32', type: 'bytes32' },
      { name: 'fee', internalType: 'uint256', type: 'uint256' },
      { name: 'nonce', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'reveal',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'revealPhaseDuration',
    outputs: [{ name: '', internalType: 'uint64', type: 'uint64' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'revokeRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'value', internalType: 'uint256', type: 'uint256' }],
    name: 'setMinMaxFee',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'bps', internalType: 'uint256', type: 'uint256' }],
    name: 'setOvercommitBps',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'bidding', internalType: 'uint64', type: 'uint64' },
      { name: 'revealing', internalType: 'uint64', type: 'uint64' },
    ],
    name: 'setPhaseDurations',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'bps', internalType: 'uint256', type: 'uint256' }],
    name: 'setProtocolFeeBps',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'bps', internalType: 'uint256', type: 'uint256' },
      { name: 'window', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'setSlashParams',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'setSubmitterConsent',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'verifier_',
        internalType: 'contract IProofVerifier',
        type: 'address',
      },
    ],
    name: 'setVerifier',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'reqid', internalType: 'bytes32', type: 'bytes32' }],
    name: 'slash',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'slashBps',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'slashWindow',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'stakingController',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'startStatsEpoch',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'statsEpochId',
    outputs: [{ name: '', internalType: 'uint64', type: 'uint64' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'reqid', internalType: 'bytes32', type: 'bytes32' },
      { name: 'proof', internalType: 'uint256[8]', type: 'uint256[8]' },
    ],
    name: 'submitProof',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'submitter', internalType: 'address', type: 'address' }],
    name: 'submitterConsent',
    outputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'submitter', internalType: 'address', type: 'address' }],
    name: 'submitterToProver',
    outputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'submitter', internalType: 'address', type: 'address' }],
    name: 'unregisterSubmitter',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'unregisterSubmitter',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'verifier',
    outputs: [
      { name: '', internalType: 'contract IProofVerifier', type: 'address' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'to', internalType: 'address', type: 'address' }],
    name: 'withdrawProtocolFee',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'reqid',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'prover',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      { name: 'fee', internalType: 'uint256', type: 'uint256', indexed: false },
    ],
    name: 'BidRevealed',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'name', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'oldValue',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newValue',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'MarketParamUpdated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'reqid',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'prover',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'bidHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'NewBid',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'reqid',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'req',
        internalType: 'struct BrevisMarket.ProofRequest',
        type: 'tuple',
        components: [
          { name: 'nonce', internalType: 'uint64', type: 'uint64' },
          { name: 'vk', internalType: 'bytes32', type: 'bytes32' },
          {
            name: 'publicValuesDigest',
            internalType: 'bytes32',
            type: 'bytes32',
          },
          { name: 'imgURL', internalType: 'string', type: 'string' },
          { name: 'inputData', internalType: 'bytes', type: 'bytes' },
          { name: 'inputURL', internalType: 'string', type: 'string' },
          { name: 'version', internalType: 'uint32', type: 'uint32' },
          {
            name: 'fee',
            internalType: 'struct BrevisMarket.FeeParams',
            type: 'tuple',
            components: [
              { name: 'maxFee', internalType: 'uint96', type: 'uint96' },
              { name: 'minStake', internalType: 'uint96', type: 'uint96' },
              { name: 'deadline', internalType: 'uint64', type: 'uint64' },
            ],
          },
        ],
        indexed: false,
      },
    ],
    name: 'NewRequest',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'reqid',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'prover',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'proof',
        internalType: 'uint256[8]',
        type: 'uint256[8]',
        indexed: false,
      },
      {
        name: 'actualFee',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ProofSubmitted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'to', internalType: 'address', type: 'address', indexed: true },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ProtocolFeeWithdrawn',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'reqid',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'prover',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'slashAmount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ProverSlashed',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'reqid',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'requester',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Refunded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'previousAdminRole',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'newAdminRole',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
    ],
    name: 'RoleAdminChanged',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleGranted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleRevoked',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'epochId',
        internalType: 'uint64',
        type: 'uint64',
        indexed: true,
      },
      {
        name: 'startAt',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
    ],
    name: 'StatsEpochStarted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'submitter',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'oldProver',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'newProver',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'SubmitterConsentUpdated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'prover',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'submitter',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'SubmitterRegistered',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'prover',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'submitter',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'SubmitterUnregistered',
  },
  { type: 'error', inputs: [], name: 'AccessControlBadConfirmation' },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'neededRole', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AccessControlUnauthorizedAccount',
  },
  {
    type: 'error',
    inputs: [
      { name: 'reqid', internalType: 'bytes32', type: 'bytes32' },
      { name: 'prover', internalType: 'address', type: 'address' },
    ],
    name: 'MarketAlreadyRevealed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'expected', internalType: 'bytes32', type: 'bytes32' },
      { name: 'actual', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'MarketBidRevealMismatch',
  },
  {
    type: 'error',
    inputs: [
      { name: 'currentTime', internalType: 'uint256', type: 'uint256' },
      { name: 'biddingEndTime', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MarketBiddingPhaseEnded',
  },
  {
    type: 'error',
    inputs: [
      { name: 'currentTime', internalType: 'uint256', type: 'uint256' },
      { name: 'biddingEndTime', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MarketBiddingPhaseNotEnded',
  },
  {
    type: 'error',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'MarketCannotRegisterProverAsSubmitter',
  },
  { type: 'error', inputs: [], name: 'MarketCannotRegisterSelf' },
  {
    type: 'error',
    inputs: [{ name: 'reqid', internalType: 'bytes32', type: 'bytes32' }],
    name: 'MarketCannotSlash',
  },
  {
    type: 'error',
    inputs: [
      { name: 'currentTime', internalType: 'uint256', type: 'uint256' },
      { name: 'deadline', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MarketDeadlineNotPassed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'currentTime', internalType: 'uint256', type: 'uint256' },
      { name: 'deadline', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MarketDeadlinePassed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'deadline', internalType: 'uint256', type: 'uint256' },
      { name: 'earliest', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MarketDeadlineTooEarly',
  },
  {
    type: 'error',
    inputs: [
      { name: 'fee', internalType: 'uint256', type: 'uint256' },
      { name: 'maxFee', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MarketFeeExceedsMaximum',
  },
  { type: 'error', inputs: [], name: 'MarketInvalidParam' },
  {
    type: 'error',
    inputs: [{ name: 'reqid', internalType: 'bytes32', type: 'bytes32' }],
    name: 'MarketInvalidProof',
  },
  {
    type: 'error',
    inputs: [
      { name: 'maxFee', internalType: 'uint256', type: 'uint256' },
      { name: 'minMaxFee', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MarketMaxFeeTooLow',
  },
  { type: 'error', inputs: [], name: 'MarketNotAuthorized' },
  {
    type: 'error',
    inputs: [
      { name: 'prover', internalType: 'address', type: 'address' },
      { name: 'requiredStake', internalType: 'uint256', type: 'uint256' },
      { name: 'actualStake', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MarketProverNotEligible',
  },
  { type: 'error', inputs: [], name: 'MarketProverNotRegistered' },
  {
    type: 'error',
    inputs: [{ name: 'reqid', internalType: 'bytes32', type: 'bytes32' }],
    name: 'MarketRequestExists',
  },
  {
    type: 'error',
    inputs: [{ name: 'reqid', internalType: 'bytes32', type: 'bytes32' }],
    name: 'MarketRequestNotFound',
  },
  {
    type: 'error',
    inputs: [
      { name: 'reqid', internalType: 'bytes32', type: 'bytes32' },
      { name: 'status', internalType: 'uint8', type: 'uint8' },
    ],
    name: 'MarketRequestNotPending',
  },
  {
    type: 'error',
    inputs: [
      { name: 'currentTime', internalType: 'uint256', type: 'uint256' },
      { name: 'revealEndTime', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MarketRevealPhaseEnded',
  },
  {
    type: 'error',
    inputs: [
      { name: 'currentTime', internalType: 'uint256', type: 'uint256' },
      { name: 'revealEndTime', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MarketRevealPhaseNotEnded',
  },
  {
    type: 'error',
    inputs: [
      { name: 'currentTime', internalType: 'uint256', type: 'uint256' },
      { name: 'windowEnd', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MarketSlashWindowClosed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'submitter', internalType: 'address', type: 'address' },
      { name: 'prover', internalType: 'address', type: 'address' },
    ],
    name: 'MarketSubmitterAlreadyRegistered',
  },
  {
    type: 'error',
    inputs: [{ name: 'submitter', internalType: 'address', type: 'address' }],
    name: 'MarketSubmitterConsentRequired',
  },
  {
    type: 'error',
    inputs: [{ name: 'submitter', internalType: 'address', type: 'address' }],
    name: 'MarketSubmitterNotRegistered',
  },
  { type: 'error', inputs: [], name: 'ReentrancyGuardReentrantCall' },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'SafeERC20FailedOperation',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// DevProofVerifier
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const devProofVerifierAbi = [
  {
    type: 'function',
    inputs: [
      { name: 'vk', internalType: 'bytes32', type: 'bytes32' },
      { name: 'publicValuesDigest', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'testProof',
    outputs: [
      { name: 'proof', internalType: 'uint256[8]', type: 'uint256[8]' },
    ],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'vk', internalType: 'bytes32', type: 'bytes32' },
      { name: 'publicValuesDigest', internalType: 'bytes32', type: 'bytes32' },
      { name: 'proof', internalType: 'uint256[8]', type: 'uint256[8]' },
    ],
    name: 'verifyProof',
    outputs: [{ name: 'valid', internalType: 'bool', type: 'bool' }],
    stateMutability: 'pure',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// DevRewardsVerifier
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const devRewardsVerifierAbi = [
  {
    type: 'function',
    inputs: [],
    name: 'DOMAIN',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'circuitOutput', internalType: 'bytes', type: 'bytes' }],
    name: 'testProof',
    outputs: [{ name: 'proof', internalType: 'bytes', type: 'bytes' }],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'proof', internalType: 'bytes', type: 'bytes' },
      { name: 'circuitOutput', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'verifyRewards',
    outputs: [{ name: 'valid', internalType: 'bool', type: 'bool' }],
    stateMutability: 'pure',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// EpochRewards
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const epochRewardsAbi = [
  {
    type: 'constructor',
    inputs: [
      { name: 'stakingController_', internalType: 'address', type: 'address' },
      {
        name: 'verifier',
        internalType: 'contract IRewardsVerifier',
        type: 'address',
      },
      { name: 'admin', internalType: 'address', type: 'address' },
      { name: 'updater', internalType: 'address', type: 'address' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'DEFAULT_ADMIN_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'FIRST_EPOCH',
    outputs: [{ name: '', internalType: 'uint32', type: 'uint32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'UPDATER_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'epoch', internalType: 'uint32', type: 'uint32' },
      { name: 'provers', internalType: 'address[]', type: 'address[]' },
    ],
    name: 'distributeRewards',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'epoch', internalType: 'uint32', type: 'uint32' }],
    name: 'epochTotalRewards',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'epoch', internalType: 'uint32', type: 'uint32' },
      { name: 'provers', internalType: 'address[]', type: 'address[]' },
    ],
    name: 'getBatchProverRewards',
    outputs: [
      { name: 'amounts', internalType: 'uint128[]', type: 'uint128[]' },
      { name: 'distributedFlags', internalType: 'bool[]', type: 'bool[]' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getCurrentEpochInfo',
    outputs: [
      { name: 'currentEpoch', internalType: 'uint32', type: 'uint32' },
      { name: 'epochLength', internalType: 'uint64', type: 'uint64' },
      { name: 'maxEpochReward', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getEpochConfigs',
    outputs: [
      {
        name: '',
        internalType: 'struct EpochRewards.EpochConfig[]',
        type: 'tuple[]',
        components: [
          { name: 'fromEpoch', internalType: 'uint32', type: 'uint32' },
          { name: 'fromTime', internalType: 'uint64', type: 'uint64' },
          { name: 'epochLength', internalType: 'uint64', type: 'uint64' },
          { name: 'maxEpochReward', internalType: 'uint256', type: 'uint256' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'epoch', internalType: 'uint32', type: 'uint32' }],
    name: 'getEpochInfoByEpochNumber',
    outputs: [
      { name: 'epochStartTime', internalType: 'uint64', type: 'uint64' },
      { name: 'epochLength', internalType: 'uint64', type: 'uint64' },
      { name: 'maxEpochReward', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'timestamp', internalType: 'uint64', type: 'uint64' }],
    name: 'getEpochInfoByTimestamp',
    outputs: [
      { name: 'currentEpoch', internalType: 'uint32', type: 'uint32' },
      { name: 'epochLength', internalType: 'uint64', type: 'uint64' },
      { name: 'maxEpochReward', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'epoch', internalType: 'uint32', type: 'uint32' },
      { name: 'prover', internalType: 'address', type: 'address' },
    ],
    name: 'getProverReward',
    outputs: [
      { name: 'amount', internalType: 'uint128', type: 'uint128' },
      { name: 'distributed', internalType: 'bool', type: 'bool' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'role', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getRoleAdmin',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'grantRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'hasRole',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'start', internalType: 'uint64', type: 'uint64' },
      { name: 'epochLength', internalType: 'uint64', type: 'uint64' },
      { name: 'maxEpochReward', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'initEpoch',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'lastUpdatedEpoch',
    outputs: [{ name: '', internalType: 'uint32', type: 'uint32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'callerConfirmation', internalType: 'address', type: 'address' },
    ],
    name: 'renounceRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'revokeRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'rewardToken',
    outputs: [{ name: '', internalType: 'contract IERC20', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'rewardsVerifier',
    outputs: [
      { name: '', internalType: 'contract IRewardsVerifier', type: 'address' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'fromEpoch', internalType: 'uint32', type: 'uint32' },
      { name: 'epochLength', internalType: 'uint64', type: 'uint64' },
      { name: 'maxEpochReward', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'setEpochConfig',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'proof', internalType: 'bytes', type: 'bytes' },
      { name: 'circuitOutput', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'setRewards',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'stakingController',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'startTimestamp',
    outputs: [{ name: '', internalType: 'uint64', type: 'uint64' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'totalRewardsDistributed',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'totalRewardsSet',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'fromEpoch',
        internalType: 'uint32',
        type: 'uint32',
        indexed: false,
      },
      {
        name: 'fromTime',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
      {
        name: 'epochLength',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
      {
        name: 'maxEpochReward',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'EpochConfigSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'epoch', internalType: 'uint32', type: 'uint32', indexed: true },
      {
        name: 'newAmount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'cumulativeAmount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'EpochRewardsSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'epoch', internalType: 'uint32', type: 'uint32', indexed: true },
      {
        name: 'proverCount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'RewardsDistributed',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'epoch', internalType: 'uint32', type: 'uint32', indexed: true },
      {
        name: 'prover',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'RewardsSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'previousAdminRole',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'newAdminRole',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
    ],
    name: 'RoleAdminChanged',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleGranted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleRevoked',
  },
  { type: 'error', inputs: [], name: 'AccessControlBadConfirmation' },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'neededRole', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AccessControlUnauthorizedAccount',
  },
  {
    type: 'error',
    inputs: [
      { name: 'fromEpoch', internalType: 'uint32', type: 'uint32' },
      { name: 'minFromEpoch', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ConfigNotInFuture',
  },
  {
    type: 'error',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'DuplicateProver',
  },
  { type: 'error', inputs: [], name: 'EpochAlreadyInitialized' },
  {
    type: 'error',
    inputs: [
      { name: 'epoch', internalType: 'uint32', type: 'uint32' },
      { name: 'lastUpdatedEpoch', internalType: 'uint32', type: 'uint32' },
    ],
    name: 'EpochAlreadySet',
  },
  {
    type: 'error',
    inputs: [
      { name: 'epoch', internalType: 'uint32', type: 'uint32' },
      { name: 'currentEpoch', internalType: 'uint32', type: 'uint32' },
    ],
    name: 'EpochNotEnded',
  },
  { type: 'error', inputs: [], name: 'EpochNotInitialized' },
  { type: 'error', inputs: [], name: 'EpochOutOfRange' },
  {
    type: 'error',
    inputs: [{ name: 'epoch', internalType: 'uint32', type: 'uint32' }],
    name: 'EpochRewardsNotSet',
  },
  {
    type: 'error',
    inputs: [
      { name: 'needed', internalType: 'uint256', type: 'uint256' },
      { name: 'available', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InsufficientRewardBalance',
  },
  { type: 'error', inputs: [], name: 'InvalidConfig' },
  {
    type: 'error',
    inputs: [{ name: 'epoch', internalType: 'uint32', type: 'uint32' }],
    name: 'InvalidEpoch',
  },
  { type: 'error', inputs: [], name: 'InvalidProof' },
  { type: 'error', inputs: [], name: 'InvalidProver' },
  {
    type: 'error',
    inputs: [
      { name: 'proversLength', internalType: 'uint256', type: 'uint256' },
      { name: 'amountsLength', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'LengthMismatch',
  },
  { type: 'error', inputs: [], name: 'ReentrancyGuardReentrantCall' },
  {
    type: 'error',
    inputs: [
      { name: 'epoch', internalType: 'uint32', type: 'uint32' },
      { name: 'maxEpochReward', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'RewardsExceedMax',
  },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'SafeERC20FailedOperation',
  },
  { type: 'error', inputs: [], name: 'ZeroAddress' },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// IStakingRewardsSink
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const iStakingRewardsSinkAbi = [
  {
    type: 'function',
    inputs: [
      { name: 'provers', internalType: 'address[]', type: 'address[]' },
      { name: 'amounts', internalType: 'uint256[]', type: 'uint256[]' },
    ],
    name: 'addRewards',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'stakingToken',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// MarketViewer
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const marketViewerAbi = [
  {
    type: 'constructor',
    inputs: [
      {
        name: 'market_',
        internalType: 'contract BrevisMarket',
        type: 'address',
      },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'provers', internalType: 'address[]', type: 'address[]' }],
    name: 'batchGetProverStatsComposite',
    outputs: [
      {
        name: 'out',
        internalType: 'struct MarketViewer.ProverStatsComposite[]',
        type: 'tuple[]',
        components: [
          {
            name: 'total',
            internalType: 'struct BrevisMarket.ProverStats',
            type: 'tuple',
            components: [
              { name: 'bids', internalType: 'uint64', type: 'uint64' },
              { name: 'reveals', internalType: 'uint64', type: 'uint64' },
              {
                name: 'requestsFulfilled',
                internalType: 'uint64',
                type: 'uint64',
              },
              {
                name: 'requestsRefunded',
                internalType: 'uint64',
                type: 'uint64',
              },
              { name: 'lastActiveAt', internalType: 'uint64', type: 'uint64' },
              { name: 'feeReceived', internalType: 'uint256', type: 'uint256' },
            ],
          },
          {
            name: 'recent',
            internalType: 'struct BrevisMarket.ProverStats',
            type: 'tuple',
            components: [
              { name: 'bids', internalType: 'uint64', type: 'uint64' },
              { name: 'reveals', internalType: 'uint64', type: 'uint64' },
              {
                name: 'requestsFulfilled',
                internalType: 'uint64',
                type: 'uint64',
              },
              {
                name: 'requestsRefunded',
                internalType: 'uint64',
                type: 'uint64',
              },
              { name: 'lastActiveAt', internalType: 'uint64', type: 'uint64' },
              { name: 'feeReceived', internalType: 'uint256', type: 'uint256' },
            ],
          },
          { name: 'recentStartAt', internalType: 'uint64', type: 'uint64' },
          { name: 'successRateBps', internalType: 'uint64', type: 'uint64' },
          { name: 'fulfilled', internalType: 'uint64', type: 'uint64' },
          { name: 'refunded', internalType: 'uint64', type: 'uint64' },
          { name: 'pendingCount', internalType: 'uint64', type: 'uint64' },
          { name: 'overdueCount', internalType: 'uint64', type: 'uint64' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getGlobalStatsComposite',
    outputs: [
      {
        name: 'v',
        internalType: 'struct MarketViewer.GlobalStatsComposite',
        type: 'tuple',
        components: [
          {
            name: 'total',
            internalType: 'struct BrevisMarket.GlobalStats',
            type: 'tuple',
            components: [
              { name: 'totalRequests', internalType: 'uint64', type: 'uint64' },
              {
                name: 'totalFulfilled',
                internalType: 'uint64',
                type: 'uint64',
              },
              { name: 'totalFees', internalType: 'uint256', type: 'uint256' },
            ],
          },
          {
            name: 'recent',
            internalType: 'struct BrevisMarket.GlobalStats',
            type: 'tuple',
            components: [
              { name: 'totalRequests', internalType: 'uint64', type: 'uint64' },
              {
                name: 'totalFulfilled',
                internalType: 'uint64',
                type: 'uint64',
              },
              { name: 'totalFees', internalType: 'uint256', type: 'uint256' },
            ],
          },
          { name: 'recentStartAt', internalType: 'uint64', type: 'uint64' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'getProverOverdueCount',
    outputs: [{ name: '', internalType: 'uint64', type: 'uint64' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'getProverPendingCount',
    outputs: [{ name: '', internalType: 'uint64', type: 'uint64' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'getProverPendingRequests',
    outputs: [
      {
        name: 'items',
        internalType: 'struct MarketViewer.ProverPendingItem[]',
        type: 'tuple[]',
        components: [
          { name: 'reqid', internalType: 'bytes32', type: 'bytes32' },
          { name: 'deadline', internalType: 'uint64', type: 'uint64' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'getProverStatsComposite',
    outputs: [
      {
        name: 'v',
        internalType: 'struct MarketViewer.ProverStatsComposite',
        type: 'tuple',
        components: [
          {
            name: 'total',
            internalType: 'struct BrevisMarket.ProverStats',
            type: 'tuple',
            components: [
              { name: 'bids', internalType: 'uint64', type: 'uint64' },
              { name: 'reveals', internalType: 'uint64', type: 'uint64' },
              {
                name: 'requestsFulfilled',
                internalType: 'uint64',
                type: 'uint64',
              },
              {
                name: 'requestsRefunded',
                internalType: 'uint64',
                type: 'uint64',
              },
              { name: 'lastActiveAt', internalType: 'uint64', type: 'uint64' },
              { name: 'feeReceived', internalType: 'uint256', type: 'uint256' },
            ],
          },
          {
            name: 'recent',
            internalType: 'struct BrevisMarket.ProverStats',
            type: 'tuple',
            components: [
              { name: 'bids', internalType: 'uint64', type: 'uint64' },
              { name: 'reveals', internalType: 'uint64', type: 'uint64' },
              {
                name: 'requestsFulfilled',
                internalType: 'uint64',
                type: 'uint64',
              },
              {
                name: 'requestsRefunded',
                internalType: 'uint64',
                type: 'uint64',
              },
              { name: 'lastActiveAt', internalType: 'uint64', type: 'uint64' },
              { name: 'feeReceived', internalType: 'uint256', type: 'uint256' },
            ],
          },
          { name: 'recentStartAt', internalType: 'uint64', type: 'uint64' },
          { name: 'successRateBps', internalType: 'uint64', type: 'uint64' },
          { name: 'fulfilled', internalType: 'uint64', type: 'uint64' },
          { name: 'refunded', internalType: 'uint64', type: 'uint64' },
          { name: 'pendingCount', internalType: 'uint64', type: 'uint64' },
          { name: 'overdueCount', internalType: 'uint64', type: 'uint64' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'market',
    outputs: [
      { name: '', internalType: 'contract BrevisMarket', type: 'address' },
    ],
    stateMutability: 'view',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// Multicall3
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const multicall3Abi = [
  {
    type: 'function',
    inputs: [
      {
        name: 'calls',
        internalType: 'struct Multicall3.Call[]',
        type: 'tuple[]',
        components: [
          { name: 'target', internalType: 'address', type: 'address' },
          { name: 'callData', internalType: 'bytes', type: 'bytes' },
        ],
      },
    ],
    name: 'aggregate',
    outputs: [
      { name: 'blockNumber', internalType: 'uint256', type: 'uint256' },
      { name: 'returnData', internalType: 'bytes[]', type: 'bytes[]' },
    ],
    stateMutability: 'payable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'calls',
        internalType: 'struct Multicall3.Call3[]',
        type: 'tuple[]',
        components: [
          { name: 'target', internalType: 'address', type: 'address' },
          { name: 'allowFailure', internalType: 'bool', type: 'bool' },
          { name: 'callData', internalType: 'bytes', type: 'bytes' },
        ],
      },
    ],
    name: 'aggregate3',
    outputs: [
      {
        name: 'results',
        internalType: 'struct Multicall3.Result[]',
        type: 'tuple[]',
        components: [
          { name: 'success', internalType: 'bool', type: 'bool' },
          { name: 'returnData', internalType: 'bytes', type: 'bytes' },
        ],
      },
    ],
    stateMutability: 'payable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'calls',
        internalType: 'struct Multicall3.Call3Value[]',
        type: 'tuple[]',
        components: [
          { name: 'target', internalType: 'address', type: 'address' },
          { name: 'allowFailure', internalType: 'bool', type: 'bool' },
          { name: 'value', internalType: 'uint256', type: 'uint256' },
          { name: 'callData', internalType: 'bytes', type: 'bytes' },
        ],
      },
    ],
    name: 'aggregate3Value',
    outputs: [
      {
        name: 'results',
        internalType: 'struct Multicall3.Result[]',
        type: 'tuple[]',
        components: [
          { name: 'success', internalType: 'bool', type: 'bool' },
          { name: 'returnData', internalType: 'bytes', type: 'bytes' },
        ],
      },
    ],
    stateMutability: 'payable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'calls',
        internalType: 'struct Multicall3.Call[]',
        type: 'tuple[]',
        components: [
          { name: 'target', internalType: 'address', type: 'address' },
          { name: 'callData', internalType: 'bytes', type: 'bytes' },
        ],
      },
    ],
    name: 'blockAndAggregate',
    outputs: [
      { name: 'blockNumber', internalType: 'uint256', type: 'uint256' },
      { name: 'blockHash', internalType: 'bytes32', type: 'bytes32' },
      {
        name: 'results',
        internalType: 'struct Multicall3.Result[]',
        type: 'tuple[]',
        components: [
          { name: 'success', internalType: 'bool', type: 'bool' },
          { name: 'returnData', internalType: 'bytes', type: 'bytes' },
        ],
      },
    ],
    stateMutability: 'payable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getBasefee',
    outputs: [{ name: 'basefee', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'blockNumber', internalType: 'uint256', type: 'uint256' }],
    name: 'getBlockHash',
    outputs: [{ name: 'blockHash', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getBlockNumber',
    outputs: [
      { name: 'blockNumber', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getChainId',
    outputs: [{ name: 'chainid', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getCurrentBlockCoinbase',
    outputs: [{ name: 'coinbase', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getCurrentBlockDifficulty',
    outputs: [{ name: 'difficulty', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getCurrentBlockGasLimit',
    outputs: [{ name: 'gaslimit', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getCurrentBlockTimestamp',
    outputs: [{ name: 'timestamp', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'addr', internalType: 'address', type: 'address' }],
    name: 'getEthBalance',
    outputs: [{ name: 'balance', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getLastBlockHash',
    outputs: [{ name: 'blockHash', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'requireSuccess', internalType: 'bool', type: 'bool' },
      {
        name: 'calls',
        internalType: 'struct Multicall3.Call[]',
        type: 'tuple[]',
        components: [
          { name: 'target', internalType: 'address', type: 'address' },
          { name: 'callData', internalType: 'bytes', type: 'bytes' },
        ],
      },
    ],
    name: 'tryAggregate',
    outputs: [
      {
        name: 'results',
        internalType: 'struct Multicall3.Result[]',
        type: 'tuple[]',
        components: [
          { name: 'success', internalType: 'bool', type: 'bool' },
          { name: 'returnData', internalType: 'bytes', type: 'bytes' },
        ],
      },
    ],
    stateMutability: 'payable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'requireSuccess', internalType: 'bool', type: 'bool' },
      {
        name: 'calls',
        internalType: 'struct Multicall3.Call[]',
        type: 'tuple[]',
        components: [
          { name: 'target', internalType: 'address', type: 'address' },
          { name: 'callData', internalType: 'bytes', type: 'bytes' },
        ],
      },
    ],
    name: 'tryBlockAndAggregate',
    outputs: [
      { name: 'blockNumber', internalType: 'uint256', type: 'uint256' },
      { name: 'blockHash', internalType: 'bytes32', type: 'bytes32' },
      {
        name: 'results',
        internalType: 'struct Multicall3.Result[]',
        type: 'tuple[]',
        components: [
          { name: 'success', internalType: 'bool', type: 'bool' },
          { name: 'returnData', internalType: 'bytes', type: 'bytes' },
        ],
      },
    ],
    stateMutability: 'payable',
  },
  {
    type: 'error',
    inputs: [{ name: 'index', internalType: 'uint256', type: 'uint256' }],
    name: 'CallFailed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'sent', internalType: 'uint256', type: 'uint256' },
      { name: 'used', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ValueMismatch',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// ProverVault
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const proverVaultAbi = [
  {
    type: 'constructor',
    inputs: [
      { name: 'brev', internalType: 'contract IERC20', type: 'address' },
      { name: 'prover_', internalType: 'address', type: 'address' },
      { name: 'controller_', internalType: 'address', type: 'address' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'owner', internalType: 'address', type: 'address' },
      { name: 'spender', internalType: 'address', type: 'address' },
    ],
    name: 'allowance',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'spender', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'approve',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'asset',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'balanceOf',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'controller',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'assets', internalType: 'uint256', type: 'uint256' },
      { name: 'to', internalType: 'address', type: 'address' },
    ],
    name: 'controllerSlash',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'shares', internalType: 'uint256', type: 'uint256' }],
    name: 'convertToAssets',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'assets', internalType: 'uint256', type: 'uint256' }],
    name: 'convertToShares',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'decimals',
    outputs: [{ name: '', internalType: 'uint8', type: 'uint8' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'assets', internalType: 'uint256', type: 'uint256' },
      { name: 'receiver', internalType: 'address', type: 'address' },
    ],
    name: 'deposit',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getHolders',
    outputs: [{ name: '', internalType: 'address[]', type: 'address[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'owner', internalType: 'address', type: 'address' }],
    name: 'getTransferableShares',
    outputs: [
      { name: 'transferable', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'holderCount',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: '', internalType: 'address', type: 'address' }],
    name: 'maxDeposit',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: '', internalType: 'address', type: 'address' }],
    name: 'maxMint',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'owner', internalType: 'address', type: 'address' }],
    name: 'maxRedeem',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'owner', internalType: 'address', type: 'address' }],
    name: 'maxWithdraw',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'shares', internalType: 'uint256', type: 'uint256' },
      { name: 'receiver', internalType: 'address', type: 'address' },
    ],
    name: 'mint',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'name',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'assets', internalType: 'uint256', type: 'uint256' }],
    name: 'previewDeposit',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'shares', internalType: 'uint256', type: 'uint256' }],
    name: 'previewMint',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'shares', internalType: 'uint256', type: 'uint256' }],
    name: 'previewRedeem',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'assets', internalType: 'uint256', type: 'uint256' }],
    name: 'previewWithdraw',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'prover',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'shares', internalType: 'uint256', type: 'uint256' },
      { name: 'receiver', internalType: 'address', type: 'address' },
      { name: 'owner', internalType: 'address', type: 'address' },
    ],
    name: 'redeem',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'symbol',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'totalAssets',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'totalSupply',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'transfer',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'from', internalType: 'address', type: 'address' },
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'transferFrom',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'assets', internalType: 'uint256', type: 'uint256' },
      { name: 'receiver', internalType: 'address', type: 'address' },
      { name: 'owner', internalType: 'address', type: 'address' },
    ],
    name: 'withdraw',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'owner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'spender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Approval',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'assets',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      { name: 'to', internalType: 'address', type: 'address', indexed: false },
    ],
    name: 'ControllerSlash',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'owner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'assets',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'shares',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Deposit',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'from', internalType: 'address', type: 'address', indexed: true },
      { name: 'to', internalType: 'address', type: 'address', indexed: true },
      {
        name: 'value',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Transfer',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'receiver',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'owner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'assets',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'shares',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Withdraw',
  },
  {
    type: 'error',
    inputs: [
      { name: 'spender', internalType: 'address', type: 'address' },
      { name: 'allowance', internalType: 'uint256', type: 'uint256' },
      { name: 'needed', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ERC20InsufficientAllowance',
  },
  {
    type: 'error',
    inputs: [
      { name: 'sender', internalType: 'address', type: 'address' },
      { name: 'balance', internalType: 'uint256', type: 'uint256' },
      { name: 'needed', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ERC20InsufficientBalance',
  },
  {
    type: 'error',
    inputs: [{ name: 'approver', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidApprover',
  },
  {
    type: 'error',
    inputs: [{ name: 'receiver', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidReceiver',
  },
  {
    type: 'error',
    inputs: [{ name: 'sender', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidSender',
  },
  {
    type: 'error',
    inputs: [{ name: 'spender', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidSpender',
  },
  {
    type: 'error',
    inputs: [
      { name: 'receiver', internalType: 'address', type: 'address' },
      { name: 'assets', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ERC4626ExceededMaxDeposit',
  },
  {
    type: 'error',
    inputs: [
      { name: 'receiver', internalType: 'address', type: 'address' },
      { name: 'shares', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ERC4626ExceededMaxMint',
  },
  {
    type: 'error',
    inputs: [
      { name: 'owner', internalType: 'address', type: 'address' },
      { name: 'shares', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ERC4626ExceededMaxRedeem',
  },
  {
    type: 'error',
    inputs: [
      { name: 'owner', internalType: 'address', type: 'address' },
      { name: 'assets', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ERC4626ExceededMaxWithdraw',
  },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'SafeERC20FailedOperation',
  },
  { type: 'error', inputs: [], name: 'VaultOnlyController' },
  { type: 'error', inputs: [], name: 'VaultSharesLocked' },
  { type: 'error', inputs: [], name: 'VaultTransferBlocked' },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// StakingController
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const stakingControllerAbi = [
  {
    type: 'constructor',
    inputs: [
      {
        name: 'stakingToken_',
        internalType: 'contract IERC20',
        type: 'address',
      },
      { name: 'admin', internalType: 'address', type: 'address' },
      { name: 'minSelfStake_', internalType: 'uint256', type: 'uint256' },
      { name: 'unstakeDelay_', internalType: 'uint256', type: 'uint256' },
      { name: 'maxSlashBps_', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'AUTHORIZED_PROVER_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'BPS',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'DEACTIVATION_SCALE',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'DEFAULT_ADMIN_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_ICON_URL_BYTES',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_NAME_BYTES',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_PENDING_UNSTAKES',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MIN_SLASHING_SCALE',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MIN_STAKE',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'REWARD_SOURCE_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'SCALE_ONE',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'SLASHER_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'proverAddresses', internalType: 'address[]', type: 'address[]' },
      { name: 'amounts', internalType: 'uint256[]', type: 'uint256[]' },
    ],
    name: 'addRewards',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'prover', internalType: 'address', type: 'address' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'addRewards',
    outputs: [
      { name: 'commission', internalType: 'uint256', type: 'uint256' },
      { name: 'toStakers', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'claimCommission',
    outputs: [{ name: 'amount', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'completeUnstake',
    outputs: [{ name: 'amount', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'deactivateProver',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'prover', internalType: 'address', type: 'address' },
      { name: 'source', internalType: 'address', type: 'address' },
    ],
    name: 'getCommissionRate',
    outputs: [{ name: '', internalType: 'uint64', type: 'uint64' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'getCommissionRates',
    outputs: [
      { name: 'sources', internalType: 'address[]', type: 'address[]' },
      { name: 'rates', internalType: 'uint64[]', type: 'uint64[]' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'prover', internalType: 'address', type: 'address' },
      { name: 'staker', internalType: 'address', type: 'address' },
    ],
    name: 'getPendingUnstakes',
    outputs: [
      {
        name: '',
        internalType: 'struct StakingController.UnstakeRequest[]',
        type: 'tuple[]',
        components: [
          { name: 'amount', internalType: 'uint256', type: 'uint256' },
          { name: 'requestTime', internalType: 'uint256', type: 'uint256' },
          { name: 'scaleSnapshot', internalType: 'uint256', type: 'uint256' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'isActive', internalType: 'bool', type: 'bool' }],
    name: 'getProverCount',
    outputs: [{ name: 'count', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'getProverInfo',
    outputs: [
      { name: 'state', internalType: 'uint8', type: 'uint8' },
      { name: 'vault', internalType: 'address', type: 'address' },
      { name: 'defaultCommissionRate', internalType: 'uint64', type: 'uint64' },
      { name: 'pendingCommission', internalType: 'uint256', type: 'uint256' },
      { name: 'numStakers', internalType: 'uint256', type: 'uint256' },
      { name: 'joinedAt', internalType: 'uint64', type: 'uint64' },
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'iconUrl', internalType: 'string', type: 'string' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'getProverSlashingScale',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'getProverStakers',
    outputs: [{ name: '', internalType: 'address[]', type: 'address[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'getProverState',
    outputs: [{ name: '', internalType: 'uint8', type: 'uint8' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'getProverTotalAssets',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'getProverTotalUnstaking',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'getProverVault',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'isActive', internalType: 'bool', type: 'bool' },
      { name: 'start', internalType: 'uint256', type: 'uint256' },
      { name: 'end', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'getProvers',
    outputs: [{ name: '', internalType: 'address[]', type: 'address[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'role', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getRoleAdmin',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'prover', internalType: 'address', type: 'address' },
      { name: 'staker', internalType: 'address', type: 'address' },
    ],
    name: 'getStakeInfo',
    outputs: [{ name: 'shares', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getTotalStakers',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'isActive', internalType: 'bool', type: 'bool' }],
    name: 'getTotalVaultAssets',
    outputs: [{ name: 'total', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'prover', internalType: 'address', type: 'address' },
      { name: 'staker', internalType: 'address', type: 'address' },
    ],
    name: 'getUnstakingInfo',
    outputs: [
      { name: 'totalAmount', internalType: 'uint256', type: 'uint256' },
      { name: 'readyAmount', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'grantRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'hasRole',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'defaultCommissionRate', internalType: 'uint64', type: 'uint64' },
    ],
    name: 'initializeProver',
    outputs: [{ name: 'vault', internalType: 'address', type: 'address' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'prover', internalType: 'address', type: 'address' },
      { name: 'minimumVaultAssets', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'isProverEligible',
    outputs: [
      { name: 'eligible', internalType: 'bool', type: 'bool' },
      { name: 'currentVaultAssets', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'isProverRetired',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'jailProver',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'maxSlashBps',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'minSelfStake',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'prover', internalType: 'address', type: 'address' },
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'holds', internalType: 'bool', type: 'bool' },
    ],
    name: 'onHolderChanged',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'reactivateProver',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'callerConfirmation', internalType: 'address', type: 'address' },
    ],
    name: 'renounceRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'prover', internalType: 'address', type: 'address' },
      { name: 'shares', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'requestUnstake',
    outputs: [{ name: 'amount', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'requireAuthorization',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'source', internalType: 'address', type: 'address' }],
    name: 'resetCommissionRate',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'revokeRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'source', internalType: 'address', type: 'address' },
      { name: 'newRate', internalType: 'uint64', type: 'uint64' },
    ],
    name: 'setCommissionRate',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'bps', internalType: 'uint256', type: 'uint256' }],
    name: 'setMaxSlashBps',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'value', internalType: 'uint256', type: 'uint256' }],
    name: 'setMinSelfStake',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'iconUrl', internalType: 'string', type: 'string' },
    ],
    name: 'setProverProfile',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'required', internalType: 'bool', type: 'bool' }],
    name: 'setRequireAuthorization',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'treasury', internalType: 'address', type: 'address' }],
    name: 'setSlashTreasury',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'delay', internalType: 'uint256', type: 'uint256' }],
    name: 'setUnstakeDelay',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'prover', internalType: 'address', type: 'address' },
      { name: 'bps', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'slash',
    outputs: [
      { name: 'slashedAmount', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'slashTreasury',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'prover', internalType: 'address', type: 'address' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'stake',
    outputs: [{ name: 'shares', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'stakingToken',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'unstakeDelay',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'vaultFactory',
    outputs: [
      { name: '', internalType: 'contract VaultFactory', type: 'address' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'prover',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'CommissionClaimed',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'prover',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'source',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'oldRate',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
      {
        name: 'newRate',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
      {
        name: 'useDefault',
        internalType: 'bool',
        type: 'bool',
        indexed: false,
      },
    ],
    name: 'CommissionRateUpdated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'oldValue',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newValue',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'MaxSlashBpsUpdated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'oldValue',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newValue',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'MinSelfStakeUpdated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'prover',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'vault',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'defaultCommissionRate',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
    ],
    name: 'ProverInitialized',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'prover',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      { name: 'name', internalType: 'string', type: 'string', indexed: false },
      {
        name: 'iconUrl',
        internalType: 'string',
        type: 'string',
        indexed: false,
      },
    ],
    name: 'ProverProfileUpdated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'prover',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'ProverRetired',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'prover',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      { name: 'bps', internalType: 'uint256', type: 'uint256', indexed: false },
    ],
    name: 'ProverSlashed',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'prover',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'oldState',
        internalType: 'uint8',
        type: 'uint8',
        indexed: false,
      },
      {
        name: 'newState',
        internalType: 'uint8',
        type: 'uint8',
        indexed: false,
      },
    ],
    name: 'ProverStateChanged',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'required', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'RequireAuthorizationUpdated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'prover',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'source',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'commission',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'toStakers',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'RewardsAdded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'previousAdminRole',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'newAdminRole',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
    ],
    name: 'RoleAdminChanged',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleGranted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleRevoked',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'oldTreasury',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
      {
        name: 'newTreasury',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
    ],
    name: 'SlashTreasuryUpdated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'prover',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'staker',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'shares',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Staked',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'prover',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'staker',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'UnstakeCompleted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'oldDelay',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newDelay',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'UnstakeDelayUpdated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'prover',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'staker',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'shares',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'UnstakeRequested',
  },
  { type: 'error', inputs: [], name: 'AccessControlBadConfirmation' },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'neededRole', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AccessControlUnauthorizedAccount',
  },
  { type: 'error', inputs: [], name: 'ControllerInsufficientShares' },
  { type: 'error', inputs: [], name: 'ControllerInvalidArg' },
  { type: 'error', inputs: [], name: 'ControllerInvalidStakeAmount' },
  { type: 'error', inputs: [], name: 'ControllerInvalidUnstakeAmount' },
  { type: 'error', inputs: [], name: 'ControllerMinSelfStakeNotMet' },
  { type: 'error', inputs: [], name: 'ControllerNoShares' },
  { type: 'error', inputs: [], name: 'ControllerNoUnstakeRequest' },
  { type: 'error', inputs: [], name: 'ControllerNotAuthorized' },
  { type: 'error', inputs: [], name: 'ControllerProfileTooLong' },
  { type: 'error', inputs: [], name: 'ControllerProverAlreadyInitialized' },
  { type: 'error', inputs: [], name: 'ControllerProverNotActive' },
  { type: 'error', inputs: [], name: 'ControllerProverNotInitialized' },
  { type: 'error', inputs: [], name: 'ControllerTooManyPendingUnstakes' },
  { type: 'error', inputs: [], name: 'ControllerUnstakeNotReady' },
  { type: 'error', inputs: [], name: 'ControllerZeroAmount' },
  { type: 'error', inputs: [], name: 'ReentrancyGuardReentrantCall' },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'SafeERC20FailedOperation',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// StakingViewer
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const stakingViewerAbi = [
  {
    type: 'constructor',
    inputs: [
      {
        name: 'controller_',
        internalType: 'contract StakingController',
        type: 'address',
      },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'provers', internalType: 'address[]', type: 'address[]' },
      { name: 'assets', internalType: 'uint256[]', type: 'uint256[]' },
    ],
    name: 'batchPreviewStake',
    outputs: [
      { name: 'shares', internalType: 'uint256[]', type: 'uint256[]' },
      { name: 'eligible', internalType: 'bool[]', type: 'bool[]' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'controller',
    outputs: [
      { name: '', internalType: 'contract StakingController', type: 'address' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'prover', internalType: 'address', type: 'address' },
      { name: 'assets', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'convertAssetsToShares',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'prover', internalType: 'address', type: 'address' },
      { name: 'shares', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'convertSharesToAssets',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getAllActiveProversInfo',
    outputs: [
      {
        name: '',
        internalType: 'struct StakingViewer.ProverDisplayInfo[]',
        type: 'tuple[]',
        components: [
          { name: 'prover', internalType: 'address', type: 'address' },
          { name: 'state', internalType: 'uint8', type: 'uint8' },
          { name: 'vault', internalType: 'address', type: 'address' },
          { name: 'vaultAssets', internalType: 'uint256', type: 'uint256' },
          { name: 'vaultShares', internalType: 'uint256', type: 'uint256' },
          { name: 'totalAssets', internalType: 'uint256', type: 'uint256' },
          { name: 'totalUnstaking', internalType: 'uint256', type: 'uint256' },
          { name: 'numStakers', internalType: 'uint256', type: 'uint256' },
          { name: 'joinedAt', internalType: 'uint64', type: 'uint64' },
          { name: 'slashingScale', internalType: 'uint256', type: 'uint256' },
          {
            name: 'pendingCommission',
            internalType: 'uint256',
            type: 'uint256',
          },
          {
            name: 'defaultCommissionRate',
            internalType: 'uint64',
            type: 'uint64',
          },
          {
            name: 'commissionRates',
            internalType: 'struct StakingViewer.ProverCommissionInfo[]',
            type: 'tuple[]',
            components: [
              { name: 'source', internalType: 'address', type: 'address' },
              { name: 'rate', internalType: 'uint64', type: 'uint64' },
            ],
          },
          { name: 'name', internalType: 'string', type: 'string' },
          { name: 'iconUrl', internalType: 'string', type: 'string' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'getProverInfo',
    outputs: [
      {
        name: 'info',
        internalType: 'struct StakingViewer.ProverDisplayInfo',
        type: 'tuple',
        components: [
          { name: 'prover', internalType: 'address', type: 'address' },
          { name: 'state', internalType: 'uint8', type: 'uint8' },
          { name: 'vault', internalType: 'address', type: 'address' },
          { name: 'vaultAssets', internalType: 'uint256', type: 'uint256' },
          { name: 'vaultShares', internalType: 'uint256', type: 'uint256' },
          { name: 'totalAssets', internalType: 'uint256', type: 'uint256' },
          { name: 'totalUnstaking', internalType: 'uint256', type: 'uint256' },
          { name: 'numStakers', internalType: 'uint256', type: 'uint256' },
          { name: 'joinedAt', internalType: 'uint64', type: 'uint64' },
          { name: 'slashingScale', internalType: 'uint256', type: 'uint256' },
          {
            name: 'pendingCommission',
            internalType: 'uint256',
            type: 'uint256',
          },
          {
            name: 'defaultCommissionRate',
            internalType: 'uint64',
            type: 'uint64',
          },
          {
            name: 'commissionRates',
            internalType: 'struct StakingViewer.ProverCommissionInfo[]',
            type: 'tuple[]',
            components: [
              { name: 'source', internalType: 'address', type: 'address' },
              { name: 'rate', internalType: 'uint64', type: 'uint64' },
            ],
          },
          { name: 'name', internalType: 'string', type: 'string' },
          { name: 'iconUrl', internalType: 'string', type: 'string' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'provers', internalType: 'address[]', type: 'address[]' }],
    name: 'getProversInfo',
    outputs: [
      {
        name: 'infos',
        internalType: 'struct StakingViewer.ProverDisplayInfo[]',
        type: 'tuple[]',
        components: [
          { name: 'prover', internalType: 'address', type: 'address' },
          { name: 'state', internalType: 'uint8', type: 'uint8' },
          { name: 'vault', internalType: 'address', type: 'address' },
          { name: 'vaultAssets', internalType: 'uint256', type: 'uint256' },
          { name: 'vaultShares', internalType: 'uint256', type: 'uint256' },
          { name: 'totalAssets', internalType: 'uint256', type: 'uint256' },
          { name: 'totalUnstaking', internalType: 'uint256', type: 'uint256' },
          { name: 'numStakers', internalType: 'uint256', type: 'uint256' },
          { name: 'joinedAt', internalType: 'uint64', type: 'uint64' },
          { name: 'slashingScale', internalType: 'uint256', type: 'uint256' },
          {
            name: 'pendingCommission',
            internalType: 'uint256',
            type: 'uint256',
          },
          {
            name: 'defaultCommissionRate',
            internalType: 'uint64',
            type: 'uint64',
          },
          {
            name: 'commissionRates',
            internalType: 'struct StakingViewer.ProverCommissionInfo[]',
            type: 'tuple[]',
            components: [
              { name: 'source', internalType: 'address', type: 'address' },
              { name: 'rate', internalType: 'uint64', type: 'uint64' },
            ],
          },
          { name: 'name', internalType: 'string', type: 'string' },
          { name: 'iconUrl', internalType: 'string', type: 'string' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'isActive', internalType: 'bool', type: 'bool' },
      { name: 'start', internalType: 'uint256', type: 'uint256' },
      { name: 'end', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'getProversInfo',
    outputs: [
      {
        name: '',
        internalType: 'struct StakingViewer.ProverDisplayInfo[]',
        type: 'tuple[]',
        components: [
          { name: 'prover', internalType: 'address', type: 'address' },
          { name: 'state', internalType: 'uint8', type: 'uint8' },
          { name: 'vault', internalType: 'address', type: 'address' },
          { name: 'vaultAssets', internalType: 'uint256', type: 'uint256' },
          { name: 'vaultShares', internalType: 'uint256', type: 'uint256' },
          { name: 'totalAssets', internalType: 'uint256', type: 'uint256' },
          { name: 'totalUnstaking', internalType: 'uint256', type: 'uint256' },
          { name: 'numStakers', internalType: 'uint256', type: 'uint256' },
          { name: 'joinedAt', internalType: 'uint64', type: 'uint64' },
          { name: 'slashingScale', internalType: 'uint256', type: 'uint256' },
          {
            name: 'pendingCommission',
            internalType: 'uint256',
            type: 'uint256',
          },
          {
            name: 'defaultCommissionRate',
            internalType: 'uint64',
            type: 'uint64',
          },
          {
            name: 'commissionRates',
            internalType: 'struct StakingViewer.ProverCommissionInfo[]',
            type: 'tuple[]',
            components: [
              { name: 'source', internalType: 'address', type: 'address' },
              { name: 'rate', internalType: 'uint64', type: 'uint64' },
            ],
          },
          { name: 'name', internalType: 'string', type: 'string' },
          { name: 'iconUrl', internalType: 'string', type: 'string' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getSystemOverview',
    outputs: [
      {
        name: 'overview',
        internalType: 'struct StakingViewer.SystemOverview',
        type: 'tuple',
        components: [
          {
            name: 'totalVaultAssets',
            internalType: 'uint256',
            type: 'uint256',
          },
          {
            name: 'totalActiveVaultAssets',
            internalType: 'uint256',
            type: 'uint256',
          },
          { name: 'totalProvers', internalType: 'uint256', type: 'uint256' },
          { name: 'activeProvers', internalType: 'uint256', type: 'uint256' },
          { name: 'totalStakers', internalType: 'uint256', type: 'uint256' },
          { name: 'minSelfStake', internalType: 'uint256', type: 'uint256' },
          { name: 'unstakeDelay', internalType: 'uint256', type: 'uint256' },
          { name: 'stakingToken', internalType: 'address', type: 'address' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'limit', internalType: 'uint256', type: 'uint256' }],
    name: 'getTopProvers',
    outputs: [
      {
        name: 'top',
        internalType: 'struct StakingViewer.ProverDisplayInfo[]',
        type: 'tuple[]',
        components: [
          { name: 'prover', internalType: 'address', type: 'address' },
          { name: 'state', internalType: 'uint8', type: 'uint8' },
          { name: 'vault', internalType: 'address', type: 'address' },
          { name: 'vaultAssets', internalType: 'uint256', type: 'uint256' },
          { name: 'vaultShares', internalType: 'uint256', type: 'uint256' },
          { name: 'totalAssets', internalType: 'uint256', type: 'uint256' },
          { name: 'totalUnstaking', internalType: 'uint256', type: 'uint256' },
          { name: 'numStakers', internalType: 'uint256', type: 'uint256' },
          { name: 'joinedAt', internalType: 'uint64', type: 'uint64' },
          { name: 'slashingScale', internalType: 'uint256', type: 'uint256' },
          {
            name: 'pendingCommission',
            internalType: 'uint256',
            type: 'uint256',
          },
          {
            name: 'defaultCommissionRate',
            internalType: 'uint64',
            type: 'uint64',
          },
          {
            name: 'commissionRates',
            internalType: 'struct StakingViewer.ProverCommissionInfo[]',
            type: 'tuple[]',
            components: [
              { name: 'source', internalType: 'address', type: 'address' },
              { name: 'rate', internalType: 'uint64', type: 'uint64' },
            ],
          },
          { name: 'name', internalType: 'string', type: 'string' },
          { name: 'iconUrl', internalType: 'string', type: 'string' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'user', internalType: 'address', type: 'address' }],
    name: 'getUserPortfolio',
    outputs: [
      {
        name: 'portfolio',
        internalType: 'struct StakingViewer.UserPortfolio',
        type: 'tuple',
        components: [
          { name: 'totalValue', internalType: 'uint256', type: 'uint256' },
          { name: 'totalUnstaking', internalType: 'uint256', type: 'uint256' },
          {
            name: 'totalReadyToWithdraw',
            internalType: 'uint256',
            type: 'uint256',
          },
          {
            name: 'stakes',
            internalType: 'struct StakingViewer.UserStakeInfo[]',
            type: 'tuple[]',
            components: [
              { name: 'prover', internalType: 'address', type: 'address' },
              { name: 'shares', internalType: 'uint256', type: 'uint256' },
              {
                name: 'currentValue',
                internalType: 'uint256',
                type: 'uint256',
              },
              {
                name: 'totalUnstaking',
                internalType: 'uint256',
                type: 'uint256',
              },
              {
                name: 'readyToWithdraw',
                internalType: 'uint256',
                type: 'uint256',
              },
              {
                name: 'pendingRequests',
                internalType: 'struct StakingController.UnstakeRequest[]',
                type: 'tuple[]',
                components: [
                  { name: 'amount', internalType: 'uint256', type: 'uint256' },
                  {
                    name: 'requestTime',
                    internalType: 'uint256',
                    type: 'uint256',
                  },
                  {
                    name: 'scaleSnapshot',
                    internalType: 'uint256',
                    type: 'uint256',
                  },
                ],
              },
              { name: 'isProver', internalType: 'bool', type: 'bool' },
            ],
          },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'user', internalType: 'address', type: 'address' }],
    name: 'getUserReadyWithdrawals',
    outputs: [
      { name: 'provers', internalType: 'address[]', type: 'address[]' },
      { name: 'amounts', internalType: 'uint256[]', type: 'uint256[]' },
      { name: 'totalReady', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'user', internalType: 'address', type: 'address' },
      { name: 'prover', internalType: 'address', type: 'address' },
    ],
    name: 'getUserStakeWithProver',
    outputs: [
      {
        name: 'info',
        internalType: 'struct StakingViewer.UserStakeInfo',
        type: 'tuple',
        components: [
          { name: 'prover', internalType: 'address', type: 'address' },
          { name: 'shares', internalType: 'uint256', type: 'uint256' },
          { name: 'currentValue', internalType: 'uint256', type: 'uint256' },
          { name: 'totalUnstaking', internalType: 'uint256', type: 'uint256' },
          { name: 'readyToWithdraw', internalType: 'uint256', type: 'uint256' },
          {
            name: 'pendingRequests',
            internalType: 'struct StakingController.UnstakeRequest[]',
            type: 'tuple[]',
            components: [
              { name: 'amount', internalType: 'uint256', type: 'uint256' },
              { name: 'requestTime', internalType: 'uint256', type: 'uint256' },
              {
                name: 'scaleSnapshot',
                internalType: 'uint256',
                type: 'uint256',
              },
            ],
          },
          { name: 'isProver', internalType: 'bool', type: 'bool' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'user', internalType: 'address', type: 'address' },
      { name: 'provers', internalType: 'address[]', type: 'address[]' },
    ],
    name: 'getUserStakesWithProvers',
    outputs: [
      {
        name: 'stakes',
        internalType: 'struct StakingViewer.UserStakeInfo[]',
        type: 'tuple[]',
        components: [
          { name: 'prover', internalType: 'address', type: 'address' },
          { name: 'shares', internalType: 'uint256', type: 'uint256' },
          { name: 'currentValue', internalType: 'uint256', type: 'uint256' },
          { name: 'totalUnstaking', internalType: 'uint256', type: 'uint256' },
          { name: 'readyToWithdraw', internalType: 'uint256', type: 'uint256' },
          {
            name: 'pendingRequests',
            internalType: 'struct StakingController.UnstakeRequest[]',
            type: 'tuple[]',
            components: [
              { name: 'amount', internalType: 'uint256', type: 'uint256' },
              { name: 'requestTime', internalType: 'uint256', type: 'uint256' },
              {
                name: 'scaleSnapshot',
                internalType: 'uint256',
                type: 'uint256',
              },
            ],
          },
          { name: 'isProver', internalType: 'bool', type: 'bool' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'prover', internalType: 'address', type: 'address' },
      { name: 'user', internalType: 'address', type: 'address' },
      { name: 'shares', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'previewUnstake',
    outputs: [
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
      { name: 'allowed', internalType: 'bool', type: 'bool' },
      { name: 'readyAt', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  { type: 'error', inputs: [], name: 'ControllerInvalidArg' },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// VaultFactory
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const vaultFactoryAbi = [
  {
    type: 'constructor',
    inputs: [
      { name: 'controller_', internalType: 'address', type: 'address' },
      {
        name: 'stakingToken_',
        internalType: 'contract IERC20',
        type: 'address',
      },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'controller',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'createVault',
    outputs: [{ name: 'vault', internalType: 'address', type: 'address' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'predictVaultAddress',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'stakingToken',
    outputs: [{ name: '', internalType: 'contract IERC20', type: 'address' }],
    stateMutability: 'view',
  },
  { type: 'error', inputs: [], name: 'FactoryOnlyController' },
] as const
